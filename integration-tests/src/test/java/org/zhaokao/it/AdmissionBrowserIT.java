package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.StagePipeline.outcome;
import static org.zhaokao.it.support.StagePipeline.report;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.ScoreStageDeployments;
import org.zhaokao.it.support.Staff;
import org.zhaokao.it.support.StagePipeline;

/**
 * The admission list in the console, each person in their own browser: staff see the score-band
 * chart and propose the list by rank, the employer confirms, staff publish with a publicity period
 * (a bad one refused beside its field), take an admit off with a reason (without one refused) and
 * read who is proposed instead (递补), whom the employer confirms in turn.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdmissionBrowserIT extends ScoreStageDeployments {

  @Test
  void staffProposeTheEmployerConfirmsStaffPublishAndSubstitute() {
    StagePipeline.Setup s = StagePipeline.approved(3);
    List<Long> apps = s.apps();
    long stage =
        Http.array(compose(s.recruitment(), WRITTEN))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    expect(200, configure(stage, "MINIMUM_SCORE", null, 60, 100, 100));
    expect(200, move(stage, "NOTIFIED"));
    expect(200, move(stage, "IN_PROGRESS"));
    expect(
        200,
        report(
            WRITTEN,
            s.recruitment(),
            outcome(apps.get(0), "PASSED", 91),
            outcome(apps.get(1), "PASSED", 84.5),
            outcome(apps.get(2), "PASSED", 72)));
    expect(200, move(stage, "RESULTS_ENTERED"));
    Browsing employer = Staff.create("employer-user", "EMPLOYER", String.valueOf(s.employer()));
    expect(200, employer.post(StagePipeline.API + "/stages/" + stage + "/confirmation", ""));
    expect(200, Admin.post(StagePipeline.API + "/stages/" + stage + "/publication", "", ""));
    String admissionPage =
        "/zhaokao/console/pipeline/admission.xhtml?recruitment=" + s.recruitment();

    try (Browser staff = new Browser();
        Browser boss = new Browser()) {
      WebDriver d = staff.driver();
      staff.logInAsAdmin("/zhaokao/console/pipeline/index.xhtml?recruitment=" + s.recruitment());
      staff.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pipeline:chain")));
      d.findElement(By.id("pipeline:chain:0:select")).click();
      staff
          .waiting()
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("[id='pipeline:scoreChart'] canvas")));
      // 72, 84.5 and 91 of 100, all advancing: one each in the bands 70–80, 80–90 and 90–100
      JavascriptExecutor js = (JavascriptExecutor) d;
      Object advancing =
          js.executeScript(
              "return JSON.stringify(Object.values(PrimeFaces.widgets)"
                  + ".find(w => w.id === 'pipeline:scoreChart').cfg.config.data.datasets[0].data)");
      assertEquals("[0,0,0,0,0,0,0,1,1,1]", advancing);
      js.executeScript(
          "arguments[0].scrollIntoView()", d.findElement(By.id("pipeline:scoreChart")));
      staff.screenshot("pipeline-score-bands-zh");

      d.findElement(By.id("pipeline:admissionLink")).click();
      staff.waiting().until(ExpectedConditions.elementToBeClickable(By.id("admission:propose")));
      d.findElement(By.id("admission:propose")).click();
      awaitMessage(staff, "拟录用名单已生成");
      String list = d.findElement(By.id("admission:admits")).getText();
      assertTrue(list.contains(String.valueOf(apps.get(0))), list);
      assertTrue(list.contains(String.valueOf(apps.get(1))), list);
      assertTrue(!list.contains(String.valueOf(apps.get(2))), list);
      assertTrue(list.contains("91") && list.contains("84.5"), list);
      assertEquals("PROPOSED", status(d));
      assertTrue(d.findElements(By.id("admission:confirm")).isEmpty(), "staff do not confirm");

      WebDriver e = boss.driver();
      boss.join(employer, admissionPage);
      boss.waiting().until(ExpectedConditions.elementToBeClickable(By.id("admission:confirm")));
      assertTrue(e.findElements(By.id("admission:propose")).isEmpty());
      e.findElement(By.id("admission:confirm")).click();
      awaitMessage(boss, "拟录用名单已确认");
      assertEquals("CONFIRMED", status(e));
      assertTrue(e.findElements(By.id("admission:publish")).isEmpty(), "employers do not publish");

      staff.open(admissionPage);
      staff.waiting().until(ExpectedConditions.elementToBeClickable(By.id("admission:publish")));
      days(d, "0");
      d.findElement(By.id("admission:publish")).click();
      awaitMessage(staff, "公示期为1至30天");
      assertEquals("CONFIRMED", status(d));
      days(d, "10");
      d.findElement(By.id("admission:publish")).click();
      awaitMessage(staff, "拟录用名单已公示");
      assertEquals("PUBLISHED", status(d));

      d.findElement(By.id("admission:remove")).click();
      awaitMessage(staff, "请先在名单中选择要移出的人员");
      pick(d, apps.get(1));
      assertEquals(
          String.valueOf(apps.get(1)),
          d.findElement(By.id("admission:removeApplicationId")).getText());
      d.findElement(By.id("admission:remove")).click();
      awaitMessage(staff, "此项为必填项");
      assertTrue(!d.findElement(By.id("admission:admits")).getText().contains("放弃"));
      d.findElement(By.id("admission:reason")).sendKeys("考生书面放弃");
      d.findElement(By.id("admission:remove")).click();
      awaitMessage(staff, "报名编号 " + apps.get(1) + " 已移出，递补人选为报名编号 " + apps.get(2));
      String after = d.findElement(By.id("admission:admits")).getText();
      assertTrue(after.contains("放弃") && after.contains("考生书面放弃"), after);
      assertTrue(after.contains("拟录用（待确认）"), after);
      staff.screenshot("admission-substitute-zh");
      d.findElement(By.id("admission:verifyRanking")).click();
      awaitMessage(staff, "排名核验一致");

      boss.open(admissionPage);
      boss.waiting().until(ExpectedConditions.elementToBeClickable(By.id("admission:confirm")));
      e.findElement(By.id("admission:confirm")).click();
      awaitMessage(boss, "拟录用名单已确认");
      String confirmed = e.findElement(By.id("admission:admits")).getText();
      assertTrue(!confirmed.contains("拟录用（待确认）"), confirmed);
      boss.screenshot("admission-confirmed-substitute-zh");
    }
    String published =
        Http.get("/zhaokao/api/v1/recruitments/" + s.recruitment() + "/admission").body();
    assertTrue(
        published.contains("\"rank\":3") && published.contains("\"substitute\":true"), published);
  }

  /**
   * Waits for a message in the form's message area. Each poll finds it anew, and an ajax update
   * that replaces it between the find and the read makes Chromium answer "Node ... does not belong
   * to the document": that poll is ignored, not the failure of the test.
   */
  private static void awaitMessage(Browser b, String text) {
    b.waiting()
        .ignoring(WebDriverException.class)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("admission:messages"), text));
  }

  private static String status(WebDriver d) {
    return d.findElement(By.id("listStatus")).getAttribute("data-status");
  }

  private static void days(WebDriver d, String days) {
    WebElement input = d.findElement(By.id("admission:publicityDays_input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, days);
  }

  /** Chooses the admit of this application for removal, in its row of the list. */
  private static void pick(WebDriver d, long app) {
    d.findElement(
            By.xpath(
                "//*[@id='admission:admits']//tr[td[normalize-space()='"
                    + app
                    + "']]//button[contains(@id,':pick')]"))
        .click();
  }
}
