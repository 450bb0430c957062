package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the interview tests deploy: the core, then the interview plugin. Arquillian finds these
 * deployments in the test's superclasses.
 */
public abstract class InterviewDeployments extends PluginDeployments {

  @Deployment(name = "interview", order = 2, testable = false)
  public static WebArchive interview() {
    return Deployments.interview();
  }
}
