package org.zhaokao.web.survey;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.content.application.MySurveyView;
import org.zhaokao.content.application.SurveyAnswering;
import org.zhaokao.content.domain.survey.Question;
import org.zhaokao.web.recruitment.Problems;
import org.zhaokao.web.security.Login;
import org.zhaokao.web.support.PageMessages;

/**
 * The open satisfaction surveys (满意度评价) of the recruitments the candidate applied to, on the
 * account page: a mark 1..5 per question and a remark, sent once.
 */
@Named
@ViewScoped
public class MySurveysPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "surveys";

  @EJB private SurveyAnswering answering;
  @Inject private Login login;

  private final Map<Long, AnswerFields> fields = new HashMap<>();
  private transient List<MySurveyView> surveys;

  public List<MySurveyView> getSurveys() {
    if (surveys == null) {
      try {
        surveys = answering.mine(login.actor());
      } catch (RuntimeException e) {
        surveys = List.of();
        Problems.show(FORM, e);
      }
    }
    return surveys;
  }

  /** The form's fields of one survey. */
  public AnswerFields fields(long surveyId) {
    return fields.computeIfAbsent(surveyId, id -> new AnswerFields());
  }

  public void answer(long surveyId) {
    try {
      answering.answer(login.actor(), surveyId, fields(surveyId).toForm());
      PageMessages.info("survey.thanks");
      fields.remove(surveyId);
      surveys = null;
    } catch (RuntimeException e) {
      Problems.show(FORM, e);
    }
  }

  /** The questions' field names, in order, for the form. */
  public List<String> getQuestions() {
    return java.util.Arrays.stream(Question.values()).map(Question::field).toList();
  }

  public List<Integer> getMarks() {
    return List.of(1, 2, 3, 4, 5);
  }
}
