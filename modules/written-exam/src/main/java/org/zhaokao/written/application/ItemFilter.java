package org.zhaokao.written.application;

import java.util.Optional;
import org.zhaokao.written.domain.bank.Difficulty;
import org.zhaokao.written.domain.bank.ItemType;

/** Which current items to list; empty parts match everything. */
public record ItemFilter(
    Optional<ItemType> type,
    Optional<String> subject,
    Optional<String> knowledgePoint,
    Optional<Difficulty> difficulty,
    Optional<String> text) {

  public static ItemFilter all() {
    return new ItemFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
