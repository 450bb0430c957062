package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * What every test of a plugin deploys first: the core, at order 1. The deployment classes of the
 * plugin sets extend this one and add their plugins after it; Arquillian finds all of them in the
 * test's superclasses.
 */
public abstract class PluginDeployments {

  @Deployment(name = "core", order = 1, testable = false)
  public static EnterpriseArchive core() {
    return Deployments.core();
  }
}
