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
}
