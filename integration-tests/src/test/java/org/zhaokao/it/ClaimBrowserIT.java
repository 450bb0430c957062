package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.EvidenceForms.JPEG;
import static org.zhaokao.it.support.Recruiting.expect;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.SmsProvider;

/**
 * The rightful holder of a registered ID number claims it on the claim page: types the mobile,
 * sends the code, types the code the SMS brought, fills in the rest with the photo of the ID card,
 * and files; the rest of the form stays as typed while the code is sent.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimBrowserIT extends CoreDeployments {

  @RegisterExtension static final SmsProvider SMS = new SmsProvider();

  @Test
  void theHolderClaimsTheNumberWithTheCodeSentToTheirMobile() throws Exception {
    People.Person squatter = People.fresh();
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", squatter.registration()));
    People.Person owner = People.fresh();
    Path photo = Files.createTempFile("id-card", ".jpg");
    Files.write(photo, JPEG);
    SMS.drain();

    try (Browser browser = new Browser()) {
      WebDriver d = browser.driver();
      browser.open("/zhaokao/claim.xhtml?lang=zh-CN");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("claim:mobile")));
      d.findElement(By.id("claim:realName")).sendKeys("王小明");
      d.findElement(By.id("claim:idNumber")).sendKeys(squatter.idNumber());
      d.findElement(By.id("claim:mobile")).sendKeys(owner.mobile());
      d.findElement(By.id("claim:sendCode")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("claim:messages"), "验证码已发送"));

      d.findElement(By.id("claim:code")).sendKeys(SMS.codeSentTo(owner.mobile(), "验证码"));
      d.findElement(By.id("claim:email")).sendKeys(owner.email());
      d.findElement(By.id("claim:statement")).sendKeys("报名时发现我的身份证号已被他人注册。");
      browser.passwordInput("claim:password").sendKeys(owner.password());
      browser.passwordInput("claim:passwordAgain").sendKeys(owner.password());
      d.findElement(By.cssSelector("[id='claim'] input[type=file]"))
          .sendKeys(photo.toAbsolutePath().toString());
      browser.screenshot("claim-code-zh");
      assertTrue(
          d.findElement(By.id("claim:idNumber")).getAttribute("value").equals(squatter.idNumber()),
          "the form kept what was typed while the code was sent");
      d.findElement(By.id("claim:submit")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("claim:messages"), "认领申请已提交"));
      browser.screenshot("claim-filed-zh");
    } finally {
      Files.deleteIfExists(photo);
    }
  }
}
