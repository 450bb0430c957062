package org.zhaokao.interview.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.interview.domain.InterviewSession;
import org.zhaokao.interview.domain.Panel;

/** A panel with its sessions, for screens and the API. */
public record PanelView(
    long id,
    long recruitmentId,
    String name,
    String room,
    List<Long> examiners,
    long chiefAccountId,
    long clerkAccountId,
    OffsetDateTime unsealedAt,
    OffsetDateTime signedAt,
    List<SessionView> sessions)
    implements java.io.Serializable {

  /** A session of the panel. */
  public record SessionView(
      long id,
      LocalDate date,
      String part,
      LocalTime startsAt,
      String venue,
      boolean drawn,
      OffsetDateTime drawnAt)
      implements java.io.Serializable {

    static SessionView of(InterviewSession s) {
      return new SessionView(
          s.id(),
          s.date(),
          s.part().name(),
          s.startsAt().orElse(null),
          s.venue().orElse(null),
          s.drawn(),
          s.drawnAt().orElse(null));
    }
  }

  static PanelView of(Panel p, List<InterviewSession> sessions) {
    return new PanelView(
        p.id(),
        p.recruitmentId(),
        p.name(),
        p.room(),
        p.examiners().stream().sorted().toList(),
        p.chiefAccountId(),
        p.clerkAccountId(),
        p.unsealedAt().orElse(null),
        p.signedAt().orElse(null),
        sessions.stream().map(SessionView::of).toList());
  }
}
