package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.DisciplineDeployments;
import org.zhaokao.it.support.DisciplineOffice;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.StagePipeline;

/**
 * A disqualification and its appeal in the screens, each person in their own browser: an officer
 * records an incident against a candidate in the discipline console, investigates and disqualifies
 * (a disqualification alone needs no second approver); the candidate reads the decision on the
 * portal and appeals; the second officer withdraws the decision; the application is live again.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisciplineBrowserIT extends DisciplineDeployments {

  private static final String CONSOLE = "/zhaokao-discipline/";

  @Test
  void anOfficerDisqualifiesTheCandidateAppealsAndTheWithdrawnDecisionRestoresTheApplication() {
    StagePipeline.Setup s = StagePipeline.approved(1);
    long app = s.apps().get(0);
    Browsing candidate = s.people().get(0);
    long stage =
        Http.array(compose(s.recruitment(), WRITTEN))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    expect(200, configure(stage, "RATIO", 1, null, 100, 100));
    expect(200, move(stage, "NOTIFIED"));
    expect(200, move(stage, "IN_PROGRESS"));
    String before = Recruiting.myApplicationStatus(candidate, app);

    try (Browser first = new Browser();
        Browser person = new Browser();
        Browser second = new Browser()) {
      WebDriver d = first.driver();
      first.join(DisciplineOffice.first(), CONSOLE + "incidents.xhtml");
      first.waiting().until(ExpectedConditions.elementToBeClickable(By.id("report:submit")));
      d.findElement(By.id("report:recruitment_input")).sendKeys(String.valueOf(s.recruitment()));
      d.findElement(By.id("report:application_input")).sendKeys(String.valueOf(app));
      d.findElement(By.id("report:stage")).sendKeys(WRITTEN);
      first.choose("report:type", "考试作弊");
      d.findElement(By.id("report:facts")).sendKeys("09:42 监考员发现该考生传递纸条，当场制止并记录。");
      d.findElement(By.id("report:evidence")).sendKeys("video:room-3@09:42\nphoto:note-1");
      first.screenshot("discipline-report-zh");
      d.findElement(By.id("report:submit")).click();
      awaitText(first, "report:messages", "已登记违纪事件");
      long id =
          Long.parseLong(d.findElement(By.id("report:messages")).getText().replaceAll("\\D", ""));
      awaitText(first, "incidents-form:incidents", String.valueOf(app));

      first.open(CONSOLE + "incident.xhtml?id=" + id);
      first.waiting().until(ExpectedConditions.elementToBeClickable(By.id("incident:investigate")));
      d.findElement(By.id("incident:findings")).sendKeys("调取监控录像并询问当事人，事实清楚。");
      d.findElement(By.id("incident:investigate")).click();
      first.waiting().until(ExpectedConditions.elementToBeClickable(By.id("incident:decide")));
      d.findElement(By.xpath("//label[normalize-space()='取消本次招考资格']")).click();
      d.findElement(By.id("incident:reason")).sendKeys("经调查核实，事实清楚、证据确凿");
      first.screenshot("discipline-decide-zh");
      d.findElement(By.id("incident:decide")).click();
      awaitText(first, "incident:status", "已决定");
      assertEquals("DISQUALIFIED", Recruiting.myApplicationStatus(candidate, app));

      WebDriver c = person.driver();
      person.join(candidate, CONSOLE + "my-incidents.xhtml");
      awaitText(person, "mine:decisions", "取消本次招考资格");
      String shown = c.findElement(By.id("mine:decisions")).getText();
      assertTrue(shown.contains("考试作弊") && shown.contains("证据确凿"), shown);
      person.screenshot("discipline-candidate-decision-zh");
      c.findElement(By.cssSelector("[id^='mine:decisions:'][id$=':choose']")).click();
      person
          .waiting()
          .ignoring(WebDriverException.class)
          .until(d2 -> d2.findElement(By.id("mine:appeal")).isEnabled());
      c.findElement(By.id("mine:reason")).sendKeys("请求复核录像，我没有传递纸条");
      c.findElement(By.id("mine:appeal")).click();
      awaitText(person, "mine:decisions", "已申诉");
      awaitText(person, "mine:messages", "已提交对事件 " + id + " 的申诉");

      WebDriver o = second.driver();
      second.join(DisciplineOffice.second(), CONSOLE + "incident.xhtml?id=" + id);
      awaitText(second, "incident:appeal-reason", "请求复核录像");
      o.findElement(By.xpath("//label[normalize-space()='申诉成立：撤销原决定，恢复相应权益']")).click();
      o.findElement(By.id("incident:note")).sendKeys("复核录像，未见传递纸条，撤销原决定");
      o.findElement(By.id("incident:resolve")).click();
      awaitText(second, "incident:status", "已办结");
      awaitText(second, "incident:resolution", "申诉成立");
      second.screenshot("discipline-appeal-withdrawn-zh");
    }
    // The application is live again, where it stood before the incident.
    assertEquals(before, Recruiting.myApplicationStatus(candidate, app));
  }

  /** Waits for text in an element; a poll whose element an ajax update replaced is ignored. */
  private static void awaitText(Browser b, String id, String text) {
    b.waiting()
        .ignoring(WebDriverException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }
}
