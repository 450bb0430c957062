package org.zhaokao.security.web;

import java.util.List;
import org.apache.shiro.lang.util.Initializable;
import org.apache.shiro.realm.Realm;
import org.apache.shiro.session.mgt.eis.EnterpriseCacheSessionDAO;
import org.apache.shiro.web.env.DefaultWebEnvironment;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.Cookie;
import org.apache.shiro.web.servlet.SimpleCookie;
import org.apache.shiro.web.session.mgt.DefaultWebSessionManager;
import org.zhaokao.plugins.api.RunMode;

/**
 * What every Zhaokao WAR's Shiro shares, configured in code: native sessions in the server-wide
 * cache under the cookie {@value #COOKIE} on path {@code /} (one login for the core and every stage
 * WAR), no rememberMe at all (its cookie is Java-serialised), no session ids in URLs,
 * case-insensitive path matching, the invalid-request filter and the 12-hour absolute session limit
 * on every path. Subclasses give the realm and the chains.
 */
public abstract class ZhaokaoWebEnvironment extends DefaultWebEnvironment implements Initializable {

  /** The session cookie shared by every Zhaokao WAR. */
  public static final String COOKIE = "ZKSESSION";

  static final long IDLE_TIMEOUT_MS = 30 * 60 * 1000L;

  /** The realm that authenticates and authorises in this WAR. */
  protected abstract Realm realm();

  /**
   * Adds this WAR's chains. The filters {@code zkLogin}, {@code zkPerms[...]}, {@code zkCsrf} and
   * {@code anon} are defined; chains are matched in the order they are created.
   */
  protected abstract void defineChains(DefaultFilterChainManager chains);

  @Override
  public void init() {
    DefaultWebSecurityManager security = new DefaultWebSecurityManager(realm());
    security.setRememberMeManager(null);
    security.setSessionManager(sessionManager());
    setWebSecurityManager(security);
    DefaultFilterChainManager chains = new DefaultFilterChainManager();
    chains.setCaseInsensitive(true);
    chains.addFilter("zkAge", new SessionAgeFilter());
    chains.addFilter("zkLogin", new LoginRequiredFilter());
    chains.addFilter("zkPerms", new PermissionRequiredFilter());
    chains.addFilter("zkAnyScope", new AnyScopePermissionFilter());
    chains.addFilter("zkCsrf", new CsrfFilter());
    chains.setGlobalFilters(List.of("invalidRequest", "zkAge"));
    defineChains(chains);
    PathMatchingFilterChainResolver resolver = new PathMatchingFilterChainResolver();
    resolver.setFilterChainManager(chains);
    resolver.setCaseInsensitive(true);
    setFilterChainResolver(resolver);
  }

  private static DefaultWebSessionManager sessionManager() {
    SimpleCookie cookie = new SimpleCookie(COOKIE);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(Cookie.SameSiteOptions.LAX);
    cookie.setSecure(secureCookies());
    EnterpriseCacheSessionDAO sessions = new EnterpriseCacheSessionDAO();
    sessions.setCacheManager(new SharedSessions());
    sessions.setSessionIdGenerator(new RoutedSessionIds());
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
}
