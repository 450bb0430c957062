package org.zhaokao.discipline.application;

import java.util.List;

/**
 * A decision as officers send it.
 *
 * @param sanctions names of {@link org.zhaokao.discipline.domain.catalogue.Sanction}; empty when no
 *     violation is established
 * @param blacklistYears years of the bar when blacklisting, else null or 0
 * @param blacklistScope {@code ALL} (the default, also when null) or {@code EMPLOYER}: whom the
 *     blacklisting bars
 * @param reason what the candidate reads
 */
public record DecisionForm(
    List<String> sanctions, Integer blacklistYears, String blacklistScope, String reason) {

  /** A decision whose blacklisting, if any, bars every employer. */
  public DecisionForm(List<String> sanctions, Integer blacklistYears, String reason) {
    this(sanctions, blacklistYears, null, reason);
  }
}
