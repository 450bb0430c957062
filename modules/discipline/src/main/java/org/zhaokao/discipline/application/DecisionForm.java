package org.zhaokao.discipline.application;

import java.util.List;

/**
 * A decision as officers send it.
 *
 * @param sanctions names of {@link org.zhaokao.discipline.domain.catalogue.Sanction}; empty when no
 *     violation is established
 * @param blacklistYears years of the bar when blacklisting, else null or 0
 * @param reason what the candidate reads
 */
public record DecisionForm(List<String> sanctions, Integer blacklistYears, String reason) {}
