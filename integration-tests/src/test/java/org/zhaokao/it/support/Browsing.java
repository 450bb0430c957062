package org.zhaokao.it.support;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * One client with its own cookies, like one browser: log in, then call the API with the session
 * cookie and the CSRF token the login returned.
 */
public final class Browsing {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String csrf;

  /**
   * The password step; returns the response (200 with the session, 202 asking staff for the second
   * factor, or the problem).
   */
  public HttpResponse<String> login(String loginId, String password) {
    HttpResponse<String> response =
        post("/zhaokao/api/v1/auth/login", Json.object("loginId", loginId, "password", password));
    remember(response);
    return response;
  }

  /** The second step of a staff login. */
  public HttpResponse<String> secondFactor(String code) {
    HttpResponse<String> response =
        post("/zhaokao/api/v1/auth/second-factor", Json.object("code", code));
    remember(response);
    return response;
  }

  private void remember(HttpResponse<String> response) {
    if (response.statusCode() == 200) {
      csrf = Http.object(response).getString("csrfToken");
    }
  }

  /** Logs a candidate in and fails the test if that does not work. */
  public static Browsing as(String loginId, String password) {
    Browsing b = new Browsing();
    HttpResponse<String> r = b.login(loginId, password);
    if (r.statusCode() != 200) {
      throw new AssertionError(
          "login of " + loginId + " failed: " + r.statusCode() + " " + r.body());
    }
    return b;
  }

  /** Logs the demo administrator in, password and authenticator code. */
  public static Browsing asAdmin() {
    return asStaff(People.ADMIN, People.ADMIN_PASSWORD, Authenticator.DEMO_ADMIN_KEY);
  }

  /** Logs in a staff member whose authenticator key the test knows. */
  public static Browsing asStaff(String username, String password, String base32Key) {
    Browsing b = new Browsing();
    HttpResponse<String> first = b.login(username, password);
    if (first.statusCode() != 202) {
      throw new AssertionError(
          username + " password step: " + first.statusCode() + " " + first.body());
    }
    HttpResponse<String> second = b.secondFactor(Authenticator.nextCode(base32Key));
    if (second.statusCode() != 200) {
      throw new AssertionError(
          username + " second factor: " + second.statusCode() + " " + second.body());
    }
    return b;
  }

  public HttpResponse<String> get(String path) {
    return Http.send(client, HttpRequest.newBuilder(URI.create(Http.base() + path)).GET());
  }

  public HttpResponse<String> get(String path, String header, String value) {
    return Http.send(
        client, HttpRequest.newBuilder(URI.create(Http.base() + path)).header(header, value).GET());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(Http.base() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** POSTs JSON with the CSRF token, once logged in. */
  public HttpResponse<String> post(String path, String json) {
    return postWith(path, json, csrf);
  }

  /** PUTs JSON with the CSRF token. */
  public HttpResponse<String> put(String path, String json) {
    return Http.send(
        client,
        HttpRequest.newBuilder(URI.create(Http.base() + path))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", csrf == null ? "" : csrf)
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** POSTs JSON with the given token (null for none). */
  public HttpResponse<String> postWith(String path, String json, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Http.base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("X-CSRF-Token", token);
    }
    return Http.send(client, request);
  }

  /**
   * Sends any method with a JSON body (or none, when {@code json} is null), the CSRF token and
   * extra headers given as name, value, name, value...
   */
  public HttpResponse<String> send(String method, String path, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Http.base() + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return Http.send(client, request);
  }

  /** POSTs raw bytes of the given media type with the CSRF token (an upload through the API). */
  public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Http.base() + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return Http.send(client, request);
  }

  public String csrf() {
    return csrf;
  }

  /** The current value of the session cookie, if any. */
  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("ZKSESSION"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  public JsonObject me() {
    return Http.object(get("/zhaokao/api/v1/me"));
  }
}
