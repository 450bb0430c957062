package org.zhaokao.ui;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;

/**
 * Finds the shared Facelets templates ({@code /zhaokao/templates/*.xhtml}) in this jar.
 *
 * <p>Faces looks for templates through the servlet context, which sees {@code META-INF/resources}
 * only in jars under {@code WEB-INF/lib}. The ui-kit lives in {@code zhaokao.ear/lib} so that every
 * WAR shares one copy; this handler makes its templates resolvable from all of them. Only paths
 * under {@code /zhaokao/} are looked up here, so a WAR's own views are never shadowed.
 */
public class SharedViewResourceHandler extends ResourceHandlerWrapper {

  static final String PREFIX = "/zhaokao/";

  public SharedViewResourceHandler(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public ViewResource createViewResource(FacesContext context, String resourceName) {
    ViewResource resource = super.createViewResource(context, resourceName);
    if (resource != null || resourceName == null || !resourceName.startsWith(PREFIX)) {
      return resource;
    }
    URL url = shared(resourceName);
    return url == null ? null : new SharedViewResource(url);
  }

  static URL shared(String resourceName) {
    if (resourceName.contains("..")) {
      return null;
    }
    return SharedViewResourceHandler.class
        .getClassLoader()
        .getResource("META-INF/resources" + resourceName);
  }

  private static final class SharedViewResource extends ViewResource {
    private final URL url;

    SharedViewResource(URL url) {
      this.url = url;
    }

    @Override
    public URL getURL() {
      return url;
    }
  }
}
