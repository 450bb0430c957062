package org.zhaokao.content.domain.feedback;

import java.util.List;

/** Repository of feedback. */
public interface Feedbacks {

  Feedback add(Feedback feedback);

  /** The newest first, at most {@code limit}. */
  List<Feedback> newest(int limit);
}
