package org.zhaokao.ui.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds configuration files in the jars of {@code zhaokao.ear/lib}, through the ui-kit's own class
 * loader.
 */
final class SharedLibraries {

  /**
   * The tag libraries of the shared jars (PrimeFaces declares its tags twice, by URI and by URN).
   */
  static final List<String> TAG_LIBRARIES =
      List.of("META-INF/primefaces.taglib.xml", "META-INF/primefaces.urn.taglib.xml");

  private SharedLibraries() {}

  static List<URI> all(String resource) {
    try {
      List<URI> uris = new ArrayList<>();
      for (URL url : Collections.list(loader().getResources(resource))) {
        uris.add(url.toURI());
      }
      return uris;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ClassLoader loader() {
    return SharedLibraries.class.getClassLoader();
  }
}
