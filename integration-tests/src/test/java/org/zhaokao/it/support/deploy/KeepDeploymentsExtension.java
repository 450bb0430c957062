package org.zhaokao.it.support.deploy;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link KeptDeployments} with Arquillian (META-INF/services). */
public class KeepDeploymentsExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(KeptDeployments.class);
  }
}
