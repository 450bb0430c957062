package org.zhaokao.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A scoring dimension (测评要素) such as 综合分析 with its weight in percent and the range an examiner
 * scores it in. An examiner's total is the sum over the dimensions of {@code score / max × weight},
 * so a scheme whose weights add up to 100 scores out of 100 whatever each range is.
 */
@Embeddable
public class Dimension {

  @Column(name = "code", nullable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "weight", nullable = false)
  private BigDecimal weight;

  @Column(name = "min_score", nullable = false)
  private BigDecimal minScore;

  @Column(name = "max_score", nullable = false)
  private BigDecimal maxScore;

  protected Dimension() {}

  public Dimension(
      String code, String name, BigDecimal weight, BigDecimal minScore, BigDecimal maxScore) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.weight = Objects.requireNonNull(weight, "weight");
    this.minScore = Objects.requireNonNull(minScore, "minScore");
    this.maxScore = Objects.requireNonNull(maxScore, "maxScore");
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public BigDecimal weight() {
    return weight;
  }

  public BigDecimal minScore() {
    return minScore;
  }

  public BigDecimal maxScore() {
    return maxScore;
  }

  /** Whether an examiner may give {@code score} in this dimension. */
  public boolean accepts(BigDecimal score) {
    return score.compareTo(minScore) >= 0 && score.compareTo(maxScore) <= 0;
  }
}
