package org.zhaokao.notification.application;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.zhaokao.notification.domain.delivery.RetryPolicy;
import org.zhaokao.notification.domain.retention.RetentionPeriod;
import org.zhaokao.notification.domain.template.SmsLength;
import org.zhaokao.plugins.api.NotificationChannel;

/**
 * The notification settings of this server: system properties {@code zhaokao.notification.*}
 * (settable with the WildFly CLI and read at every use, so a change needs no restart), secrets also
 * from the environment. Values are never logged.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><td>{@code retry.firstDelay}, {@code retry.maxDelay}</td><td>ISO-8601 durations, PT30S and
 *       PT1H</td></tr>
 *   <tr><td>{@code retry.maxAttempts}</td><td>attempts before dead-lettering, 6</td></tr>
 *   <tr><td>{@code sms.maxParts}</td><td>SMS parts a template may fill, 2</td></tr>
 *   <tr><td>{@code rate.sms.perHour}, {@code rate.email.perHour}</td><td>sends to one recipient
 *       per hour, 10 and 30</td></tr>
 *   <tr><td>{@code worker.paused}</td><td>true holds outgoing deliveries back, false</td></tr>
 *   <tr><td>{@code retention.days}</td><td>days the delivery log keeps finished deliveries,
 *       180</td></tr>
 *   <tr><td>{@code sms.provider}</td><td>{@code aliyun} or {@code http}; see the gateways</td></tr>
 * </table>
 */
public final class NotificationSettings {

  /** Prefix of every setting. */
  public static final String PREFIX = "zhaokao.notification.";

  private static final Logger LOG = Logger.getLogger(NotificationSettings.class.getName());

  private NotificationSettings() {}

  public static RetryPolicy retryPolicy() {
    Duration first = duration("retry.firstDelay", Duration.ofSeconds(30));
    Duration max = duration("retry.maxDelay", Duration.ofHours(1));
    return new RetryPolicy(
        first,
        max.compareTo(first) < 0 ? first : max,
        Math.max(1, integer("retry.maxAttempts", 6)));
  }

  public static SmsLength smsLength() {
    return new SmsLength(Math.max(1, Math.min(10, integer("sms.maxParts", 2))));
  }

  /** How long finished deliveries are kept; a negative setting is ignored with a warning. */
  public static RetentionPeriod retention() {
    int days = integer("retention.days", RetentionPeriod.DEFAULT_DAYS);
    if (days < 0) {
      LOG.warning(
          () -> PREFIX + "retention.days is negative; using " + RetentionPeriod.DEFAULT_DAYS);
      return new RetentionPeriod(RetentionPeriod.DEFAULT_DAYS);
    }
    return new RetentionPeriod(days);
  }

  /** Whether an operator paused outgoing deliveries ({@code worker.paused=true}). */
  public static boolean paused() {
    return text("worker.paused").map(Boolean::parseBoolean).orElse(false);
  }

  /** Sends per hour to one recipient on {@code channel}; the inbox is not limited. */
  public static int perHour(NotificationChannel channel) {
    return switch (channel) {
      case SMS -> integer("rate.sms.perHour", 10);
      case EMAIL -> integer("rate.email.perHour", 30);
      case INBOX -> Integer.MAX_VALUE;
    };
  }

  /** A setting, if set and not blank. */
  public static Optional<String> text(String name) {
    return Optional.ofNullable(System.getProperty(PREFIX + name))
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }

  /** A secret: the setting, or else the environment variable {@code env}. */
  public static Optional<String> secret(String name, String env) {
    return text(name).or(() -> Optional.ofNullable(System.getenv(env)).filter(v -> !v.isBlank()));
  }

  /** Every setting under {@code PREFIX + group + "."}, by the rest of its name. */
  public static Map<String, String> group(String group) {
    String prefix = PREFIX + group + ".";
    Map<String, String> values = new TreeMap<>();
    System.getProperties()
        .forEach(
            (k, v) -> {
              if (k.toString().startsWith(prefix)) {
                values.put(k.toString().substring(prefix.length()), v.toString());
              }
            });
    return values;
  }

  static int integer(String name, int fallback) {
    return text(name)
        .map(
            v -> {
              try {
                return Integer.parseInt(v);
              } catch (NumberFormatException e) {
                LOG.warning(() -> PREFIX + name + " is not a whole number; using " + fallback);
                return fallback;
              }
            })
        .orElse(fallback);
  }

  static Duration duration(String name, Duration fallback) {
    return text(name)
        .map(
            v -> {
              try {
                Duration d = Duration.parse(v);
                return d.isNegative() || d.isZero() ? fallback : d;
              } catch (DateTimeParseException e) {
                LOG.warning(
                    () -> PREFIX + name + " is not a duration like PT30S; using " + fallback);
                return fallback;
              }
            })
        .orElse(fallback);
  }
}
