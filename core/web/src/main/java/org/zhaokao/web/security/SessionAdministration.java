package org.zhaokao.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.session.Session;
import org.apache.shiro.session.mgt.DefaultSessionManager;
import org.apache.shiro.session.mgt.eis.SessionDAO;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.support.DefaultSubjectContext;
import org.zhaokao.plugins.api.security.AccountPrincipal;

/**
 * The sessions of the shared session store, for administrators: who is logged in, since when, from
 * where; and ending a session, or every session of an account (when it is disabled). Sessions are
 * named by a hash of their id, so the list never hands out live session ids.
 */
@ApplicationScoped
public class SessionAdministration {

  /**
   * One logged-in session.
   *
   * @param handle opaque name of the session (hash of its id)
   * @param accountId the account
   * @param kind CANDIDATE, STAFF or EMPLOYER
   * @param displayName masked for candidates
   * @param host the client's address at login
   * @param startedAt when the session began
   * @param lastAccessAt the last request
   */
  public record SessionView(
      String handle,
      long accountId,
      String kind,
      String displayName,
      String host,
      OffsetDateTime startedAt,
      OffsetDateTime lastAccessAt) {}

  /** Logged-in sessions, most recently active first (anonymous ones are left out). */
  public List<SessionView> active() {
    List<SessionView> views = new ArrayList<>();
    for (Session s : dao().getActiveSessions()) {
      principal(s)
          .ifPresent(
              p ->
                  views.add(
                      new SessionView(
                          handle(s),
                          p.accountId(),
                          p.kind(),
                          p.displayName(),
                          s.getHost() == null ? "" : s.getHost(),
                          OffsetDateTime.ofInstant(
                              s.getStartTimestamp().toInstant(), ZoneOffset.UTC),
                          OffsetDateTime.ofInstant(
                              s.getLastAccessTime().toInstant(), ZoneOffset.UTC))));
    }
    views.sort(Comparator.comparing(SessionView::lastAccessAt).reversed());
    return views;
  }

  /** Ends the session with this handle; false when there is none. */
  public boolean end(String handle) {
    for (Session s : dao().getActiveSessions()) {
      if (handle(s).equals(handle)) {
        dao().delete(s);
        return true;
      }
    }
    return false;
  }

  /** Ends every session of the account; returns how many. */
  public int endAll(long accountId) {
    int ended = 0;
    for (Session s : dao().getActiveSessions()) {
      if (principal(s).filter(p -> p.accountId() == accountId).isPresent()) {
        dao().delete(s);
        ended++;
      }
    }
    return ended;
  }

  private static Optional<AccountPrincipal> principal(Session s) {
    Object principals = s.getAttribute(DefaultSubjectContext.PRINCIPALS_SESSION_KEY);
    return principals instanceof PrincipalCollection pc
        ? Optional.ofNullable(pc.oneByType(AccountPrincipal.class))
        : Optional.empty();
  }

  private static String handle(Session s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.valueOf(s.getId()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SessionDAO dao() {
    DefaultSecurityManager security = (DefaultSecurityManager) SecurityUtils.getSecurityManager();
    return ((DefaultSessionManager) security.getSessionManager()).getSessionDAO();
  }
}
