package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.Http;

/**
 * The candidate portal and the console shell as a browser receives them: language, layout, access.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

  @Deployment(name = "core", testable = false)
  static EnterpriseArchive core() {
    return Deployments.core();
  }

  @Test
  void theHomePageIsChineseByDefaultWhateverTheBrowserPrefers() {
    HttpResponse<String> page = Http.get("/zhaokao/", "Accept-Language", "en-US,en;q=0.9");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("lang=\"zh-CN\""), "html lang");
    assertTrue(page.body().contains("欢迎使用招考服务平台"), "welcome text");
    assertTrue(page.body().contains("营业执照"), "licence footer");
  }

  @Test
  void theLanguageSwitchServesEnglishAndRemembersItInACookie() {
    HttpResponse<String> page = Http.get("/zhaokao/index.xhtml?lang=en");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Welcome to the recruitment examination service"));
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("zk_lang="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("zk_lang=en"), cookie);
    String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
    assertTrue(attributes.contains("path=/;"), cookie);
    assertTrue(attributes.contains("httponly"), cookie);
    assertTrue(attributes.contains("samesite=lax"), cookie);

    HttpResponse<String> next = Http.get("/zhaokao/index.xhtml", "Cookie", "zk_lang=en");
    assertTrue(next.body().contains("Welcome to the recruitment examination service"));
  }

  @Test
  void theServerRootLeadsToThePortal() {
    HttpResponse<String> root = Http.get("/");
    assertTrue(root.statusCode() == 302 || root.statusCode() == 303, "status " + root.statusCode());
    assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/zhaokao/"));
  }

  @Test
  void theConsoleOpensFromThisMachineInDemoModeButNotThroughAProxy() {
    HttpResponse<String> console = Http.get("/zhaokao/console/index.xhtml");
    assertEquals(200, console.statusCode());
    assertTrue(console.body().contains("阶段插件"));

    HttpResponse<String> proxied =
        Http.get("/zhaokao/console/index.xhtml", "X-Forwarded-For", "203.0.113.7");
    assertEquals(403, proxied.statusCode());
  }

  @Test
  void anUnknownPageIsAFriendly404() {
    HttpResponse<String> page = Http.get("/zhaokao/nothing-here.xhtml");
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("您访问的页面不存在"), page.body());
  }
}
