package org.zhaokao.discipline.domain.blacklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.discipline.domain.DisciplineException;

/**
 * A bar on applying (黑名单记录): a candidate account (the core keeps one account per ID number), from a
 * start day to an end day inclusive, with the reason the candidate is shown. It expires by itself:
 * {@link #barsOn} is false after the end day. A withdrawn decision lifts it.
 */
@Entity
@Table(name = "dc_blacklist")
public class BlacklistEntry {

  @Id
  @SequenceGenerator(name = "dc_blacklist_seq", sequenceName = "dc_blacklist_seq")
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dc_blacklist_seq")
  private Long id;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Column(name = "incident_id", nullable = false)
  private long incidentId;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  /** The only employer (招考单位) it bars the candidate from; null bars every employer. */
  @Column(name = "employer_id")
  private Long employerId;

  @Column(name = "lifted_at")
  private OffsetDateTime liftedAt;

  protected BlacklistEntry() {}

  /**
   * @throws DisciplineException (422) if it ends before it starts or has no reason
   */
  public BlacklistEntry(
      long candidateId, long incidentId, String reason, LocalDate startsOn, LocalDate endsOn) {
    if (endsOn.isBefore(startsOn)) {
      throw DisciplineException.invalid(
          "endsOn",
          "A blacklisting cannot end (" + endsOn + ") before it starts (" + startsOn + ")");
    }
    if (reason == null || reason.isBlank()) {
      throw DisciplineException.invalid("reason", "A blacklisting states its reason");
    }
    this.candidateId = candidateId;
    this.incidentId = incidentId;
    this.reason = reason.strip();
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  /** A bar of {@code years} from {@code from}: its last day is the day before the anniversary. */
  public static BlacklistEntry forYears(
      long candidateId, long incidentId, String reason, LocalDate from, int years) {
    return new BlacklistEntry(
        candidateId, incidentId, reason, from, from.plusYears(years).minusDays(1));
  }

  /** Limits the bar to one employer's recruitments. */
  public BlacklistEntry limitedTo(long employer) {
    this.employerId = employer;
    return this;
  }

  /** Whether it bars applying to a recruitment of {@code employer}. */
  public boolean coversEmployer(long employer) {
    return employerId == null || employerId == employer;
  }

  public Optional<Long> employerId() {
    return Optional.ofNullable(employerId);
  }

  /** Whether it bars applying on {@code day}. */
  public boolean barsOn(LocalDate day) {
    return liftedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  public void lift(OffsetDateTime at) {
    liftedAt = at;
  }

  public Long id() {
    return id;
  }

  public long candidateId() {
    return candidateId;
  }

  public long incidentId() {
    return incidentId;
  }

  public String reason() {
    return reason;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public Optional<OffsetDateTime> liftedAt() {
    return Optional.ofNullable(liftedAt);
  }
}
