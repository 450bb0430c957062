package org.zhaokao.content.application;

import org.zhaokao.content.domain.page.PageKind;

/**
 * What an editor writes: the page's kind, its place in its list, a plain title (an FAQ entry's
 * question) and the rich-text body (the answer).
 */
public record PageForm(PageKind kind, Integer sortOrder, String title, String bodyHtml) {}
