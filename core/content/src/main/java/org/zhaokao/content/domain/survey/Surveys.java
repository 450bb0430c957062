package org.zhaokao.content.domain.survey;

import java.util.List;
import java.util.Optional;

/** Repository of surveys and their responses. */
public interface Surveys {

  Survey add(Survey survey);

  Optional<Survey> find(long id);

  /** The recruitment's surveys, oldest first. */
  List<Survey> ofRecruitment(long recruitmentId);

  /** Surveys waiting for their moment. */
  List<Survey> scheduled();

  /** The open surveys of these recruitments, oldest first. */
  List<Survey> openIn(List<Long> recruitmentIds);

  /**
   * Adds the response and writes it at once, so a second response of the same candidate surfaces
   * here.
   *
   * @throws jakarta.persistence.PersistenceException on that clash
   */
  SurveyResponse addNow(SurveyResponse response);

  /** Whether the candidate has answered the survey. */
  boolean answered(long surveyId, long candidateId);

  /** Of these surveys, those the candidate has answered. */
  List<Long> answeredOf(long candidateId, List<Long> surveyIds);

  /** The figures, counted in the database. */
  SurveyTally tally(long surveyId);

  /** The non-empty remarks, newest first. */
  List<SurveyResponse> withRemarks(long surveyId, int limit);
}
