package org.zhaokao.ui;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;

/**
 * Makes the shared jars of {@code zhaokao.ear/lib} (ui-kit, PrimeFaces) usable from every WAR.
 *
 * <ul>
 *   <li>Facelets templates under {@code /zhaokao/}: Faces looks for templates through the servlet
 *       context, which sees {@code META-INF/resources} only in jars under {@code WEB-INF/lib}; this
 *       handler finds them in the ui-kit. Only paths under {@code /zhaokao/} are looked up here, so
 *       a WAR's own views are never shadowed.
 *   <li>Style sheets, scripts and images of the shared jars, asked for by a stage WAR that cannot
 *       load them itself: they are linked from the core WAR at {@code /zhaokao}, which serves them.
 *       Browsers then cache one copy for the whole platform.
 * </ul>
 */
public class SharedResourceHandler extends ResourceHandlerWrapper {

  /** Context path of the core WAR, which serves the shared resources. */
  public static final String CORE_CONTEXT = "/zhaokao";

  static final String TEMPLATE_PREFIX = "/zhaokao/";

  public SharedResourceHandler(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public ViewResource createViewResource(FacesContext context, String resourceName) {
    ViewResource resource = super.createViewResource(context, resourceName);
    if (resource != null || resourceName == null || !resourceName.startsWith(TEMPLATE_PREFIX)) {
      return resource;
    }
    URL url = shared(resourceName);
    return url == null ? null : new SharedViewResource(url);
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return orShared(super.createResource(resourceName, libraryName), resourceName, libraryName);
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return orShared(
        super.createResource(resourceName, libraryName, contentType), resourceName, libraryName);
  }

  @Override
  public boolean libraryExists(String libraryName) {
    return super.libraryExists(libraryName) || shared("/" + libraryName) != null;
  }

  private static Resource orShared(Resource found, String resourceName, String libraryName) {
    if (found != null || resourceName == null || libraryName == null) {
      return found;
    }
    String path = "/" + libraryName + "/" + resourceName;
    URL url = shared(path);
    return url == null ? null : new CoreServedResource(resourceName, libraryName, url);
  }

  static URL shared(String path) {
    if (path.contains("..") || path.contains("\\")) {
      return null;
    }
    return SharedResourceHandler.class.getClassLoader().getResource("META-INF/resources" + path);
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
