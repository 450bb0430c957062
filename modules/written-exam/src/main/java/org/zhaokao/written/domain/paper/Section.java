package org.zhaokao.written.domain.paper;

import java.math.BigDecimal;
import java.util.Optional;
import org.zhaokao.written.domain.bank.Difficulty;
import org.zhaokao.written.domain.bank.ItemContent;
import org.zhaokao.written.domain.bank.ItemType;

/**
 * One part of a blueprint (组卷规则的大题): how many items of which type, worth how much each, drawn from
 * which tags.
 *
 * @param title shown to candidates ({@code 一、单项选择题}); may be empty
 * @param subject draw only items of this subject, or empty for any
 * @param knowledgePoint draw only items of this knowledge point, or empty for any
 * @param difficulty draw only items of this difficulty, or empty for any
 */
public record Section(
    String title,
    ItemType type,
    int count,
    BigDecimal pointsEach,
    String subject,
    String knowledgePoint,
    Optional<Difficulty> difficulty) {

  public Section {
    title = title == null ? "" : title.strip();
    subject = subject == null ? "" : subject.strip();
    knowledgePoint = knowledgePoint == null ? "" : knowledgePoint.strip();
    difficulty = difficulty == null ? Optional.empty() : difficulty;
  }

  /** Whether an item may be drawn for this section. */
  public boolean admits(ItemContent item) {
    return item.type() == type
        && (subject.isEmpty() || subject.equals(item.subject()))
        && (knowledgePoint.isEmpty() || knowledgePoint.equals(item.knowledgePoint()))
        && difficulty.map(d -> d == item.difficulty()).orElse(true);
  }

  /** What this section's items are worth together. */
  public BigDecimal total() {
    return pointsEach.multiply(BigDecimal.valueOf(count));
  }
}
