package org.zhaokao.discipline.domain.incident;

import java.util.EnumSet;
import java.util.Set;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.blacklist.BlacklistScope;
import org.zhaokao.discipline.domain.catalogue.Sanction;

/**
 * What an officer decides (处理决定): the sanctions (none when no violation is established), the years
 * of a blacklisting and whom it bars, and the reason the candidate reads.
 */
public record DecisionTerms(
    Set<Sanction> sanctions, int blacklistYears, BlacklistScope blacklistScope, String reason) {

  /** Terms whose blacklisting, if any, bars every employer. */
  public DecisionTerms(Set<Sanction> sanctions, int blacklistYears, String reason) {
    this(sanctions, blacklistYears, BlacklistScope.ALL, reason);
  }

  public DecisionTerms {
    blacklistScope = blacklistScope == null ? BlacklistScope.ALL : blacklistScope;
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
    if (blacklistScope != BlacklistScope.ALL && !sanctions.contains(Sanction.BLACKLIST)) {
      throw DisciplineException.invalid(
          "blacklistScope", "blacklistScope is given only when the decision blacklists");
    }
  }

  public boolean blacklists() {
    return sanctions.contains(Sanction.BLACKLIST);
  }

  public boolean disqualifies() {
    return sanctions.contains(Sanction.DISQUALIFY);
  }
}
