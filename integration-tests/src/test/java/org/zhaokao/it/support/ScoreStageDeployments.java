package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the one-stage pipeline tests deploy: the core, then a scoring test stage plugin as the
 * written exam; the sets that add a plugin after it extend this class. Arquillian finds these
 * deployments in the test's superclasses.
 */
public abstract class ScoreStageDeployments extends PluginDeployments {

  /** The stage id of the deployed plugin. */
  protected static final String WRITTEN = "score-written";

  @Deployment(name = WRITTEN, order = 2, testable = false)
  public static WebArchive written() {
    return Deployments.scorePlugin(WRITTEN, "");
  }
}
