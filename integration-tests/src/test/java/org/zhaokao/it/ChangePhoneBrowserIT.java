package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Notifications;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.People.Person;
import org.zhaokao.it.support.SmsProvider;

/**
 * A candidate changes their mobile number on the account page: the current password, then the code
 * that arrives by SMS at the new number (an SMS provider played by an HTTP server in this JVM).
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChangePhoneBrowserIT extends CoreDeployments {

  @RegisterExtension static final SmsProvider SMS = new SmsProvider();

  @Test
  void aCandidateChangesTheirMobileWithThePasswordAndACodeSentToTheNewNumber() throws Exception {
    Person p = People.fresh();
    assertEquals(201, Http.postJson("/zhaokao/api/v1/candidates", p.registration()).statusCode());
    String newMobile = Notifications.mobile();
    SMS.drain();

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

      String code = SMS.codeSentTo(newMobile, "验证码");
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
}
