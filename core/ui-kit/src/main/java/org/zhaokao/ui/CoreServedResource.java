package org.zhaokao.ui;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

/**
 * A resource of a shared jar, linked from the core WAR (which serves it) instead of the current
 * WAR.
 */
final class CoreServedResource extends Resource {

  private final URL url;

  CoreServedResource(String resourceName, String libraryName, URL url) {
    this.url = url;
    setResourceName(resourceName);
    setLibraryName(libraryName);
    setContentType(
        FacesContext.getCurrentInstance().getExternalContext().getMimeType(resourceName));
  }

  @Override
  public InputStream getInputStream() throws IOException {
    return url.openStream();
  }

  @Override
  public Map<String, String> getResponseHeaders() {
    return Map.of();
  }

  @Override
  public String getRequestPath() {
    return SharedResourceHandler.CORE_CONTEXT
        + ResourceHandler.RESOURCE_IDENTIFIER
        + "/"
        + getResourceName()
        + ".xhtml?ln="
        + getLibraryName();
  }

  @Override
  public URL getURL() {
    return url;
  }

  @Override
  public boolean userAgentNeedsUpdate(FacesContext context) {
    return true;
  }
}
