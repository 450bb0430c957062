package org.zhaokao.security.web;

import jakarta.servlet.ServletContext;
import org.apache.shiro.realm.Realm;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;

/**
 * Shiro for a stage WAR (single sign-on with the core). Named in the WAR's web.xml as {@code
 * shiroEnvironmentClass}; the WAR's chains come from the context parameter {@value
 * #CHAINS_PARAMETER}, one {@code path = filters} per line, for example:
 *
 * <pre>
 * /rooms.xhtml = zkLogin, zkPerms[stage:interview:view]
 * /api/** = zkCsrf, zkLogin
 * /** = zkLogin
 * </pre>
 *
 * Without the parameter every path needs a logged-in user.
 */
public class StageShiroEnvironment extends ZhaokaoWebEnvironment {

  /** Context parameter holding the WAR's filter chains. */
  public static final String CHAINS_PARAMETER = "zhaokao.security.chains";

  @Override
  protected Realm realm() {
    return new SessionRealm();
  }

  @Override
  protected void defineChains(DefaultFilterChainManager chains) {
    ServletContext context = getServletContext();
    String configured = context == null ? null : context.getInitParameter(CHAINS_PARAMETER);
    if (configured == null || configured.isBlank()) {
      chains.createChain("/**", "zkLogin");
      return;
    }
    for (String line : configured.split("\\R")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int eq = trimmed.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException(CHAINS_PARAMETER + ": not 'path = filters': " + trimmed);
      }
      chains.createChain(trimmed.substring(0, eq).trim(), trimmed.substring(eq + 1).trim());
    }
  }
}
