package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the medical check tests deploy: the core, then the medical check plugin. Arquillian finds
 * these deployments in the test's superclasses.
 */
public abstract class MedicalCheckDeployments extends PluginDeployments {

  @Deployment(name = "medical-check", order = 2, testable = false)
  public static WebArchive medicalCheck() {
    return Deployments.medicalCheck();
  }
}
