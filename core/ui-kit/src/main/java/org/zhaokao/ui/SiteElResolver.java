package org.zhaokao.ui;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.plugins.api.CoreLookup;
import org.zhaokao.plugins.api.site.Licences;

/**
 * Resolves {@code #{zkSite}} in every WAR that uses the shared layout, the core's and each stage
 * plugin's (the ui-kit's {@code faces-config.xml} reaches both): the agency's licences as staff
 * published them, read from the core once per request. A CDI bean would be seen only by the WAR
 * that contains it; this resolver is registered wherever the layout is.
 *
 * <p>The value is a map from property name ({@code businessNumber}, {@code businessImage}, {@code
 * hrNumber}, {@code hrImage}, {@code icpNumber}, {@code icpLink}) to text, empty where nothing is
 * set. When the core cannot be reached (it is being redeployed) the footer shows every licence as
 * "to be published" rather than failing the page.
 */
public class SiteElResolver extends ELResolver {

  /** The name pages use. */
  public static final String NAME = "zkSite";

  private static final Logger LOG = Logger.getLogger(SiteElResolver.class.getName());
  private static final String REQUEST_KEY = SiteElResolver.class.getName();

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !NAME.equals(property)) {
      return null;
    }
    context.setPropertyResolved(true);
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return asMap(read());
    }
    return faces.getAttributes().computeIfAbsent(REQUEST_KEY, k -> asMap(read()));
  }

  private static Licences read() {
    try {
      return CoreLookup.siteInformation().licences();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Site information unavailable; licences shown as pending", e);
      return Licences.NONE;
    }
  }

  private static Map<String, String> asMap(Licences l) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("businessNumber", l.businessNumber());
    out.put("businessImage", l.businessImage());
    out.put("hrNumber", l.hrNumber());
    out.put("hrImage", l.hrImage());
    out.put("icpNumber", l.icpNumber());
    out.put("icpLink", l.icpLink());
    return Map.copyOf(out);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // read only
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (base == null && NAME.equals(property)) {
      context.setPropertyResolved(true);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? String.class : null;
  }
}
