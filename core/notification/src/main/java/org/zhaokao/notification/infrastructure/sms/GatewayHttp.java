package org.zhaokao.notification.infrastructure.sms;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import org.zhaokao.notification.application.delivery.SendOutcome;

/**
 * The HTTP exchange with an SMS provider and the reading of its status: 2xx is handed to the
 * provider's own check, 408, 429 and 5xx are worth a retry, other 4xx are refusals. Error texts
 * carry the provider's status and the start of its answer, never the request (it holds secrets).
 */
final class GatewayHttp {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final int EXCERPT = 300;

  private GatewayHttp() {}

  /**
   * Sends {@code request}; a 2xx answer's body goes to {@code onSuccess} to decide.
   *
   * @param provider the provider's name for error texts
   */
  static SendOutcome exchange(
      String provider, HttpRequest.Builder request, Function<String, SendOutcome> onSuccess) {
    HttpResponse<String> response;
    try {
      response =
          CLIENT.send(
              request.timeout(TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return SendOutcome.retry(provider + " unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendOutcome.retry(provider + ": interrupted");
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return onSuccess.apply(response.body());
    }
    String detail = provider + " answered HTTP " + status + ": " + excerpt(response.body());
    boolean transientError = status == 408 || status == 429 || status >= 500;
    return transientError ? SendOutcome.retry(detail) : SendOutcome.permanent(detail);
  }

  static String excerpt(String body) {
    String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
  }
}
