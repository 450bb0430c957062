package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the offline exam and proctoring tests deploy: the core, the written exam plugin, then the
 * discipline plugin. Arquillian finds these deployments in the test's superclasses.
 */
public abstract class ProctoringDeployments extends WrittenExamDeployments {

  @Deployment(name = "discipline", order = 3, testable = false)
  public static WebArchive discipline() {
    return Deployments.discipline();
  }
}
