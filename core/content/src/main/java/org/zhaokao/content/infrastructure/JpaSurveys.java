package org.zhaokao.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.content.domain.survey.Question;
import org.zhaokao.content.domain.survey.Survey;
import org.zhaokao.content.domain.survey.SurveyResponse;
import org.zhaokao.content.domain.survey.SurveyStatus;
import org.zhaokao.content.domain.survey.SurveyTally;
import org.zhaokao.content.domain.survey.Surveys;

/** {@link Surveys} in {@code core_survey} and {@code core_survey_response}. */
@ApplicationScoped
public class JpaSurveys implements Surveys {

  @PersistenceContext(unitName = "content")
  private EntityManager em;

  @Override
  public Survey add(Survey survey) {
    em.persist(survey);
    return survey;
  }

  @Override
  public Optional<Survey> find(long id) {
    return Optional.ofNullable(em.find(Survey.class, id));
  }

  @Override
  public List<Survey> ofRecruitment(long recruitmentId) {
    return em.createQuery(
            "SELECT s FROM Survey s WHERE s.recruitmentId = :r ORDER BY s.id", Survey.class)
        .setParameter("r", recruitmentId)
        .getResultList();
  }

  @Override
  public List<Survey> scheduled() {
    return em.createQuery("SELECT s FROM Survey s WHERE s.status = :st ORDER BY s.id", Survey.class)
        .setParameter("st", SurveyStatus.SCHEDULED)
        .getResultList();
  }

  @Override
  public List<Survey> openIn(List<Long> recruitmentIds) {
    if (recruitmentIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT s FROM Survey s WHERE s.status = :st AND s.recruitmentId IN :r ORDER BY s.id",
            Survey.class)
        .setParameter("st", SurveyStatus.OPEN)
        .setParameter("r", recruitmentIds)
        .getResultList();
  }

  @Override
  public SurveyResponse addNow(SurveyResponse response) {
    em.persist(response);
    em.flush();
    return response;
  }

  @Override
  public boolean answered(long surveyId, long candidateId) {
    return !answeredOf(candidateId, List.of(surveyId)).isEmpty();
  }

  @Override
  public List<Long> answeredOf(long candidateId, List<Long> surveyIds) {
    if (surveyIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT r.surveyId FROM SurveyResponse r"
                + " WHERE r.candidateId = :c AND r.surveyId IN :s",
            Long.class)
        .setParameter("c", candidateId)
        .setParameter("s", surveyIds)
        .getResultList();
  }

  @Override
  public SurveyTally tally(long surveyId) {
    Object[] row =
        em.createQuery(
                "SELECT COUNT(r), AVG(r.overall), AVG(r.content), AVG(r.process),"
                    + " AVG(r.efficiency), AVG(r.result), AVG(r.attitude)"
                    + " FROM SurveyResponse r WHERE r.surveyId = :s",
                Object[].class)
            .setParameter("s", surveyId)
            .getSingleResult();
    long count = ((Number) row[0]).longValue();
    Map<Question, Double> averages = new EnumMap<>(Question.class);
    Question[] questions = Question.values();
    for (int i = 0; i < questions.length; i++) {
      if (row[i + 1] != null) {
        averages.put(questions[i], ((Number) row[i + 1]).doubleValue());
      }
    }
    Map<Integer, Long> distribution = new LinkedHashMap<>();
    for (int mark = Question.MIN; mark <= Question.MAX; mark++) {
      distribution.put(mark, 0L);
    }
    em.createQuery(
            "SELECT r.overall, COUNT(r) FROM SurveyResponse r WHERE r.surveyId = :s"
                + " GROUP BY r.overall",
            Object[].class)
        .setParameter("s", surveyId)
        .getResultList()
        .forEach(g -> distribution.put(((Number) g[0]).intValue(), ((Number) g[1]).longValue()));
    return new SurveyTally(count, averages, distribution);
  }

  @Override
  public List<SurveyResponse> withRemarks(long surveyId, int limit) {
    return em.createQuery(
            "SELECT r FROM SurveyResponse r WHERE r.surveyId = :s AND r.remark IS NOT NULL"
                + " ORDER BY r.answeredAt DESC, r.id DESC",
            SurveyResponse.class)
        .setParameter("s", surveyId)
        .setMaxResults(limit)
        .getResultList();
  }
}
