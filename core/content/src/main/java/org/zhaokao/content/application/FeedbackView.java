package org.zhaokao.content.application;

import java.time.OffsetDateTime;
import org.zhaokao.content.domain.feedback.Feedback;

/** Feedback as staff read it. */
public record FeedbackView(
    long id, String page, String text, boolean loggedIn, OffsetDateTime createdAt) {

  static FeedbackView of(Feedback f) {
    return new FeedbackView(f.id(), f.page(), f.text(), f.accountId().isPresent(), f.createdAt());
  }
}
