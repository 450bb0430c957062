package org.zhaokao.written.domain.paper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's paper (试卷): section titles and questions in paper order, keys included. Only ever
 * stored encrypted; what a candidate receives leaves the keys out.
 */
public record PaperContent(List<String> sectionTitles, List<PaperQuestion> questions) {

  public PaperContent {
    sectionTitles = List.copyOf(sectionTitles);
    questions = List.copyOf(questions);
  }

  public Optional<PaperQuestion> question(int number) {
    return number < 1 || number > questions.size()
        ? Optional.empty()
        : Optional.of(questions.get(number - 1));
  }

  public BigDecimal total() {
    return questions.stream().map(PaperQuestion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Whether every question is marked by the machine. */
  public boolean objectiveOnly() {
    return questions.stream().allMatch(q -> q.type().objective());
  }
}
