package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the notification tests deploy: the core, then the notification probe plugin that asks for
 * notifications through the SPI. Arquillian finds these deployments in the test's superclasses.
 */
public abstract class NotificationDeployments extends PluginDeployments {

  @Deployment(name = "probe", order = 2, testable = false)
  public static WebArchive probe() {
    return Deployments.notifyProbe();
  }
}
