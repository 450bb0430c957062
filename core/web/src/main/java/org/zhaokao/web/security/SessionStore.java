package org.zhaokao.web.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentMap;
import org.zhaokao.security.web.SharedSessions;

/**
 * The server-wide session cache ({@code cache-container=zhaokao/local-cache=sessions}, see
 * config/cli). Typed as a map so no WAR needs Infinispan's classes; the resource reference also
 * makes WildFly start the cache.
 */
@ApplicationScoped
public class SessionStore {

  /** JNDI name of the sessions cache. */
  public static final String JNDI = SharedSessions.JNDI;

  @Resource(lookup = JNDI)
  private ConcurrentMap<Object, Object> cache;

  public ConcurrentMap<Object, Object> cache() {
    return cache;
  }
}
