package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the one-stage pipeline tests deploy: the core, then a scoring test stage plugin as the
 * written exam; the sets that add a plugin after it extend this class. Arquillian finds these
 * deployments in the test's superclass.
 */
public abstract class ScoreStageDeployments {

  /** The stage id of the deployed plugin. */
  protected static final String WRITTEN = "score-written";

  @Deployment(name = "core", order = 1, testable = false)
  public static EnterpriseArchive core() {
    return Deployments.core();
  }

  @Deployment(name = WRITTEN, order = 2, testable = false)
  public static WebArchive written() {
    return Deployments.scorePlugin(WRITTEN, "");
  }
}
