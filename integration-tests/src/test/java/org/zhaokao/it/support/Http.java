package org.zhaokao.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A plain HTTP client for the tests, talking to the test server like any outside client would. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  /** {@code http://127.0.0.1:8180} by default (the test server's port offset). */
  public static String base() {
    return System.getProperty("zhaokao.it.base", "http://127.0.0.1:8180");
  }

  public static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
  }

  public static HttpResponse<String> get(String path, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).header(header, value).GET());
  }

  public static HttpResponse<byte[]> getBytes(String path) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** POSTs JSON without any session. */
  public static HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  public static HttpResponse<String> put(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  public static JsonObject object(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  public static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  /** The row of a JSON array of objects whose {@code id} is {@code id}; fails if none is. */
  public static JsonObject withId(JsonArray rows, long id) {
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with id " + id + " in " + rows));
  }

  /** The entry of {@code GET /zhaokao/api/v1/stages} with that id, if listed. */
  public static Optional<JsonObject> stage(String id) {
    return array(get("/zhaokao/api/v1/stages")).stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("id").equals(id))
        .findFirst();
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    return send(CLIENT, request);
  }

  static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
