package org.zhaokao.written.domain.paper;

import org.zhaokao.written.domain.bank.ItemContent;

/** A bank item as the generator sees it: the version's id and what it says. */
public record DrawableItem(long id, ItemContent content) {}
