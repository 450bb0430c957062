package org.zhaokao.discipline.domain.incident;

import java.util.EnumSet;
import java.util.Set;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.catalogue.Sanction;

/**
 * What an officer decides (处理决定): the sanctions (none when no violation is established), the years
 * of a blacklisting, and the reason the candidate reads.
 */
public record DecisionTerms(Set<Sanction> sanctions, int blacklistYears, String reason) {

  public DecisionTerms {
    sanctions = sanctions == null || sanctions.isEmpty() ? Set.of() : EnumSet.copyOf(sanctions);
    reason = reason == null ? "" : reason.strip();
    if (reason.isEmpty() || reason.length() > 1000) {
      throw DisciplineException.invalid(
          "reason", "A decision states its reason in 1 to 1000 characters");
    }
    if (sanctions.contains(Sanction.BLACKLIST) != (blacklistYears > 0)) {
      throw DisciplineException.invalid(
          "blacklistYears", "blacklistYears is given exactly when the decision blacklists");
    }
  }

  public boolean blacklists() {
    return sanctions.contains(Sanction.BLACKLIST);
  }

  public boolean disqualifies() {
    return sanctions.contains(Sanction.DISQUALIFY);
  }
}
