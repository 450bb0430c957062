package org.zhaokao.web.security;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import org.apache.shiro.cache.AbstractCacheManager;
import org.apache.shiro.cache.Cache;
import org.apache.shiro.cache.MapCache;
import org.apache.shiro.lang.util.Initializable;
import org.apache.shiro.session.mgt.eis.EnterpriseCacheSessionDAO;
import org.apache.shiro.web.env.DefaultWebEnvironment;
import org.apache.shiro.web.filter.authc.LogoutFilter;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.Cookie;
import org.apache.shiro.web.servlet.SimpleCookie;
import org.apache.shiro.web.session.mgt.DefaultWebSessionManager;
import org.zhaokao.platform.runtime.RunMode;

/**
 * Shiro for the core WAR, configured in code (named in web.xml as {@code shiroEnvironmentClass}).
 *
 * <p>Sessions are Shiro native sessions kept in the server-wide Infinispan cache under the cookie
 * {@value #COOKIE} on path {@code /}, so one login serves the core and every stage WAR. No
 * rememberMe at all (its cookie is Java-serialised), no session ids in URLs, case-insensitive path
 * matching, Shiro's invalid-request filter on every path.
 */
public class ZhaokaoShiroEnvironment extends DefaultWebEnvironment implements Initializable {

  /** The session cookie shared by every Zhaokao WAR. */
  public static final String COOKIE = "ZKSESSION";

  static final long IDLE_TIMEOUT_MS = 30 * 60 * 1000L;

  @Override
  public void init() {
    DefaultWebSecurityManager security = new DefaultWebSecurityManager(new ZhaokaoRealm());
    security.setRememberMeManager(null);
    security.setSessionManager(sessionManager());
    setWebSecurityManager(security);
    setFilterChainResolver(filterChains());
  }

  private static DefaultWebSessionManager sessionManager() {
    SimpleCookie cookie = new SimpleCookie(COOKIE);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(Cookie.SameSiteOptions.LAX);
    cookie.setSecure(secureCookies());
    EnterpriseCacheSessionDAO sessions = new EnterpriseCacheSessionDAO();
    sessions.setCacheManager(new SharedSessionCache());
    DefaultWebSessionManager manager = new DefaultWebSessionManager();
    manager.setSessionIdCookie(cookie);
    manager.setSessionIdUrlRewritingEnabled(false);
    manager.setGlobalSessionTimeout(IDLE_TIMEOUT_MS);
    manager.setSessionDAO(sessions);
    manager.setSessionValidationSchedulerEnabled(true);
    manager.setSessionValidationInterval(5 * 60 * 1000L);
    return manager;
  }

  /**
   * Secure cookies unless this is a demonstration on plain HTTP; {@code -Dzhaokao.cookie.secure}
   * decides.
   */
  static boolean secureCookies() {
    String configured = System.getProperty("zhaokao.cookie.secure");
    return configured != null ? Boolean.parseBoolean(configured) : !RunMode.demo();
  }

  private static PathMatchingFilterChainResolver filterChains() {
    DefaultFilterChainManager chains = new DefaultFilterChainManager();
    chains.setCaseInsensitive(true);
    chains.addFilter("zkAge", new SessionAgeFilter());
    chains.addFilter("zkLogin", new LoginRequiredFilter());
    chains.addFilter("zkPerms", new PermissionRequiredFilter());
    chains.addFilter("zkCsrf", new CsrfFilter());
    LogoutFilter logout = new LogoutFilter();
    logout.setPostOnlyLogout(true);
    logout.setRedirectUrl("/");
    chains.addFilter("zkLogout", logout);
    chains.setGlobalFilters(List.of("invalidRequest", "zkAge"));
    chains.createChain("/logout", "zkLogout");
    chains.createChain("/console/audit/**", "zkLogin, zkPerms[audit:view]");
    chains.createChain("/console/**", "zkLogin, zkPerms[console:view]");
    chains.createChain("/account/**", "zkLogin");
    chains.createChain(
        "/api/v1/admin/audit/retention/run", "zkCsrf, zkLogin, zkPerms[audit:retention]");
    chains.createChain("/api/v1/admin/audit/**", "zkCsrf, zkLogin, zkPerms[audit:view]");
    chains.createChain("/api/v1/admin/**", "zkCsrf, zkLogin, zkPerms[platform:diagnose]");
    chains.createChain("/api/v1/**", "zkCsrf");
    chains.createChain("/**", "anon");
    PathMatchingFilterChainResolver resolver = new PathMatchingFilterChainResolver();
    resolver.setFilterChainManager(chains);
    resolver.setCaseInsensitive(true);
    return resolver;
  }

  /** Shiro's session cache on top of the Infinispan cache that {@link SessionStore} holds. */
  private static final class SharedSessionCache extends AbstractCacheManager {
    @Override
    protected Cache<Object, Object> createCache(String name) {
      return new MapCache<>(name, CDI.current().select(SessionStore.class).get().cache());
    }
  }
}
