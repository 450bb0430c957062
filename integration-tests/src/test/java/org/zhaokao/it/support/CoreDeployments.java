package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * What the tests of the core alone deploy: the core and no plugin. Arquillian finds this deployment
 * in the test's superclasses.
 */
public abstract class CoreDeployments {

  @Deployment(name = "core", testable = false)
  public static EnterpriseArchive core() {
    return Deployments.core();
  }
}
