package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the written exam tests deploy: the core, then the written exam plugin. Arquillian finds
 * these deployments in the test's superclass.
 */
public abstract class WrittenExamDeployments {

  @Deployment(name = "core", order = 1, testable = false)
  public static EnterpriseArchive core() {
    return Deployments.core();
  }

  @Deployment(name = WrittenExams.STAGE, order = 2, testable = false)
  public static WebArchive writtenExam() {
    return Deployments.writtenExam();
  }
}
