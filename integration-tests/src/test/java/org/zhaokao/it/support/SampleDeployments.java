package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.zhaokao.plugins.api.SpiVersion;

/**
 * What the tests of the plugin console and API deploy: the core, then the sample plugin. Arquillian
 * finds these deployments in the test's superclass.
 */
public abstract class SampleDeployments {

  @Deployment(name = "core", order = 1, testable = false)
  public static EnterpriseArchive core() {
    return Deployments.core();
  }

  @Deployment(name = "sample", order = 2, testable = false)
  public static WebArchive sample() {
    return Deployments.samplePlugin("sample", SpiVersion.CURRENT);
  }
}
