package org.zhaokao.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.zhaokao.plugins.api.SpiVersion;

/**
 * What the tests of the plugin console and API deploy: the core, then the sample plugin. Arquillian
 * finds these deployments in the test's superclasses.
 */
public abstract class SampleDeployments extends PluginDeployments {

  @Deployment(name = "sample", order = 2, testable = false)
  public static WebArchive sample() {
    return Deployments.samplePlugin("sample", SpiVersion.CURRENT);
  }
}
