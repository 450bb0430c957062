package org.zhaokao.security.web;

import java.util.concurrent.ConcurrentMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.apache.shiro.cache.AbstractCacheManager;
import org.apache.shiro.cache.Cache;

/**
 * Shiro's session cache on the server-wide Infinispan cache {@code zhaokao/sessions} (see
 * config/cli; a replicated cache in a cluster, config/cluster). Seen as a map, so no WAR needs
 * Infinispan's classes, and holding only session ids and bytes ({@link SessionCache}), so the
 * cluster never has to load a deployment class. The core WAR holds a resource reference to the
 * cache, which makes WildFly start it before any stage WAR (they deploy after the core).
 */
public final class SharedSessions extends AbstractCacheManager {

  /** JNDI name of the sessions cache. */
  public static final String JNDI = "java:jboss/infinispan/cache/zhaokao/sessions";

  @Override
  @SuppressWarnings("unchecked")
  protected Cache<Object, Object> createCache(String name) {
    try {
      return new SessionCache((ConcurrentMap<Object, Object>) new InitialContext().lookup(JNDI));
    } catch (NamingException e) {
      throw new IllegalStateException("The shared session cache " + JNDI + " is not available", e);
    }
  }
}
