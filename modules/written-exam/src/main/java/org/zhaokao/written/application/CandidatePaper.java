package org.zhaokao.written.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.zhaokao.written.domain.bank.ItemType;

/**
 * A paper as its candidate receives it: questions in their order, options shuffled for them, no
 * keys; with the answers saved so far and the server's deadline.
 */
public record CandidatePaper(
    long examId,
    Instant deadline,
    Instant submittedAt,
    List<String> sectionTitles,
    List<Question> questions,
    List<SavedAnswer> answers) {

  /** One question without its key. */
  public record Question(
      int number,
      int section,
      ItemType type,
      String stem,
      List<String> options,
      BigDecimal points) {}

  /** A stored answer and the number of the save that stored it. */
  public record SavedAnswer(int number, String response, long seq) {}
}
