package org.zhaokao.content.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.zhaokao.content.domain.survey.Survey;
import org.zhaokao.content.domain.survey.Surveys;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.application.Guard;

/**
 * Staff define satisfaction surveys (满意度调查, SPEC Q2) for a stage of a recruitment or for its end
 * ({@code survey:manage}), open one by hand before its moment, and close it. A survey whose moment
 * has already come opens at once.
 */
@Stateless
public class SurveyAdministration {

  @Inject private Surveys surveys;
  @Inject private SurveyAccess access;
  @Inject private Pipelines pipelines;
  @Inject private Guard guard;
  @EJB private SurveyOpening opening;

  /** Defines a survey; 422 naming each refused field, nothing stored then. */
  public SurveyView define(Actor actor, SurveyForm form) {
    SurveyForm f = form == null ? new SurveyForm(null, null, null) : form;
    Checks checks = new Checks();
    checks.require(f.recruitmentId() != null, "recruitmentId", "required", "Name the recruitment");
    TextInput.text(checks, "title", f.title(), 200);
    checks.throwIfAny();
    access.recruitment(actor, f.recruitmentId(), ContentPermissions.SURVEY_MANAGE);
    if (f.stageInstanceId() != null) {
      checks.require(
          pipelines
              .stage(f.stageInstanceId())
              .filter(s -> s.recruitmentId() == f.recruitmentId())
              .isPresent(),
          "stageInstanceId",
          "stage",
          "A stage of this recruitment's chain");
      checks.throwIfAny();
    }
    Survey s =
        surveys.add(
            new Survey(
                f.recruitmentId(),
                f.stageInstanceId(),
                TextInput.plain(f.title()),
                actor.accountId(),
                PageEditing.now()));
    guard.record(
        guard
            .entry(actor, "survey.defined")
            .target("survey", "" + s.id())
            .detail("recruitmentId", "" + s.recruitmentId())
            .detail("scope", s.scope().name()));
    opening.openIfDue(s);
    return SurveyView.of(s);
  }

  /** The recruitment's surveys, opening those whose moment has come. */
  public List<SurveyView> list(Actor actor, long recruitmentId) {
    access.recruitment(actor, recruitmentId, ContentPermissions.SURVEY_VIEW);
    List<Survey> all = surveys.ofRecruitment(recruitmentId);
    all.forEach(opening::openIfDue);
    return all.stream().map(SurveyView::of).toList();
  }

  /** Opens a scheduled survey now and notifies the participants; 409 unless scheduled. */
  public SurveyView open(Actor actor, long surveyId) {
    Survey s = access.survey(actor, surveyId, ContentPermissions.SURVEY_MANAGE);
    opening.open(s);
    guard.record(guard.entry(actor, "survey.opened").target("survey", "" + surveyId));
    return SurveyView.of(s);
  }

  /** Closes the survey; 409 when already closed. */
  public SurveyView close(Actor actor, long surveyId) {
    Survey s = access.survey(actor, surveyId, ContentPermissions.SURVEY_MANAGE);
    s.close(PageEditing.now());
    guard.record(guard.entry(actor, "survey.closed").target("survey", "" + surveyId));
    return SurveyView.of(s);
  }
}
