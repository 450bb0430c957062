package org.zhaokao.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.zhaokao.notification.testing.RecordingHttpServer;

/**
 * An SMS provider played by an HTTP server in the test JVM, as a JUnit extension
 * ({@code @RegisterExtension static final SmsProvider SMS = new SmsProvider();} after the
 * Arquillian extension, so the server is up): the server sends its SMS there while the test class
 * runs, and a test reads the codes the messages carry.
 */
public final class SmsProvider implements BeforeAllCallback, AfterAllCallback {

  private static final String SMS = "zhaokao.notification.sms.";
  private static final String[] SETTINGS = {"provider", "http.url", "http.body"};
  private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

  private RecordingHttpServer server;
  private ServerAdmin settings;

  /** Starts the provider and points the server's SMS channel at it. */
  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    server = new RecordingHttpServer("{\"ok\":true}");
    settings = ServerAdmin.connect();
    settings.set(SMS + "provider", "http");
    settings.set(SMS + "http.url", server.base() + "/sms");
    // $$ is WildFly's escape for a literal $.
    settings.set(SMS + "http.body", "{\"phone\":\"$${mobile}\",\"message\":\"$${text}\"}");
  }

  /** The server's settings, for a test that changes others while the provider runs. */
  public ServerAdmin settings() {
    return settings;
  }

  /** Forgets the messages received so far. */
  public void drain() {
    server.drain();
  }

  /**
   * The six-digit code of the first message to {@code mobile} that contains {@code marker},
   * skipping messages to others; waits up to 30 seconds for each.
   */
  public String codeSentTo(String mobile, String marker) throws InterruptedException {
    for (int i = 0; i < 20; i++) {
      RecordingHttpServer.Received r = server.next(Duration.ofSeconds(30));
      if (r.body().contains("\"phone\":\"" + mobile + "\"") && r.body().contains(marker)) {
        Matcher m = CODE.matcher(r.body().replace(mobile, ""));
        assertTrue(m.find(), r.body());
        return m.group();
      }
    }
    throw new AssertionError("No SMS with " + marker + " reached " + mobile);
  }

  /** Removes the settings and stops the provider. */
  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    for (String name : SETTINGS) {
      settings.remove(SMS + name);
    }
    settings.close();
    server.close();
  }
}
