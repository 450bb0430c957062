package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;

/**
 * The candidate portal and the console shell as a browser receives them: language, layout, access.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT extends CoreDeployments {

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
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path :
        new String[] {"/zhaokao/", "/zhaokao/login.xhtml", "/zhaokao/api/v1/health"}) {
      HttpResponse<String> r = Http.get(path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
      assertEquals(
          "strict-origin-when-cross-origin",
          r.headers().firstValue("Referrer-Policy").orElse(""),
          path);
      assertTrue(
          r.headers().allValues("Content-Security-Policy").stream()
              .anyMatch(v -> v.contains("frame-ancestors 'none'")),
          path);
    }
    HttpResponse<String> page = Http.get("/zhaokao/login.xhtml");
    assertTrue(
        page.headers().allValues("Content-Security-Policy").stream()
            .anyMatch(v -> v.contains("nonce-")),
        "pages carry PrimeFaces' script-nonce policy: "
            + page.headers().allValues("Content-Security-Policy"));
  }

  @Test
  void theServerRootLeadsToThePortal() {
    HttpResponse<String> root = Http.get("/");
    assertTrue(root.statusCode() == 302 || root.statusCode() == 303, "status " + root.statusCode());
    assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/zhaokao/"));
  }

  @Test
  void theLoginAndRegistrationPagesAreThere() {
    HttpResponse<String> login = Http.get("/zhaokao/login.xhtml");
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("身份证号、手机号或电子邮箱"));
    HttpResponse<String> register = Http.get("/zhaokao/register.xhtml");
    assertEquals(200, register.statusCode());
    assertTrue(register.body().contains("考生注册"));
  }

  @Test
  void anUnknownPageIsAFriendly404() {
    HttpResponse<String> page = Http.get("/zhaokao/nothing-here.xhtml");
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("您访问的页面不存在"), page.body());
  }
}
