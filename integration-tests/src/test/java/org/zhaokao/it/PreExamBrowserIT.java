package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.WrittenExams.STAGE;
import static org.zhaokao.it.support.WrittenExams.expectOk;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browser;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.OfflineExams;
import org.zhaokao.it.support.OfflineExams.Exam;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;
import org.zhaokao.it.support.WrittenExamDeployments;
import org.zhaokao.it.support.WrittenExams;

/**
 * Staff reschedule an exam and set its rules on the plan screen (a refusal shows as a message); the
 * candidate's pre-exam page runs the device check with the browser's camera and microphone, shows
 * the rules and records the acceptance, which the proctor's roster shows.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreExamBrowserIT extends WrittenExamDeployments {

  private static final String STAGE_PATH = "/zhaokao-" + STAGE;

  @Test
  void staffSetTheRulesOnThePlanScreenAndTheCandidateAcceptsThem() {
    Instant later = Instant.now().plusSeconds(3600);
    Exam e = OfflineExams.planned(1, later, later.plusSeconds(3600));
    long recruitment = e.setup().recruitment();
    String rules = "考试须知：全程开启摄像头，不得离开座位。";

    try (Browser staff = new Browser()) {
      WebDriver d = staff.driver();
      staff.logInAsAdmin("/zhaokao/console/index.xhtml");
      staff.open(STAGE_PATH + "/plan.xhtml?lang=zh-CN&recruitment=" + recruitment);
      staff.waiting().until(ExpectedConditions.elementToBeClickable(By.id("reschedule:move")));
      // Without a reason the move is refused, and the service's words show as a message.
      d.findElement(By.id("reschedule:move")).click();
      confirm(staff);
      staff
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("messages"), "reason is required"));
      d.findElement(By.id("reschedule:reason")).sendKeys("考场调整");
      d.findElement(By.id("reschedule:move")).click();
      confirm(staff);
      staff
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已改期"));
      d.findElement(By.id("rulesForm:rules")).sendKeys(rules);
      d.findElement(By.id("rulesForm:saveRules")).click();
      staff
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "考试须知已保存"));
      staff.screenshot("exam-plan-zh");
    }
    JsonObject exam = Http.object(expectOk(Admin.get(e.path())));
    assertEquals(rules, exam.getString("rules"));

    try (Browser candidate = new Browser(true)) {
      WebDriver d = candidate.driver();
      candidate.join(
          e.setup().people().get(0), STAGE_PATH + "/exam.xhtml?lang=zh-CN&exam=" + e.examId());
      candidate
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("we-rules"), rules));
      for (String item : new String[] {"camera", "microphone", "media", "storage"}) {
        candidate
            .waiting()
            .until(
                ExpectedConditions.attributeToBe(
                    By.id("we-device-" + item), "data-result", "pass"));
      }
      assertTrue(d.findElement(By.id("we-enter")).getAttribute("disabled") != null);
      d.findElement(By.id("we-rules-accept")).click();
      candidate
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("we-rules-status"), "阅读并同意"));
      assertTrue(d.findElement(By.id("we-enter")).getAttribute("disabled") == null);
      candidate.screenshot("pre-exam-zh");
    }

    long app = e.setup().apps().get(0);
    JsonObject line =
        Eventually.await(
            "the device check on the roster",
            Duration.ofSeconds(20),
            () ->
                Optional.ofNullable(WrittenExams.roster(recruitment).get(app))
                    .filter(l -> l.getJsonObject("devices").containsKey("checkedAt")));
    assertTrue(line.containsKey("rulesAcceptedAt"), line.toString());
    assertTrue(
        line.getJsonObject("devices").getJsonArray("failed").stream()
            .noneMatch(v -> v.toString().contains("CAMERA") || v.toString().contains("MICROPHONE")),
        line.toString());
  }

  @Test
  void staffPlanAnExamOnTheScreenAndSeeTheServicesRefusals() {
    Setup s = StagePipeline.approved(1);
    WrittenExams.firstStage(s.recruitment());
    String subject = "屏幕-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 2; i++) {
      WrittenExams.created(WrittenExams.item("TRUE_FALSE", "判断" + i, List.of(), "T", subject));
    }
    try (Browser staff = new Browser()) {
      WebDriver d = staff.driver();
      staff.logInAsAdmin("/zhaokao/console/index.xhtml");
      staff.open(STAGE_PATH + "/plan.xhtml?lang=zh-CN&recruitment=" + s.recruitment());
      staff.waiting().until(ExpectedConditions.elementToBeClickable(By.id("plan:save")));
      assertTrue(d.findElements(By.id("reschedule")).isEmpty(), "nothing to reschedule yet");
      // An empty plan: the service names what is missing.
      d.findElement(By.id("plan:save")).click();
      staff
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("messages"), "startsAt and endsAt are required"));
      assertTrue(d.findElement(By.id("messages")).getText().contains("item type is required"));

      date(staff, "plan:startsAt_input", "2030-01-01 09:00");
      date(staff, "plan:endsAt_input", "2030-01-01 11:00");
      staff.choose("plan:sections:0:type", "判断题");
      type(staff, "plan:sections:0:count_input", "2", Keys.TAB);
      type(staff, "plan:sections:0:points_input", "5", Keys.TAB);
      d.findElement(By.id("plan:sections:0:subject")).sendKeys(subject);
      d.findElement(By.id("plan:rules")).sendKeys("请提前十五分钟登录。");
      d.findElement(By.id("plan:save")).click();
      staff
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "笔试安排已保存"));
      staff.waiting().until(ExpectedConditions.elementToBeClickable(By.id("reschedule:move")));
      staff.screenshot("exam-planned-zh");
    }
    JsonObject exam = Http.object(expectOk(Admin.get(WrittenExams.examPath(s))));
    assertEquals("2030-01-01T01:00:00Z", exam.getString("startsAt"));
    assertEquals(10, exam.getJsonNumber("fullMarks").intValue(), exam.toString());
    assertEquals("请提前十五分钟登录。", exam.getString("rules"));
  }

  /**
   * Sets a date picker's text as the form submits it (typed keys go to the picker's panel, which
   * writes back its own, still empty, date when it closes).
   */
  private static void date(Browser b, String id, String text) {
    ((JavascriptExecutor) b.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, text);
  }

  /** Replaces the text of a number input and leaves it with Tab (Escape restores the old one). */
  private static void type(Browser b, String id, String text, Keys leave) {
    WebElement input = b.driver().findElement(By.id(id));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text, leave);
  }

  private static void confirm(Browser b) {
    b.waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
  }
}
