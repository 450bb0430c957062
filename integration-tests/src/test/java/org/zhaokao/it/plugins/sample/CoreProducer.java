package org.zhaokao.it.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.zhaokao.plugins.api.CoreLookup;
import org.zhaokao.plugins.api.StagePluginRegistry;

/** Hides the global JNDI look-up of the core's registry so the plugin can {@code @Inject} it. */
@ApplicationScoped
public class CoreProducer {

  @Produces
  StagePluginRegistry registry() {
    return CoreLookup.registry();
  }
}
