package org.zhaokao.security.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.apache.shiro.session.Session;

/**
 * The per-session token a browser's script sends back in {@value #HEADER} on every state-changing
 * REST call (pages are protected by Faces' view state). Issued at login; a request carrying the
 * session cookie but not the token is refused, so another site cannot make a logged-in browser act.
 */
public final class Csrf {

  /** Request header that carries the token. */
  public static final String HEADER = "X-CSRF-Token";

  static final String ATTRIBUTE = "zk.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  /** The session's token, created when missing. */
  public static String tokenOf(Session session) {
    Object token = session.getAttribute(ATTRIBUTE);
    if (token instanceof String s) {
      return s;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(ATTRIBUTE, fresh);
    return fresh;
  }

  /** Constant-time comparison of a presented token with the session's. */
  static boolean matches(Session session, String presented) {
    Object expected = session.getAttribute(ATTRIBUTE);
    return expected instanceof String e
        && presented != null
        && MessageDigest.isEqual(
            e.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
  }
}
