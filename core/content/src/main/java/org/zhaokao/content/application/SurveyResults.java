package org.zhaokao.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.content.domain.survey.Participants;
import org.zhaokao.content.domain.survey.Question;
import org.zhaokao.content.domain.survey.Survey;
import org.zhaokao.content.domain.survey.SurveyTally;
import org.zhaokao.content.domain.survey.Surveys;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.application.Guard;

/**
 * A survey's results for staff holding {@code survey:view} on its recruitment (满意度统计分析, SPEC Q4):
 * counted by the database, never by loading every response; the remarks are the newest 500.
 */
@Stateless
public class SurveyResults {

  static final int REMARKS = 500;

  @Inject private Surveys surveys;
  @Inject private Participants participants;
  @Inject private SurveyAccess access;
  @Inject private Guard guard;

  public SurveyResultsView results(Actor actor, long surveyId) {
    Survey s = access.survey(actor, surveyId, ContentPermissions.SURVEY_VIEW);
    SurveyTally t = surveys.tally(surveyId);
    long invited = participants.count(s.recruitmentId());
    Map<String, java.math.BigDecimal> averages = new LinkedHashMap<>();
    for (Question q : Question.values()) {
      averages.put(q.field(), SurveyTally.rounded(t.averages().get(q)));
    }
    Map<String, Long> distribution = new LinkedHashMap<>();
    t.overallDistribution().forEach((mark, n) -> distribution.put(String.valueOf(mark), n));
    List<SurveyResultsView.Remark> remarks = new ArrayList<>();
    surveys
        .withRemarks(surveyId, REMARKS)
        .forEach(
            r ->
                remarks.add(
                    new SurveyResultsView.Remark(
                        r.remark().orElse(""), r.marks().get(Question.OVERALL), r.answeredAt())));
    guard.record(guard.entry(actor, "survey.results.viewed").target("survey", "" + surveyId));
    return new SurveyResultsView(
        SurveyView.of(s),
        t.responses(),
        invited,
        SurveyTally.rate(t.responses(), invited),
        averages,
        distribution,
        remarks);
  }
}
