package org.zhaokao.web.security;

import org.apache.shiro.realm.Realm;
import org.apache.shiro.web.filter.authc.LogoutFilter;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.zhaokao.security.web.ZhaokaoWebEnvironment;

/**
 * Shiro for the core WAR (named in web.xml as {@code shiroEnvironmentClass}): the shared session
 * and filters of {@link ZhaokaoWebEnvironment}, the realm backed by the identity module, and the
 * core's chains.
 */
public class ZhaokaoShiroEnvironment extends ZhaokaoWebEnvironment {

  @Override
  protected Realm realm() {
    return new ZhaokaoRealm();
  }

  @Override
  protected void defineChains(DefaultFilterChainManager chains) {
    LogoutFilter logout = new LogoutFilter();
    logout.setPostOnlyLogout(true);
    logout.setRedirectUrl("/");
    chains.addFilter("zkLogout", logout);
    chains.createChain("/logout", "zkLogout");
    chains.createChain("/console/audit/**", "zkLogin, zkPerms[audit:view]");
    chains.createChain("/console/accounts.xhtml", "zkLogin, zkPerms[account:manage]");
    chains.createChain("/console/sessions.xhtml", "zkLogin, zkPerms[account:manage]");
    chains.createChain("/console/roles.xhtml", "zkLogin, zkPerms[role:manage]");
    chains.createChain("/console/notifications/**", "zkLogin, zkPerms[notification:manage]");
    chains.createChain("/console/review/**", "zkLogin, zkAnyScope[application:review]");
    chains.createChain("/console/confirmation/**", "zkLogin, zkAnyScope[application:confirm]");
    chains.createChain("/console/recruitments/**", "zkLogin, zkAnyScope[recruitment:view]");
    chains.createChain("/console/identity-requests.xhtml", "zkLogin, zkPerms[identity:review]");
    chains.createChain("/console/identity-claims.xhtml", "zkLogin, zkPerms[identity:review]");
    chains.createChain("/console/settings.xhtml", "zkLogin, zkPerms[settings:manage]");
    chains.createChain("/console/complaints/**", "zkLogin, zkPerms[complaint:view]");
    chains.createChain("/console/feedback.xhtml", "zkLogin, zkPerms[complaint:view]");
    chains.createChain("/console/pipeline/**", "zkLogin, zkAnyScope[pipeline:view]");
    chains.createChain("/console/surveys/**", "zkLogin, zkAnyScope[survey:view]");
    chains.createChain("/console/statistics/**", "zkLogin, zkAnyScope[statistics:view]");
    chains.createChain("/console/**", "zkLogin, zkPerms[console:view]");
    chains.createChain("/account/results.xhtml", "zkLogin, zkPerms[candidate:self]");
    chains.createChain("/account/**", "zkLogin");
    chains.createChain("/apply.xhtml", "zkLogin, zkPerms[candidate:self]");
    chains.createChain(
        "/api/v1/admin/audit/retention/run", "zkCsrf, zkLogin, zkPerms[audit:retention]");
    chains.createChain("/api/v1/admin/audit/**", "zkCsrf, zkLogin, zkPerms[audit:view]");
    chains.createChain(
        "/api/v1/admin/notifications/**", "zkCsrf, zkLogin, zkPerms[notification:manage]");
    chains.createChain("/api/v1/admin/accounts/**", "zkCsrf, zkLogin, zkPerms[account:manage]");
    chains.createChain("/api/v1/admin/sessions/**", "zkCsrf, zkLogin, zkPerms[account:manage]");
    chains.createChain("/api/v1/admin/roles/**", "zkCsrf, zkLogin, zkPerms[role:manage]");
    chains.createChain("/api/v1/admin/candidates/**", "zkCsrf, zkLogin, zkPerms[pii:view-full]");
    chains.createChain(
        "/api/v1/admin/identity-requests/**", "zkCsrf, zkLogin, zkPerms[identity:review]");
    chains.createChain(
        "/api/v1/admin/identity-claims/**", "zkCsrf, zkLogin, zkPerms[identity:review]");
    chains.createChain("/api/v1/admin/employers/**", "zkCsrf, zkLogin, zkPerms[employer:manage]");
    chains.createChain(
        "/api/v1/admin/recruitments/**", "zkCsrf, zkLogin, zkAnyScope[recruitment:view]");
    chains.createChain(
        "/api/v1/admin/review/**", "zkCsrf, zkLogin, zkAnyScope[application:review]");
    chains.createChain("/api/v1/admin/content/**", "zkCsrf, zkLogin, zkPerms[console:view]");
    chains.createChain("/api/v1/admin/settings/**", "zkCsrf, zkLogin, zkPerms[settings:manage]");
    chains.createChain("/api/v1/admin/complaints/**", "zkCsrf, zkLogin, zkPerms[complaint:view]");
    chains.createChain("/api/v1/admin/feedback/**", "zkCsrf, zkLogin, zkPerms[complaint:view]");
    chains.createChain(
        "/api/v1/admin/confirmation/**", "zkCsrf, zkLogin, zkAnyScope[application:confirm]");
    chains.createChain("/api/v1/admin/pipeline/**", "zkCsrf, zkLogin, zkAnyScope[pipeline:view]");
    chains.createChain("/api/v1/admin/surveys/**", "zkCsrf, zkLogin, zkAnyScope[survey:view]");
    chains.createChain(
        "/api/v1/admin/statistics/**", "zkCsrf, zkLogin, zkAnyScope[statistics:view]");
    chains.createChain("/api/v1/admin/**", "zkCsrf, zkLogin, zkPerms[platform:diagnose]");
    chains.createChain("/api/v1/me/applications/**", "zkCsrf, zkLogin, zkPerms[candidate:self]");
    chains.createChain("/api/v1/me/results/**", "zkCsrf, zkLogin, zkPerms[candidate:self]");
    chains.createChain("/api/v1/me/surveys/**", "zkCsrf, zkLogin, zkPerms[candidate:self]");
    chains.createChain("/api/v1/me/**", "zkCsrf, zkLogin");
    chains.createChain("/api/v1/**", "zkCsrf");
    chains.createChain("/**", "anon");
  }
}
