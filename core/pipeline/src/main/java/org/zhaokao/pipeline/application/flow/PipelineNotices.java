package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.notify.Recipient;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;

/**
 * The pipeline's one way to tell a candidate something: through the core's {@link Notifier}, in the
 * caller's transaction, one request per candidate and state change (the idempotency key names both,
 * so a retried publication tells nobody twice).
 */
@ApplicationScoped
public class PipelineNotices {

  private static final Map<OutcomeStatus, String> RESULT_ZH =
      Map.of(
          OutcomeStatus.PASSED, "合格",
          OutcomeStatus.FAILED, "不合格",
          OutcomeStatus.ABSENT, "缺考",
          OutcomeStatus.DISQUALIFIED, "取消资格");

  @EJB private Notifier notifier;

  /** The candidate enters a stage. */
  public void stageNotice(
      long candidateId,
      long applicationId,
      long stageInstanceId,
      String recruitment,
      String position,
      String stage) {
    notifier.notify(
        NotificationRequest.builder(
                PipelineTemplates.NOTICE,
                "pipeline.notice:stage-" + stageInstanceId + ":application-" + applicationId)
            .to(Recipient.account(String.valueOf(candidateId)))
            .parameter("recruitment", recruitment)
            .parameter("position", position)
            .parameter("stage", stage)
            .build());
  }

  /** The candidate's own result of a published stage. */
  public void result(
      long candidateId,
      long applicationId,
      long stageInstanceId,
      String recruitment,
      String position,
      String stage,
      OutcomeStatus status,
      BigDecimal score,
      String next) {
    notifier.notify(
        NotificationRequest.builder(
                PipelineTemplates.RESULT,
                "pipeline.result:stage-" + stageInstanceId + ":application-" + applicationId)
            .to(Recipient.account(String.valueOf(candidateId)))
            .parameter("recruitment", recruitment)
            .parameter("position", position)
            .parameter("stage", stage)
            .parameter("result", status == null ? "无成绩" : RESULT_ZH.get(status))
            .parameter("score", score == null ? "—" : score.toPlainString())
            .parameter("next", next)
            .build());
  }

  /** The candidate is on the published admission list. */
  public void admitted(
      long candidateId, long applicationId, String recruitment, String position, String until) {
    notifier.notify(
        NotificationRequest.builder(
                PipelineTemplates.ADMITTED, "pipeline.admitted:application-" + applicationId)
            .to(Recipient.account(String.valueOf(candidateId)))
            .parameter("recruitment", recruitment)
            .parameter("position", position)
            .parameter("until", until)
            .build());
  }
}
