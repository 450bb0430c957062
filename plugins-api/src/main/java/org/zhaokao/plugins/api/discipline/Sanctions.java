package org.zhaokao.plugins.api.discipline;

/**
 * Where discipline's decisions take effect in the core (处理决定执行), from {@link
 * org.zhaokao.plugins.api.CoreServices#sanctions()}.
 *
 * <p>What the core promises for {@link #disqualify}: in the caller's transaction, the application
 * becomes {@code DISQUALIFIED}; in every stage it entered that still takes outcomes its outcome
 * becomes {@code DISQUALIFIED}; it advances into no later stage and is never admitted. Repeating
 * the call changes nothing. The core does not notify the candidate: the deciding plugin does, with
 * its reason and the appeal deadline.
 *
 * @since SPI 1.6
 */
public interface Sanctions {

  /**
   * Disqualifies an application from its recruitment.
   *
   * @return whether anything changed (false when it already was disqualified)
   * @throws IllegalArgumentException if no such application exists
   * @throws IllegalStateException if the application cannot be disqualified (withdrawn, rejected or
   *     already admitted and published)
   */
  boolean disqualify(Disqualification disqualification);
}
