package org.zhaokao.interview.application;

import java.util.List;
import java.util.Map;

/**
 * A recruitment's scoring scheme as entered.
 *
 * @param settings examinersPerPanel, roundingScale, roundingMode, passingScore as text; missing
 *     ones take the installed defaults
 * @param dimensions the dimensions in the order the sheet shows them
 */
public record SchemeForm(Map<String, String> settings, List<DimensionForm> dimensions) {}
