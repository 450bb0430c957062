package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the archiving tests deploy: the core, a scoring test stage plugin as the written exam, then
 * the archiving plugin. Arquillian finds these deployments in the test's superclasses.
 */
public abstract class ArchivingDeployments extends ScoreStageDeployments {

  @Deployment(name = "archiving", order = 3, testable = false)
  public static WebArchive archiving() {
    return Deployments.archiving();
  }
}
