package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.People.Person;
import org.zhaokao.it.support.ServerAdmin;
import org.zhaokao.notification.testing.RecordingHttpServer;

/**
 * A candidate changes their mobile number on the account page: the current password, then the code
 * that arrives by SMS at the new number (an SMS provider played by an HTTP server in this JVM).
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChangePhoneBrowserIT {

  private static final String SMS = "zhaokao.notification.sms.";
  private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

  private static RecordingHttpServer provider;
  private static ServerAdmin settings;

  @Deployment(name = "core", testable = false)
  static EnterpriseArchive core() {
    return Deployments.core();
  }

  @BeforeAll
  static void smsProvider() throws Exception {
    provider = new RecordingHttpServer("{\"ok\":true}");
    settings = ServerAdmin.connect();
    settings.set(SMS + "provider", "http");
    settings.set(SMS + "http.url", provider.base() + "/sms");
    // $$ is WildFly's escape for a literal $.
    settings.set(SMS + "http.body", "{\"phone\":\"$${mobile}\",\"message\":\"$${text}\"}");
  }

  @AfterAll
  static void noProvider() throws Exception {
    for (String name : new String[] {"provider", "http.url", "http.body"}) {
      settings.remove(SMS + name);
    }
    settings.close();
    provider.close();
  }

  @Test
  void aCandidateChangesTheirMobileWithThePasswordAndACodeSentToTheNewNumber() throws Exception {
    Person p = People.fresh();
    assertEquals(201, Http.postJson("/zhaokao/api/v1/candidates", p.registration()).statusCode());
    String newMobile = Notifications.mobile();
    provider.drain();

    try (Browser browser = new Browser()) {
      WebDriver d = browser.driver();
      browser.open(
          "/zhaokao/login.xhtml?lang=zh-CN&next="
              + URLEncoder.encode("/zhaokao/account/index.xhtml", StandardCharsets.UTF_8));
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:loginId")));
      d.findElement(By.id("login:loginId")).sendKeys(p.mobile());
      browser.passwordInput("login:password").sendKeys(p.password());
      d.findElement(By.id("login:submit")).click();
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("change:newValue")));

      d.findElement(By.id("change:newValue")).sendKeys(newMobile);
      browser.passwordInput("change:password").sendKeys(p.password());
      d.findElement(By.id("change:start")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("contacts-messages"), "验证码已发送"));

      String code = codeSentTo(newMobile);
      d.findElement(By.id("change:code")).sendKeys(code);
      browser.screenshot("change-phone-code-zh");
      d.findElement(By.id("change:confirm")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("contacts-messages"), "联系方式已更换"));
      String masked = newMobile.substring(0, 3) + "****" + newMobile.substring(7);
      assertTrue(d.findElement(By.id("mobile")).getText().contains(masked), masked);
      browser.screenshot("change-phone-done-zh");
    }
  }

  /** The six-digit code of the first SMS the provider receives for {@code mobile}. */
  private static String codeSentTo(String mobile) throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      RecordingHttpServer.Received r = provider.next(Duration.ofSeconds(30));
      if (r.body().contains("\"phone\":\"" + mobile + "\"")) {
        Matcher m = CODE.matcher(r.body().replace(mobile, ""));
        assertTrue(m.find(), r.body());
        return m.group();
      }
    }
    throw new AssertionError("No SMS reached " + mobile);
  }
}
