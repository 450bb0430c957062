package org.zhaokao.content.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.zhaokao.content.domain.survey.OpeningRule;
import org.zhaokao.content.domain.survey.Participants;
import org.zhaokao.content.domain.survey.Survey;
import org.zhaokao.content.domain.survey.SurveyStatus;
import org.zhaokao.content.domain.survey.Surveys;
import org.zhaokao.pipeline.application.flow.CandidateLanguages;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.notify.Recipient;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Opens surveys and tells the recruitment's candidates (event {@code survey.opened}, in each one's
 * language), in the same transaction: a survey is open and notified, or neither. Reads the
 * pipeline's stage status and the recruitment's status to open scheduled surveys whose moment has
 * come.
 */
@Stateless
public class SurveyOpening {

  @Inject private Surveys surveys;
  @Inject private Participants participants;
  @Inject private Pipelines pipelines;
  @Inject private Recruitments recruitments;
  @EJB private Notifier notifier;
  @EJB private CandidateLanguages languages;

  /** Opens every scheduled survey whose moment has come; answers how many opened. */
  public int openDue() {
    int opened = 0;
    for (Survey s : surveys.scheduled()) {
      if (openIfDue(s)) {
        opened++;
      }
    }
    return opened;
  }

  /** Opens the survey if it is scheduled and its moment has come. */
  public boolean openIfDue(Survey s) {
    if (s.status() != SurveyStatus.SCHEDULED) {
      return false;
    }
    String stage =
        s.stageInstanceId().flatMap(pipelines::stage).map(i -> i.status().name()).orElse(null);
    String recruitment =
        recruitments.find(s.recruitmentId()).map(r -> r.status().name()).orElse(null);
    if (!OpeningRule.due(s.scope(), stage, recruitment)) {
      return false;
    }
    open(s);
    return true;
  }

  /** Opens the survey now and notifies the participants. */
  public void open(Survey s) {
    s.open(PageEditing.now());
    String title = recruitments.find(s.recruitmentId()).map(Recruitment::title).orElse("");
    for (long candidate : participants.of(s.recruitmentId())) {
      notifier.notify(
          NotificationRequest.builder("survey.opened", "survey.opened:" + s.id() + ":" + candidate)
              .to(Recipient.account(String.valueOf(candidate)))
              .locale(languages.of(candidate))
              .parameter("title", s.title())
              .parameter("recruitment", title)
              .build());
    }
  }
}
