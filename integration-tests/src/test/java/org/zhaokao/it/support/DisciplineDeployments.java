package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the discipline tests deploy: the core, a scoring test stage plugin as the written exam, then
 * the discipline plugin. Arquillian finds these deployments in the test's superclasses.
 */
public abstract class DisciplineDeployments extends ScoreStageDeployments {

  @Deployment(name = "discipline", order = 3, testable = false)
  public static WebArchive discipline() {
    return Deployments.discipline();
  }
}
