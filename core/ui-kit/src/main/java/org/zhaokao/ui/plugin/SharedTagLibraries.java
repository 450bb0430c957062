package org.zhaokao.ui.plugin;

import com.sun.faces.spi.ConfigurationResourceProvider;
import com.sun.faces.spi.FaceletConfigResourceProvider;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Hands a stage WAR the Facelets tag libraries of the shared jars. */
public class SharedTagLibraries
    implements FaceletConfigResourceProvider, ConfigurationResourceProvider {

  @Override
  public Collection<URI> getResources(ServletContext context) {
    List<URI> uris = new ArrayList<>();
    SharedLibraries.TAG_LIBRARIES.forEach(t -> uris.addAll(SharedLibraries.all(t)));
    return uris;
  }
}
