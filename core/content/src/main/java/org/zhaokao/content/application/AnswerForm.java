package org.zhaokao.content.application;

import java.util.EnumMap;
import java.util.Map;
import org.zhaokao.content.domain.survey.Question;

/**
 * A candidate's answer: a mark 1..5 for each question and an optional remark (at most 2000
 * characters).
 */
public record AnswerForm(
    Integer overall,
    Integer content,
    Integer process,
    Integer efficiency,
    Integer result,
    Integer attitude,
    String remark) {

  /** The marks by question; a missing one is null. */
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
}
