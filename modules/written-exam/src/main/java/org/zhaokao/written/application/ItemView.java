package org.zhaokao.written.application;

import org.zhaokao.written.domain.bank.Item;
import org.zhaokao.written.domain.bank.ItemContent;

/** An item version as screens and the API show it. */
public record ItemView(
    long id, long lineageId, int version, boolean current, boolean used, ItemContent content) {

  static ItemView of(Item i) {
    return new ItemView(i.id(), i.lineageId(), i.version(), i.current(), i.used(), i.content());
  }
}
