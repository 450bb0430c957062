package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.StagePipeline.outcome;
import static org.zhaokao.it.support.StagePipeline.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.People;
import org.zhaokao.it.support.ScoreStageDeployments;
import org.zhaokao.it.support.Staff;
import org.zhaokao.it.support.StagePipeline;

/**
 * Staff see a stage's chain and results table in the console and publish the results the employer
 * confirmed; the candidate then reads the result and the next step under "My results".
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PipelineBrowserIT extends ScoreStageDeployments {

  @Test
  void staffPublishFromTheConsoleAndTheCandidateReadsTheResult() {
    StagePipeline.Setup s = StagePipeline.approved(2);
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
            outcome(s.apps().get(0), "PASSED", 88.5),
            outcome(s.apps().get(1), "FAILED", 41)));
    expect(200, move(stage, "RESULTS_ENTERED"));
    Browsing employer = Staff.create("employer-user", "EMPLOYER", String.valueOf(s.employer()));
    expect(200, employer.post(StagePipeline.API + "/stages/" + stage + "/confirmation", ""));

    try (Browser staff = new Browser()) {
      WebDriver d = staff.driver();
      staff.logInAsAdmin("/zhaokao/console/pipeline/index.xhtml?recruitment=" + s.recruitment());
      staff.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pipeline:chain")));
      assertTrue(d.findElement(By.id("pipeline:chain")).getText().contains("招考单位已确认"));
      d.findElement(By.id("pipeline:chain:0:select")).click();
      staff
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("pipeline:results")));
      String table = d.findElement(By.id("pipeline:results")).getText();
      assertTrue(table.contains("88.5") && table.contains("不合格"), table);
      staff.screenshot("pipeline-results-zh");
      d.findElement(By.id("pipeline:publish")).click();
      staff
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("pipeline:messages"), "成绩已公布"));
      assertTrue(d.findElement(By.id("pipeline:chain")).getText().contains("已公布"));
      staff.screenshot("pipeline-published-zh");
    }

    People.Person first = s.persons().get(0);
    try (Browser candidate = new Browser()) {
      WebDriver d = candidate.driver();
      candidate.open(
          "/zhaokao/login.xhtml?lang=zh-CN&next="
              + URLEncoder.encode("/zhaokao/account/results.xhtml", StandardCharsets.UTF_8));
      candidate
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:loginId")));
      d.findElement(By.id("login:loginId")).sendKeys(first.mobile());
      d.findElement(By.cssSelector("#login input[type=password]")).sendKeys(first.password());
      d.findElement(By.id("login:submit")).click();
      candidate
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".zk-results")));
      String text = d.findElement(By.tagName("main")).getText();
      assertTrue(text.contains("合格") && text.contains("88.5"), text);
      assertTrue(text.contains("拟录用名单公示"), text);
      candidate.screenshot("my-results-zh");
    }
    Browsing second = s.people().get(1);
    String failed = second.get("/zhaokao/api/v1/me/results").body();
    assertTrue(failed.contains("\"nextStep\":\"ELIMINATED\""), failed);
  }
}
