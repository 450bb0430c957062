package org.zhaokao.medical.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recruitment's medical check (体检安排): the hospital, the day, the time, where to report and what
 * to bring. Each change counts a new version, which candidates are told again.
 */
@Entity
@Table(name = "mc_plan")
public class CheckPlan {

  @Id
  @Column(name = "recruitment_id")
  private Long recruitmentId;

  @Column(name = "hospital_id", nullable = false)
  private long hospitalId;

  @Column(name = "check_date", nullable = false)
  private LocalDate date;

  @Column(name = "check_time", nullable = false)
  private String time;

  @Column(nullable = false)
  private String place;

  @Column(nullable = false)
  private String notes;

  @Column(nullable = false)
  private int version;

  @Column(name = "planned_by", nullable = false)
  private long plannedBy;

  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;

  protected CheckPlan() {}

  public CheckPlan(long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  /** The plan's terms as staff give them. */
  public record Terms(long hospitalId, LocalDate date, String time, String place, String notes) {

    /**
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public Terms {
      if (date == null) {
        throw new IllegalArgumentException("date is required, e.g. 2026-12-10");
      }
      if (time == null
          || !time.strip()
              .matches("([01][0-9]|2[0-3]):[0-5][0-9](-([01][0-9]|2[0-3]):[0-5][0-9])?")) {
        throw new IllegalArgumentException("time is HH:mm or HH:mm-HH:mm, e.g. 07:30-10:00");
      }
      time = time.strip();
      if (place == null || place.isBlank() || place.strip().length() > 300) {
        throw new IllegalArgumentException("place is required, at most 300 characters");
      }
      place = place.strip();
      notes = notes == null ? "" : notes.strip();
      if (notes.length() > 2000) {
        throw new IllegalArgumentException("notes are at most 2000 characters");
      }
    }
  }

  public void plan(Terms terms, long accountId, Instant at) {
    hospitalId = terms.hospitalId();
    date = terms.date();
    time = terms.time();
    place = terms.place();
    notes = terms.notes();
    version++;
    plannedBy = accountId;
    plannedAt = at;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public long hospitalId() {
    return hospitalId;
  }

  public LocalDate date() {
    return date;
  }

  public String time() {
    return time;
  }

  public String place() {
    return place;
  }

  public String notes() {
    return notes;
  }

  public int version() {
    return version;
  }

  public Instant plannedAt() {
    return plannedAt;
  }
}
