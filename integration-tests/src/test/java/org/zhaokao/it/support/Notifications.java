package org.zhaokao.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Drives notifications the way a stage plugin does (through the notification probe's SPI calls) and
 * reads the outcome from the staff delivery log.
 */
public final class Notifications {

  /** Enough for a delivery and two quick retries on the test server's one-second back-off. */
  public static final Duration DELIVERY = Duration.ofSeconds(30);

  private Notifications() {}

  /** A fresh value, so that tests never see each other's messages. */
  public static String unique() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
  }

  /** A fresh mainland mobile number. */
  public static String mobile() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  /** A request to the probe; recipients as (account id, email, mobile), nulls for absent. */
  public static String request(
      String eventType, String key, String locale, Map<String, String> parameters, String[]... to) {
    JsonArrayBuilder recipients = Json.createArrayBuilder();
    for (String[] r : to) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      add(o, "accountId", r[0]);
      add(o, "email", r[1]);
      add(o, "mobile", r[2]);
      recipients.add(o);
    }
    JsonObjectBuilder params = Json.createObjectBuilder();
    parameters.forEach(params::add);
    JsonObjectBuilder request =
        Json.createObjectBuilder()
            .add("eventType", eventType)
            .add("key", key)
            .add("recipients", recipients)
            .add("parameters", params);
    add(request, "locale", locale);
    return request.build().toString();
  }

  /** Asks the probe to notify inside a transaction it then commits, or rolls back. */
  public static HttpResponse<String> send(String requestJson, boolean rollback) {
    return Http.post(
        "/zhaokao-notify-probe/api/notifications?rollback=" + rollback,
        "application/json",
        requestJson);
  }

  /** The delivery log filtered by {@code name=value} pairs. */
  public static List<JsonObject> deliveries(String... filters) {
    StringBuilder query = new StringBuilder("?size=500");
    for (int i = 0; i < filters.length; i += 2) {
      query
          .append('&')
          .append(filters[i])
          .append('=')
          .append(URLEncoder.encode(filters[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> response =
        Admin.get("/zhaokao/api/v1/admin/notifications/deliveries" + query);
    if (response.statusCode() != 200) {
      throw new AssertionError("delivery log: " + response.statusCode() + " " + response.body());
    }
    return Http.array(response).stream().map(JsonValue::asJsonObject).toList();
  }

  /**
   * Waits until the request under {@code key} has a delivery on {@code channel} in {@code status}.
   */
  public static JsonObject awaitDelivery(String key, String channel, String status) {
    return Eventually.await(
        channel + " delivery of " + key + " reaching " + status,
        DELIVERY,
        () -> {
          Optional<JsonObject> d =
              deliveries("idempotencyKey", key, "channel", channel).stream().findFirst();
          return d.filter(x -> x.getString("status").equals(status));
        });
  }

  private static void add(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }

  /** The candidate's in-site inbox, newest first. */
  public static List<JsonObject> inbox(Browsing candidate) {
    return Http.object(candidate.get("/zhaokao/api/v1/me/inbox"))
        .getJsonArray("messages")
        .getValuesAs(JsonObject.class);
  }

  /**
   * Waits for a message in the candidate's inbox whose subject starts so and whose body says so.
   */
  public static JsonObject inboxMessage(Browsing candidate, String subjectStart, String bodyPart) {
    return Eventually.await(
        "a message starting " + subjectStart + " saying " + bodyPart,
        DELIVERY,
        () ->
            inbox(candidate).stream()
                .filter(m -> m.getString("subject").startsWith(subjectStart))
                .filter(m -> m.getString("body").contains(bodyPart))
                .findFirst());
  }

  /** Waits for a message in the candidate's inbox whose subject starts so. */
  public static JsonObject inboxMessage(Browsing candidate, String subjectStart) {
    return Eventually.await(
        "a message starting " + subjectStart,
        DELIVERY,
        () ->
            inbox(candidate).stream()
                .filter(m -> m.getString("subject").startsWith(subjectStart))
                .findFirst());
  }
}
