package org.zhaokao.interview.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How one recruitment's interview is scored (面试评分方案): the dimensions with weights and ranges, how
 * many examiners sit on a panel, the rounding of the final score and the passing score.
 */
@Entity
@Table(name = "iv_scheme")
public class ScoringScheme {

  @Id
  @Column(name = "recruitment_id")
  private Long recruitmentId;

  @Column(name = "examiners_per_panel", nullable = false)
  private int examinersPerPanel;

  @Column(name = "rounding_scale", nullable = false)
  private int roundingScale;

  @Column(name = "rounding_mode", nullable = false)
  private String roundingMode;

  @Column(name = "passing_score", nullable = false)
  private BigDecimal passingScore;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "iv_dimension", joinColumns = @JoinColumn(name = "recruitment_id"))
  @OrderColumn(name = "position")
  private List<Dimension> dimensions = new ArrayList<>();

  protected ScoringScheme() {}

  public ScoringScheme(long recruitmentId) {
    this.recruitmentId = recruitmentId;
  }

  /** Replaces every setting with checked ones. */
  public void define(
      int examinersPerPanel,
      Rounding rounding,
      BigDecimal passingScore,
      List<Dimension> dimensions,
      OffsetDateTime at) {
    this.examinersPerPanel = examinersPerPanel;
    this.roundingScale = rounding.scale();
    this.roundingMode = rounding.mode().name();
    this.passingScore = passingScore;
    this.dimensions.clear();
    this.dimensions.addAll(dimensions);
    this.updatedAt = at;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public int examinersPerPanel() {
    return examinersPerPanel;
  }

  public Rounding rounding() {
    return new Rounding(roundingScale, RoundingMode.valueOf(roundingMode));
  }

  public BigDecimal passingScore() {
    return passingScore;
  }

  public List<Dimension> dimensions() {
    return List.copyOf(dimensions);
  }
}
