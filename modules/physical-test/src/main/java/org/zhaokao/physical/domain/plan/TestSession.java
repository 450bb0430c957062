package org.zhaokao.physical.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A session (场次) of a recruitment's physical test: when and where. */
@Entity
@Table(name = "pt_session")
public class TestSession {

  /** Test days are Beijing days: the age band counts on the local date. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(nullable = false)
  private String place;

  protected TestSession() {}

  public TestSession(long recruitmentId, Instant startsAt, String place) {
    if (place == null || place.isBlank() || place.length() > 200) {
      throw new IllegalArgumentException("place is required, at most 200 characters");
    }
    this.recruitmentId = recruitmentId;
    this.startsAt = startsAt;
    this.place = place.trim();
  }

  public Long id() {
    return id;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public String place() {
    return place;
  }

  public LocalDate testDay() {
    return startsAt.atZone(ZONE).toLocalDate();
  }
}
