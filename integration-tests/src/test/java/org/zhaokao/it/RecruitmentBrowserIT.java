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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.Recruiting;

/**
 * A candidate applies on the portal with the pledge, a reviewer rejects the application with a
 * reason in the console, the employer confirms it, and the candidate reads the reason under "My
 * applications". A returned application is corrected on the same form and goes back to the review.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecruitmentBrowserIT extends CoreDeployments {

  @Test
  void applyWithThePledgeThenTheReviewerRejectsWithAReasonTheCandidateReads()
      throws java.io.IOException {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    People.Person person = People.fresh();
    Recruiting.expect(201, Http.postJson("/zhaokao/api/v1/candidates", person.registration()));
    String reason = "毕业证书信息与填报不一致";

    try (Browser candidate = new Browser()) {
      WebDriver d = candidate.driver();
      String page = "/zhaokao/recruitment.xhtml?id=" + recruitment;
      candidate.open(
          "/zhaokao/login.xhtml?lang=zh-CN&next="
              + URLEncoder.encode(page, StandardCharsets.UTF_8));
      candidate
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:loginId")));
      d.findElement(By.id("login:loginId")).sendKeys(person.mobile());
      d.findElement(By.cssSelector("#login input[type=password]")).sendKeys(person.password());
      d.findElement(By.id("login:submit")).click();
      candidate.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("apply-02")));
      candidate.screenshot("recruitment-zh");
      d.findElement(By.id("apply-02")).click();

      candidate.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pledge")));
      assertTrue(d.findElement(By.id("pledge")).getText().contains("承诺"));
      d.findElement(By.cssSelector("[id='apply:noticeRead'] .ui-chkbox-box")).click();
      d.findElement(By.cssSelector("[id='apply:pledgeSigned'] .ui-chkbox-box")).click();
      candidate.choose("apply:education", "本科");
      candidate.choose("apply:degree", "学士");
      d.findElement(By.id("apply:school")).sendKeys("浙江大学");
      d.findElement(By.id("apply:major")).sendKeys("统计学");
      d.findElement(By.id("apply:graduatedOn_input")).sendKeys("2019-06-30", Keys.ESCAPE);
      candidate.choose("apply:politicalStatus", "共青团员");
      d.findElement(By.id("apply:experienceYears_input")).sendKeys("5");
      d.findElement(By.id("apply:household")).sendKeys("浙江省杭州市");
      candidate.screenshot("apply-form-zh");
      d.findElement(By.id("apply:submit")).click();
      candidate
          .waiting()
          .until(
              ExpectedConditions.or(
                  ExpectedConditions.urlContains("applications.xhtml"),
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".ui-messages-error"))));
      candidate.screenshot("apply-submitted-zh");
      assertTrue(
          d.getCurrentUrl().contains("applications.xhtml"),
          d.findElement(By.tagName("main")).getText());
      assertTrue(d.findElement(By.tagName("main")).getText().contains("待审核"));
      candidate.screenshot("applications-submitted-zh");

      // The candidate attaches an ID photo; the page lists it with its pixel size.
      java.nio.file.Path photo = java.nio.file.Files.createTempFile("zk-photo", ".png");
      javax.imageio.ImageIO.write(
          new java.awt.image.BufferedImage(300, 400, java.awt.image.BufferedImage.TYPE_INT_RGB),
          "png",
          photo.toFile());
      d.findElement(By.cssSelector(".zk-attachment-upload input[type='file']"))
          .sendKeys(photo.toString());
      d.findElement(By.cssSelector(".zk-attachment-upload-button")).click();
      candidate
          .waiting()
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(".zk-attachment[data-kind='PHOTO']")));
      assertTrue(
          d.findElement(By.cssSelector(".zk-attachment[data-kind='PHOTO']"))
              .getText()
              .contains("300×400"));
      candidate.screenshot("applications-photo-zh");

      try (Browser reviewer = new Browser()) {
        WebDriver r = reviewer.driver();
        reviewer.logInAsAdmin("/zhaokao/console/review/queue.xhtml?recruitment=" + recruitment);
        reviewer
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".zk-open")));
        assertTrue(r.findElement(By.id("review:queue")).getText().contains(person.name()));
        r.findElement(By.cssSelector(".zk-open")).click();
        reviewer
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("review:reasonText")));
        r.findElement(By.id("review:reasonText")).sendKeys(reason);
        reviewer.screenshot("review-decision-zh");
        r.findElement(By.id("review:reject")).click();
        reviewer
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("review:messages"), "不通过"));
      }

      // The employer confirms the rejection; only then does the candidate read it.
      candidate.open("/zhaokao/account/applications.xhtml?lang=zh-CN");
      assertTrue(d.findElement(By.tagName("main")).getText().contains("待审核"));
      assertEquals(1, Recruiting.confirmAll(recruitment, Recruiting.employerUser(employer)));
      candidate.open("/zhaokao/account/applications.xhtml?lang=zh-CN");
      candidate
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".zk-reason-text")));
      String text = d.findElement(By.tagName("main")).getText();
      assertTrue(text.contains("审核不通过"), text);
      assertTrue(d.findElement(By.cssSelector(".zk-reason-text")).getText().contains(reason));
      candidate.screenshot("applications-rejected-zh");
    }
  }

  @Test
  void aReturnedApplicationIsCorrectedOnThePortalAndGoesBackToTheReview() {
    long recruitment = Recruiting.published(Recruiting.employer());
    People.Person person = People.fresh();
    Recruiting.expect(201, Http.postJson("/zhaokao/api/v1/candidates", person.registration()));
    Browsing session = Browsing.as(person.idNumber(), person.password());
    long application =
        Recruiting.applied(session, recruitment, Recruiting.positionId(recruitment, "02"));
    String reason = "请补充户籍所在地的详细地址";
    Recruiting.expect(
        200,
        Admin.post(
            Recruiting.ADMIN_API + "/review/applications/" + application + "/decision",
            "",
            "{\"decision\":\"RETURN\",\"reason\":\"" + reason + "\"}"));

    try (Browser candidate = new Browser()) {
      WebDriver d = candidate.driver();
      candidate.join(session, "/zhaokao/account/applications.xhtml?lang=zh-CN");
      candidate
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".zk-edit")));
      assertTrue(d.findElement(By.cssSelector(".zk-reason-text")).getText().contains(reason));
      d.findElement(By.cssSelector(".zk-edit")).click();

      candidate
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("return-reason")));
      assertTrue(d.findElements(By.id("pledge")).isEmpty(), "the pledge was signed already");
      WebElement household = d.findElement(By.id("apply:household"));
      assertEquals(
          "浙江省杭州市", household.getAttribute("value"), "the form starts from the application");
      household.clear();
      household.sendKeys("浙江省杭州市西湖区文三路100号");
      candidate.screenshot("apply-correct-zh");
      d.findElement(By.id("apply:submit")).click();
      candidate.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("revised")));
      String text = d.findElement(By.tagName("main")).getText();
      assertTrue(text.contains("修改后重新提交"), text);
      assertTrue(text.contains("待审核"), text);
      candidate.screenshot("applications-resubmitted-zh");
    }
    var seen = Http.object(session.get(Recruiting.MY_APPLICATIONS + "/" + application));
    assertEquals("SUBMITTED", seen.getString("status"));
    assertEquals("浙江省杭州市西湖区文三路100号", seen.getJsonObject("form").getString("household"));
  }
}
