package org.zhaokao.interview.application;

import java.math.BigDecimal;

/** A dimension as entered: code, name, weight in percent, score range. Nulls are reported. */
public record DimensionForm(
    String code, String name, BigDecimal weight, BigDecimal minScore, BigDecimal maxScore)
    implements java.io.Serializable {}
