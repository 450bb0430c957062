package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the notification tests deploy: the core, then the notification probe plugin that asks for
 * notifications through the SPI. Arquillian finds these deployments in the test's superclass.
 */
public abstract class NotificationDeployments {

  @Deployment(name = "core", order = 1, testable = false)
  public static EnterpriseArchive core() {
    return Deployments.core();
  }

  @Deployment(name = "probe", order = 2, testable = false)
  public static WebArchive probe() {
    return Deployments.notifyProbe();
  }
}
