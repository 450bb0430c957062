package org.zhaokao.ui.plugin;

import com.sun.faces.spi.FacesConfigResourceProvider;
import jakarta.servlet.ServletContext;
import java.util.Collection;

/** Hands a stage WAR the {@code faces-config.xml} of PrimeFaces and the ui-kit. */
public class SharedFacesConfigs implements FacesConfigResourceProvider {

  @Override
  public Collection<java.net.URI> getResources(ServletContext context) {
    return SharedLibraries.all("META-INF/faces-config.xml");
  }
}
