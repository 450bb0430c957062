package org.zhaokao.interview.application;

import java.math.BigDecimal;
import java.util.List;
import org.zhaokao.interview.domain.ScoringScheme;

/** A recruitment's scoring scheme, for screens and the API. */
public record SchemeView(
    long recruitmentId,
    int examinersPerPanel,
    int roundingScale,
    String roundingMode,
    BigDecimal passingScore,
    List<DimensionForm> dimensions)
    implements java.io.Serializable {

  static SchemeView of(ScoringScheme s) {
    return new SchemeView(
        s.recruitmentId(),
        s.examinersPerPanel(),
        s.rounding().scale(),
        s.rounding().mode().name(),
        s.passingScore(),
        s.dimensions().stream()
            .map(d -> new DimensionForm(d.code(), d.name(), d.weight(), d.minScore(), d.maxScore()))
            .toList());
  }
}
