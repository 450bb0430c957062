package org.zhaokao.physical.interfaces.web;

import java.time.format.DateTimeFormatter;
import org.zhaokao.physical.domain.plan.TestSession;

/** How the screens write a session. */
final class Labels {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TestSession.ZONE);

  private Labels() {}

  static String session(TestSession s) {
    return MINUTE.format(s.startsAt()) + " " + s.place();
  }
}
