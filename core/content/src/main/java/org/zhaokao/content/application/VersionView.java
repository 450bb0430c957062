package org.zhaokao.content.application;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.zhaokao.content.domain.page.PageVersion;

/** One published version in the versions list, with its author, approver and the criteria met. */
public record VersionView(
    int number,
    String title,
    String bodyHtml,
    long authorId,
    long approverId,
    List<String> criteria,
    OffsetDateTime publishedAt) {

  static VersionView of(PageVersion v) {
    return new VersionView(
        v.number(),
        v.title(),
        v.body(),
        v.authorId(),
        v.approverId(),
        Arrays.stream(v.criteria().split(",")).filter(s -> !s.isEmpty()).toList(),
        v.publishedAt());
  }
}
