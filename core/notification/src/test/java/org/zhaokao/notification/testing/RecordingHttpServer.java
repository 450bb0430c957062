package org.zhaokao.notification.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a free loopback port, standing in for an SMS provider in tests: it records
 * every request and answers with the responses queued for it (200 with {@code defaultBody} once the
 * queue is empty).
 */
public final class RecordingHttpServer implements AutoCloseable {

  /** One request as the server received it. */
  public record Received(
      String method, String path, Map<String, List<String>> headers, String body) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** The body read as {@code application/x-www-form-urlencoded}. */
    public Map<String, String> form() {
      Map<String, String> values = new LinkedHashMap<>();
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        values.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
      return values;
    }
  }

  private record Answer(int status, String body) {}

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final Deque<Answer> answers = new ArrayDeque<>();
  private volatile String defaultBody;

  public RecordingHttpServer(String defaultBody) throws IOException {
    this.defaultBody = defaultBody;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:<port>} */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers the next request with {@code status} and {@code body}. */
  public synchronized void answerNext(int status, String body) {
    answers.add(new Answer(status, body));
  }

  public void defaultBody(String body) {
    this.defaultBody = body;
  }

  /**
   * The next request received, waiting up to {@code timeout}.
   *
   * @throws AssertionError if none arrives in time
   */
  public Received next(Duration timeout) throws InterruptedException {
    Received r = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (r == null) {
      throw new AssertionError("no request reached the test server within " + timeout);
    }
    return r;
  }

  /** Requests received and not yet taken. */
  public List<Received> drain() {
    List<Received> all = new ArrayList<>();
    received.drainTo(all);
    return all;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    Answer answer;
    synchronized (this) {
      answer = answers.isEmpty() ? new Answer(200, defaultBody) : answers.poll();
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
