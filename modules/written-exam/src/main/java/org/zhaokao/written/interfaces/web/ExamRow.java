package org.zhaokao.written.interfaces.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.zhaokao.written.application.ExamPlanning;
import org.zhaokao.written.application.ExamView;

/**
 * A recruitment holding the stage, as a table row (getters: the server's EL 5 reads no records).
 */
public class ExamRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long recruitmentId;
  private final String title;
  private final String phase;
  private final int entrants;
  private final boolean planned;
  private final Instant startsAt;
  private final Instant endsAt;
  private final Instant papersGeneratedAt;
  private final Instant reportedAt;

  ExamRow(ExamPlanning.Assignment a) {
    recruitmentId = a.assignment().recruitmentId();
    title = a.assignment().recruitmentTitle();
    phase = a.assignment().phase().name();
    entrants = a.assignment().entrants();
    Optional<ExamView> e = a.exam();
    planned = e.isPresent();
    startsAt = e.map(ExamView::startsAt).orElse(null);
    endsAt = e.map(ExamView::endsAt).orElse(null);
    papersGeneratedAt = e.map(ExamView::papersGeneratedAt).orElse(null);
    reportedAt = e.map(ExamView::reportedAt).orElse(null);
  }

  public long getRecruitmentId() {
    return recruitmentId;
  }

  public String getTitle() {
    return title;
  }

  public String getPhase() {
    return phase;
  }

  public int getEntrants() {
    return entrants;
  }

  public boolean isPlanned() {
    return planned;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Instant getPapersGeneratedAt() {
    return papersGeneratedAt;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }
}
