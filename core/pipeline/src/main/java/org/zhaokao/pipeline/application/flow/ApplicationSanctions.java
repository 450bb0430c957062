package org.zhaokao.pipeline.application.flow;

/**
 * What the pipeline asks the recruitment module to do to an application when discipline decides
 * (the recruitment module owns applications and depends on this module, so the arrow points this
 * way): it implements this as a local EJB.
 */
public interface ApplicationSanctions {

  /**
   * Marks the application {@code DISQUALIFIED} (取消资格) with the reason, in the caller's transaction.
   *
   * @return the application's recruitment, or empty when it already was disqualified
   * @throws IllegalArgumentException if no such application exists
   * @throws IllegalStateException if it is withdrawn or rejected
   */
  java.util.OptionalLong disqualify(long applicationId, String reason);

  /**
   * Brings a disqualified application back (恢复资格) to the status it had before, in the caller's
   * transaction.
   *
   * @return the application's recruitment
   * @throws IllegalArgumentException if no such application exists
   * @throws IllegalStateException if it is not disqualified, its previous status is unknown, or the
   *     candidate has another live application to the recruitment meanwhile
   */
  long liftDisqualification(long applicationId, String reason);
}
