package org.zhaokao.content.application;

import java.time.OffsetDateTime;
import org.zhaokao.content.domain.survey.Survey;
import org.zhaokao.content.domain.survey.SurveyScope;
import org.zhaokao.content.domain.survey.SurveyStatus;

/** A survey as staff see it. */
public record SurveyView(
    long id,
    long recruitmentId,
    SurveyScope scope,
    Long stageInstanceId,
    String title,
    SurveyStatus status,
    OffsetDateTime createdAt,
    OffsetDateTime openedAt,
    OffsetDateTime closedAt) {

  static SurveyView of(Survey s) {
    return new SurveyView(
        s.id(),
        s.recruitmentId(),
        s.scope(),
        s.stageInstanceId().orElse(null),
        s.title(),
        s.status(),
        s.createdAt(),
        s.openedAt().orElse(null),
        s.closedAt().orElse(null));
  }
}
