package org.zhaokao.it.support;

import java.net.http.HttpResponse;

/**
 * One logged-in session of the demo administrator, shared by the tests that use the admin API
 * (logging in costs an authenticator code, and the server accepts each code once). Logs in again
 * when the session ends.
 */
public final class Admin {

  private static Browsing session;

  private Admin() {}

  private static synchronized Browsing session() {
    if (session == null || session.get("/zhaokao/api/v1/me").statusCode() != 200) {
      session = Browsing.asAdmin();
    }
    return session;
  }

  public static HttpResponse<String> get(String path) {
    return session().get(path);
  }

  public static HttpResponse<String> get(String path, String header, String value) {
    return session().get(path, header, value);
  }

  public static HttpResponse<byte[]> getBytes(String path) {
    return session().getBytes(path);
  }

  /** PUTs JSON with the session's CSRF token. */
  public static HttpResponse<String> put(String path, String contentType, String body) {
    return session().put(path, body);
  }

  /** The shared administrator session itself, for calls the helpers above do not cover. */
  public static Browsing browsing() {
    return session();
  }

  /** POSTs with the session's CSRF token; the body is JSON (or empty). */
  public static HttpResponse<String> post(String path, String contentType, String body) {
    return session().post(path, body);
  }
}
