package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.StagePipeline.outcome;
import static org.zhaokao.it.support.StagePipeline.report;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.Eventually;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.ScoreStageDeployments;
import org.zhaokao.it.support.Staff;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * The pipeline's notices in each candidate's language: the account's preferred language (PUT
 * /me/language), else Chinese; the stage's name and the filled-in texts follow it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticeLanguageIT extends ScoreStageDeployments {

  @Test
  void eachCandidateIsToldInTheirOwnLanguage() {
    Setup s = StagePipeline.approved(2);
    Browsing english = s.people().get(0);
    Browsing chinese = s.people().get(1);
    expect(204, english.put("/zhaokao/api/v1/me/language", "{\"language\":\"en\"}"));
    // Only zh-CN and en: another language is refused and the choice stays.
    HttpResponse<String> french =
        english.put("/zhaokao/api/v1/me/language", "{\"language\":\"fr\"}");
    expect(422, french);
    assertTrue(french.body().contains("language"), french.body());

    long stage =
        Http.array(ok(compose(s.recruitment(), WRITTEN)))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    ok(configure(stage, "MINIMUM_SCORE", null, 60, 100, 100));
    ok(move(stage, "NOTIFIED"));
    JsonObject notice = message(english, "Next stage:");
    assertTrue(notice.getString("body").contains("Scoring stage"), notice.toString());
    JsonObject zhNotice = message(chinese, "阶段通知");
    assertTrue(zhNotice.getString("body").contains("进入"), zhNotice.toString());

    ok(move(stage, "IN_PROGRESS"));
    ok(
        report(
            WRITTEN,
            s.recruitment(),
            outcome(s.apps().get(0), "PASSED", 88),
            outcome(s.apps().get(1), "FAILED", 40)));
    ok(move(stage, "RESULTS_ENTERED"));
    Browsing employer = Staff.create("employer-user", "EMPLOYER", String.valueOf(s.employer()));
    ok(employer.post(StagePipeline.API + "/stages/" + stage + "/confirmation", ""));
    ok(Admin.post(StagePipeline.API + "/stages/" + stage + "/publication", "", ""));

    String result = message(english, "Result published:").getString("body");
    assertTrue(result.contains("passed, score 88"), result);
    assertTrue(result.contains("admission list"), result);
    String zhResult = message(chinese, "成绩公布").getString("body");
    assertTrue(zhResult.contains("不合格") && zhResult.contains("感谢您的参与"), zhResult);
    assertEquals(
        0,
        inbox(chinese).stream().filter(m -> m.getString("subject").startsWith("Result")).count());
  }

  private static JsonObject message(Browsing candidate, String subjectStart) {
    return Eventually.await(
        "a message starting " + subjectStart,
        Duration.ofSeconds(30),
        () ->
            inbox(candidate).stream()
                .filter(m -> m.getString("subject").startsWith(subjectStart))
                .findFirst()
                .or(Optional::empty));
  }

  private static java.util.List<JsonObject> inbox(Browsing candidate) {
    return Http.object(candidate.get("/zhaokao/api/v1/me/inbox"))
        .getJsonArray("messages")
        .getValuesAs(JsonObject.class);
  }

  private static HttpResponse<String> ok(HttpResponse<String> r) {
    expect(200, r);
    return r;
  }
}
