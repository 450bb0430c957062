package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Random;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Json;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.People.Person;
import org.zhaokao.it.support.SampleDeployments;

/** One login serves the core and every stage WAR; each WAR still checks permissions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT extends SampleDeployments {

  private static final String PLUGIN_PAGE = "/zhaokao-sample/rooms.xhtml";

  @Test
  void anAnonymousVisitorIsSentToTheCoresLoginAndBroughtBack() {
    HttpResponse<String> r = Http.get(PLUGIN_PAGE);
    assertEquals(302, r.statusCode());
    assertEquals(
        "/zhaokao/login.xhtml?next=%2Fzhaokao-sample%2Frooms.xhtml",
        r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
  }

  @Test
  void theCoresLoginOpensThePluginsPagesToWhoeverHoldsThePermission() {
    Browsing admin = Browsing.asAdmin();
    HttpResponse<String> page = admin.get(PLUGIN_PAGE);
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("第一考场"));
    assertTrue(page.body().contains("平台管理员"), "the shared header names the logged-in account");
  }

  @Test
  void aPluginsPagesShowTheLicencesStaffPublishedInTheFooter() {
    String settings = "/zhaokao/api/v1/admin/settings";
    String before = Http.object(Admin.get(settings)).getString("licence.hr.number");
    String number = "（京）人服证字〔2026〕第" + (100_000 + new Random().nextInt(800_000)) + "号";
    try {
      assertEquals(
          200, Admin.put(settings, "", Json.object("licence.hr.number", number)).statusCode());
      HttpResponse<String> page = Browsing.asAdmin().get(PLUGIN_PAGE);
      assertEquals(200, page.statusCode(), page.body());
      assertTrue(page.body().contains(number), "the stage WAR's footer shows the core's settings");
    } finally {
      Admin.put(settings, "", Json.object("licence.hr.number", before));
    }
  }

  @Test
  void aCandidateLoggedInAtTheCoreIsStillRefusedAStaffScreen() {
    Person p = People.fresh();
    assertEquals(201, Http.postJson("/zhaokao/api/v1/candidates", p.registration()).statusCode());
    Browsing candidate = Browsing.as(p.mobile(), p.password());
    assertEquals(403, candidate.get(PLUGIN_PAGE).statusCode());
  }

  @Test
  void loggingOutAtTheCoreLogsOutOfThePluginToo() {
    Browsing admin = Browsing.asAdmin();
    assertEquals(200, admin.get(PLUGIN_PAGE).statusCode());
    assertEquals(204, admin.post("/zhaokao/api/v1/auth/logout", "").statusCode());
    assertEquals(302, admin.get(PLUGIN_PAGE).statusCode());
  }
}
