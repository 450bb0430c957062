package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the written exam tests deploy: the core, then the written exam plugin. Arquillian finds
 * these deployments in the test's superclasses.
 */
public abstract class WrittenExamDeployments extends PluginDeployments {

  @Deployment(name = WrittenExams.STAGE, order = 2, testable = false)
  public static WebArchive writtenExam() {
    return Deployments.writtenExam();
  }
}
