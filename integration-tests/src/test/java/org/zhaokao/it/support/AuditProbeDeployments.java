package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the audit tests deploy: the core, then the audit probe that writes audit records. Arquillian
 * finds these deployments in the test's superclasses.
 */
public abstract class AuditProbeDeployments extends PluginDeployments {

  @Deployment(name = "probe", order = 2, testable = false)
  public static WebArchive probe() {
    return Deployments.auditProbe();
  }
}
