package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the two-stage pipeline tests deploy: the core, then two scoring test stage plugins, the
 * written exam and the interview that follows it. Arquillian finds these deployments in the test's
 * superclasses.
 */
public abstract class PipelineDeployments extends ScoreStageDeployments {

  /** The stage id of the second plugin, which follows {@link #WRITTEN}. */
  protected static final String INTERVIEW = "score-interview";

  @Deployment(name = INTERVIEW, order = 3, testable = false)
  public static WebArchive interview() {
    return Deployments.scorePlugin(INTERVIEW, WRITTEN);
  }
}
