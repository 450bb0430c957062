package org.zhaokao.written.domain.paper;

import java.math.BigDecimal;
import java.util.List;
import org.zhaokao.written.domain.bank.ItemType;

/**
 * One question as it stands on one candidate's paper: options in the order this candidate sees
 * them, and the key mapped to that order (so {@code B} means the second option <em>shown</em>).
 *
 * @param number 1-based position on the paper
 * @param section 0-based index of the blueprint section
 * @param itemId the bank version it was drawn from
 * @param optionOrder for each shown option, the index of the bank option it is (empty without
 *     options)
 * @param key the key in shown letters, or the item's key when it has no options
 */
public record PaperQuestion(
    int number,
    int section,
    long itemId,
    ItemType type,
    String stem,
    List<String> options,
    List<Integer> optionOrder,
    BigDecimal points,
    String key) {

  public PaperQuestion {
    options = List.copyOf(options);
    optionOrder = List.copyOf(optionOrder);
  }
}
