package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.zhaokao.plugins.api.SupportedLocales;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.notify.Recipient;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

/**
 * The pipeline's one way to tell a candidate something: through the core's {@link Notifier}, in the
 * caller's transaction, one request per candidate and state change (the idempotency key names both,
 * so a retried publication tells nobody twice), in the candidate's own language (the account's
 * preferred one, else zh_CN): the template, the stage's name and the texts filled in.
 */
@ApplicationScoped
public class PipelineNotices {

  /** What comes after a published result, for the {@code next} text of its notice. */
  public enum NextStep {
    /** Did not advance. */
    ELIMINATED,
    /** Entered the next stage (its name goes with it). */
    NEXT_STAGE,
    /** Passed the last stage: the admission list follows. */
    AWAIT_ADMISSION
  }

  private static final Map<OutcomeStatus, String> RESULT_ZH =
      Map.of(
          OutcomeStatus.PASSED, "合格",
          OutcomeStatus.FAILED, "不合格",
          OutcomeStatus.ABSENT, "缺考",
          OutcomeStatus.DISQUALIFIED, "取消资格");

  private static final Map<OutcomeStatus, String> RESULT_EN =
      Map.of(
          OutcomeStatus.PASSED, "passed",
          OutcomeStatus.FAILED, "not passed",
          OutcomeStatus.ABSENT, "absent",
          OutcomeStatus.DISQUALIFIED, "disqualified");

  @EJB private Notifier notifier;
  @EJB private CandidateLanguages languages;

  /** The candidate enters a stage; {@code stage} is its name by language. */
  public void stageNotice(
      long candidateId,
      long applicationId,
      long stageInstanceId,
      String recruitment,
      String position,
      Map<String, String> stage) {
    Locale locale = languages.of(candidateId);
    notifier.notify(
        NotificationRequest.builder(
                PipelineTemplates.NOTICE,
                "pipeline.notice:stage-" + stageInstanceId + ":application-" + applicationId)
            .to(Recipient.account(String.valueOf(candidateId)))
            .locale(locale)
            .parameter("recruitment", recruitment)
            .parameter("position", position)
            .parameter("stage", in(stage, locale))
            .build());
  }

  /** The candidate's own result of a published stage; stage names by language. */
  public void result(
      long candidateId,
      long applicationId,
      long stageInstanceId,
      String recruitment,
      String position,
      Map<String, String> stage,
      OutcomeStatus status,
      BigDecimal score,
      NextStep next,
      Map<String, String> nextStage) {
    Locale locale = languages.of(candidateId);
    boolean zh = zh(locale);
    String result =
        status == null ? (zh ? "无成绩" : "no result") : (zh ? RESULT_ZH : RESULT_EN).get(status);
    notifier.notify(
        NotificationRequest.builder(
                PipelineTemplates.RESULT,
                "pipeline.result:stage-" + stageInstanceId + ":application-" + applicationId)
            .to(Recipient.account(String.valueOf(candidateId)))
            .locale(locale)
            .parameter("recruitment", recruitment)
            .parameter("position", position)
            .parameter("stage", in(stage, locale))
            .parameter("result", result)
            .parameter("score", score == null ? "—" : score.toPlainString())
            .parameter("next", next(next, nextStage, locale))
            .build());
  }

  /** The candidate is on the published admission list. */
  public void admitted(
      long candidateId, long applicationId, String recruitment, String position, String until) {
    notifier.notify(
        NotificationRequest.builder(
                PipelineTemplates.ADMITTED, "pipeline.admitted:application-" + applicationId)
            .to(Recipient.account(String.valueOf(candidateId)))
            .locale(languages.of(candidateId))
            .parameter("recruitment", recruitment)
            .parameter("position", position)
            .parameter("until", until)
            .build());
  }

  private static String next(NextStep next, Map<String, String> nextStage, Locale locale) {
    boolean zh = zh(locale);
    return switch (next) {
      case ELIMINATED -> zh ? "感谢您的参与。" : "Thank you for taking part.";
      case NEXT_STAGE ->
          zh
              ? "您已进入下一环节：" + in(nextStage, locale) + "。"
              : "You have advanced to the next stage: " + in(nextStage, locale) + ".";
      case AWAIT_ADMISSION -> zh ? "请留意拟录用名单公示。" : "Please watch for the published admission list.";
    };
  }

  private static boolean zh(Locale locale) {
    return locale.getLanguage().equals(SupportedLocales.DEFAULT.getLanguage());
  }

  /** A name in the locale's language, else in Chinese. */
  private static String in(Map<String, String> names, Locale locale) {
    if (names == null) {
      return "";
    }
    String name = names.get(locale.getLanguage());
    return name != null ? name : names.getOrDefault(SupportedLocales.DEFAULT.getLanguage(), "");
  }
}
