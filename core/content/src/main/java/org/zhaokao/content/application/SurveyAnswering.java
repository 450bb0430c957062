package org.zhaokao.content.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhaokao.content.domain.survey.Participants;
import org.zhaokao.content.domain.survey.Question;
import org.zhaokao.content.domain.survey.Survey;
import org.zhaokao.content.domain.survey.SurveyResponse;
import org.zhaokao.content.domain.survey.Surveys;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.application.Guard;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Candidates answer satisfaction surveys (满意度评价): the open surveys of the recruitments they applied
 * to, each answered once. A survey of a recruitment the candidate did not take part in is answered
 * 404, as if it did not exist.
 */
@Stateless
public class SurveyAnswering {

  static final String DUPLICATE = "survey-answered";

  @Inject private Surveys surveys;
  @Inject private Participants participants;
  @Inject private Recruitments recruitments;
  @Inject private Guard guard;
  @EJB private SurveyOpening opening;

  /** The open surveys of the candidate's recruitments, opening those whose moment has come. */
  public List<MySurveyView> mine(Actor actor) {
    long candidate = guard.candidate(actor);
    List<Long> applied = participants.recruitmentsOf(candidate);
    applied.stream().flatMap(r -> surveys.ofRecruitment(r).stream()).forEach(opening::openIfDue);
    List<Survey> open = surveys.openIn(applied);
    Set<Long> answered =
        Set.copyOf(surveys.answeredOf(candidate, open.stream().map(Survey::id).toList()));
    Map<Long, String> titles =
        applied.stream()
            .map(recruitments::find)
            .flatMap(java.util.Optional::stream)
            .collect(Collectors.toMap(Recruitment::id, Recruitment::title, (a, b) -> a));
    return open.stream()
        .map(
            s ->
                new MySurveyView(
                    s.id(),
                    s.recruitmentId(),
                    titles.getOrDefault(s.recruitmentId(), ""),
                    s.title(),
                    s.scope(),
                    answered.contains(s.id())))
        .toList();
  }

  /**
   * Stores the candidate's answer. 422 for a mark outside 1..5 or an oversized remark, 409 when the
   * survey is not open or the candidate has answered it already, 404 for a survey of a recruitment
   * the candidate did not apply to.
   */
  public MySurveyView answer(Actor actor, long surveyId, AnswerForm form) {
    long candidate = guard.candidate(actor);
    Survey s =
        surveys
            .find(surveyId)
            .filter(x -> participants.tookPart(candidate, x.recruitmentId()))
            .orElseThrow(() -> new RecordNotFoundException("survey", surveyId));
    AnswerForm f = form == null ? new AnswerForm(null, null, null, null, null, null, null) : form;
    Map<Question, Integer> marks = f.marks();
    Checks checks = new Checks();
    for (Question q : Question.values()) {
      checks.require(
          Question.valid(marks.get(q)),
          q.field(),
          "mark",
          "A mark from " + Question.MIN + " to " + Question.MAX,
          Question.MIN,
          Question.MAX);
    }
    String remark = TextInput.plain(f.remark());
    checks.require(remark.length() <= 2000, "remark", "text", "At most 2000 characters", 2000);
    checks.throwIfAny();
    opening.openIfDue(s);
    s.requireOpen();
    if (surveys.answered(surveyId, candidate)) {
      throw answeredAlready();
    }
    try {
      surveys.addNow(
          new SurveyResponse(
              surveyId, candidate, marks, remark.isEmpty() ? null : remark, PageEditing.now()));
    } catch (PersistenceException raced) {
      throw answeredAlready();
    }
    guard.record(guard.entry(actor, "survey.answered").target("survey", "" + surveyId));
    String title = recruitments.find(s.recruitmentId()).map(Recruitment::title).orElse("");
    return new MySurveyView(s.id(), s.recruitmentId(), title, s.title(), s.scope(), true);
  }

  private static ConflictException answeredAlready() {
    return new ConflictException(DUPLICATE, "You have already answered this survey");
  }
}
