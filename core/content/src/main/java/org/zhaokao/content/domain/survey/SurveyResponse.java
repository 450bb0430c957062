package org.zhaokao.content.domain.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A candidate's answer to a survey (满意度评价): a mark from 1 to 5 per {@link Question} and an optional
 * remark. One per candidate and survey (a unique key in the table).
 */
@Entity
@Table(name = "core_survey_response")
public class SurveyResponse {

  @Id
  @SequenceGenerator(
      name = "core_survey_response_seq",
      sequenceName = "core_survey_response_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_survey_response_seq")
  private Long id;

  @Column(name = "survey_id", nullable = false)
  private long surveyId;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Column(name = "overall_mark", nullable = false)
  private int overall;

  @Column(name = "content_mark", nullable = false)
  private int content;

  @Column(name = "process_mark", nullable = false)
  private int process;

  @Column(name = "efficiency_mark", nullable = false)
  private int efficiency;

  @Column(name = "result_mark", nullable = false)
  private int result;

  @Column(name = "attitude_mark", nullable = false)
  private int attitude;

  @Column(length = 2000)
  private String remark;

  @Column(name = "answered_at", nullable = false)
  private OffsetDateTime answeredAt;

  protected SurveyResponse() {}

  /**
   * @param marks a mark of the scale for every question (checked by the caller)
   */
  public SurveyResponse(
      long surveyId,
      long candidateId,
      Map<Question, Integer> marks,
      String remark,
      OffsetDateTime answeredAt) {
    if (!marks.keySet().containsAll(java.util.EnumSet.allOf(Question.class))
        || !marks.values().stream().allMatch(Question::valid)) {
      throw new IllegalArgumentException("A mark from 1 to 5 for every question: " + marks);
    }
    this.surveyId = surveyId;
    this.candidateId = candidateId;
    this.overall = marks.get(Question.OVERALL);
    this.content = marks.get(Question.CONTENT);
    this.process = marks.get(Question.PROCESS);
    this.efficiency = marks.get(Question.EFFICIENCY);
    this.result = marks.get(Question.RESULT);
    this.attitude = marks.get(Question.ATTITUDE);
    this.remark = remark;
    this.answeredAt = answeredAt;
  }

  public long id() {
    return id;
  }

  public long surveyId() {
    return surveyId;
  }

  public long candidateId() {
    return candidateId;
  }

  public Map<Question, Integer> marks() {
    Map<Question, Integer> m = new EnumMap<>(Question.class);
    m.put(Question.OVERALL, overall);
    m.put(Question.CONTENT, content);
    m.put(Question.PROCESS, process);
    m.put(Question.EFFICIENCY, efficiency);
    m.put(Question.RESULT, result);
    m.put(Question.ATTITUDE, attitude);
    return m;
  }

  public Optional<String> remark() {
    return Optional.ofNullable(remark);
  }

  public OffsetDateTime answeredAt() {
    return answeredAt;
  }
}
