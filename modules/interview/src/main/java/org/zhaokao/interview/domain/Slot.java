package org.zhaokao.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A candidate's place in a session (考生场次安排): the application assigned, then the drawn order and
 * number plate, whether the candidate was absent (缺考), and the final score once signed.
 */
@Entity
@Table(name = "iv_slot")
public class Slot {

  @Id
  @SequenceGenerator(name = "iv_seq", sequenceName = "iv_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iv_seq")
  private Long id;

  @Column(name = "session_id", nullable = false)
  private long sessionId;

  @Column(name = "panel_id", nullable = false)
  private long panelId;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "draw_order")
  private Integer drawOrder;

  @Column(name = "plate")
  private String plate;

  @Column(name = "absent", nullable = false)
  private boolean absent;

  @Column(name = "final_score")
  private BigDecimal finalScore;

  protected Slot() {}

  public Slot(long sessionId, long panelId, long recruitmentId, long applicationId) {
    this.sessionId = sessionId;
    this.panelId = panelId;
    this.recruitmentId = recruitmentId;
    this.applicationId = applicationId;
  }

  public void drawn(LotDraw.Drawn drawn) {
    this.drawOrder = drawn.order();
    this.plate = drawn.plate();
  }

  public void markAbsent() {
    this.absent = true;
  }

  public void finalScore(BigDecimal score) {
    this.finalScore = score;
  }

  public Long id() {
    return id;
  }

  public long sessionId() {
    return sessionId;
  }

  public long panelId() {
    return panelId;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public long applicationId() {
    return applicationId;
  }

  public Optional<Integer> drawOrder() {
    return Optional.ofNullable(drawOrder);
  }

  public Optional<String> plate() {
    return Optional.ofNullable(plate);
  }

  public boolean absent() {
    return absent;
  }

  public Optional<BigDecimal> finalScore() {
    return Optional.ofNullable(finalScore);
  }
}
