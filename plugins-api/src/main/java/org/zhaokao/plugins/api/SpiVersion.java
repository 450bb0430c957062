package org.zhaokao.plugins.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Version of this SPI as {@code major.minor}.
 *
 * <p>A minor release only adds (new optional capabilities, new default methods); a major release
 * may remove or change. A plugin built for {@code M.n} therefore runs on a core that provides
 * {@code M.m} with {@code m >= n}, and on nothing else.
 *
 * <p>Plugins pass {@link #CURRENT} to their descriptor. It is a compile-time constant, so javac
 * copies its value into the plugin's class file: the descriptor records the SPI the plugin was
 * <em>built</em> against, not the one it happens to run on.
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

  /**
   * The SPI version this jar provides. History: 1.0 the stage plugin contract; 1.1 adds the audit
   * log ({@link CoreServices#auditLog()}, {@link CoreLookup#auditLog()}) and the notifier ({@link
   * CoreServices#notifier()} and the {@code notify} package); 1.2 adds the optional capability
   * {@link org.zhaokao.plugins.api.discipline.BlacklistCheck}; 1.3 adds the results sink ({@link
   * CoreServices#results()}, {@link org.zhaokao.plugins.api.outcome.ResultsSink}, {@link
   * org.zhaokao.plugins.api.outcome.OutcomeReceipt}, {@link
   * org.zhaokao.plugins.api.outcome.OutcomeRejectedException}) through which a stage reports its
   * candidates' outcomes to the pipeline, and the site information ({@link
   * org.zhaokao.plugins.api.site.SiteInformation}, {@link CoreLookup#siteInformation()}); 1.4 adds
   * the roster ({@link CoreServices#roster()}, the {@code roster} package): the recruitments whose
   * chain holds a stage and the candidates who entered it; 1.5 adds re-authentication ({@link
   * CoreServices#reauthentication()}, {@link org.zhaokao.plugins.api.security.Reauthentication}): a
   * plugin asks the core to check a logged-in account's password again before a weighty act; 1.6
   * adds discipline's two calls: {@link CoreServices#incidents()} (any stage reports a suspected
   * violation through {@link org.zhaokao.plugins.api.discipline.IncidentIntake}, which the
   * discipline plugin implements as a capability and the core routes to it) and {@link
   * CoreServices#sanctions()} (a disqualification takes effect in the core: {@link
   * org.zhaokao.plugins.api.discipline.Sanctions}); 1.7 adds the recruitment records ({@link
   * CoreServices#records()}, the {@code records} package): a recruitment's stage chain and stored
   * outcomes, read-only, for the archive; 1.8 adds pages for candidates ({@link
   * StagePlugin#candidateScreens()}), linked from the portal; 1.9 adds to {@link
   * org.zhaokao.plugins.api.discipline.Sanctions} the lifting of a disqualification withdrawn on
   * appeal and a score void that names the deciding officer (in a published stage it waits for a
   * second person's approval) — default methods an older core refuses; 1.10 adds the candidate's
   * application photo to the roster ({@link org.zhaokao.plugins.api.roster.StageRoster#photo}) for
   * identity checks and sign-in sheets — a default method that answers empty from an older core —
   * and to {@link org.zhaokao.plugins.api.discipline.Sanctions} a reinstatement of a voided score
   * that names the deciding officer (in a published stage it waits for a second person's approval);
   * 1.11 adds the optional capability {@link
   * org.zhaokao.plugins.api.discipline.ScoreChangeApprovals}: the core tells the deciding plugin
   * when a second person approved such a late change, so that the candidate learns it now applies.
   */
  public static final String CURRENT = "1.11";

  public SpiVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "SPI version parts must not be negative: " + major + "." + minor);
    }
  }

  /** The version this jar provides, parsed. */
  public static SpiVersion current() {
    return parse(CURRENT);
  }

  /**
   * Parses {@code major.minor}.
   *
   * @throws IllegalArgumentException if the text is not two non-negative integers joined by a dot
   */
  public static SpiVersion parse(String text) {
    Objects.requireNonNull(text, "SPI version");
    String[] parts = text.trim().split("\\.", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("SPI version must look like 1.0, got '" + text + "'");
    }
    try {
      return new SpiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SPI version must look like 1.0, got '" + text + "'", e);
    }
  }

  /**
   * Why a plugin built for this version cannot run on a core that provides {@code provided}, or
   * empty when it can.
   */
  public Optional<String> incompatibilityWith(SpiVersion provided) {
    if (major != provided.major) {
      return Optional.of(
          "built for SPI "
              + this
              + " but this core provides SPI "
              + provided
              + " (major versions differ)");
    }
    if (minor > provided.minor) {
      return Optional.of(
          "built for SPI "
              + this
              + " but this core provides only SPI "
              + provided
              + " (upgrade the core)");
    }
    return Optional.empty();
  }

  @Override
  public int compareTo(SpiVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
