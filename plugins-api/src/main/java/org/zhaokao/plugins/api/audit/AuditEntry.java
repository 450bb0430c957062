package org.zhaokao.plugins.api.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One entry of the audit log (审计记录): who did what to which record, from where, and how it ended.
 * Build it with {@link #builder(String, AuditActor)}:
 *
 * <pre>{@code
 * audit.record(
 *     AuditEntry.builder("application.review.rejected", AuditActor.account("1024", "reviewer"))
 *         .target("application", "A-2026-000123")
 *         .client(request.getRemoteAddr(), request.getHeader("User-Agent"))
 *         .detail("reason", "学历不符合岗位要求")
 *         .detail("candidate", "张*")
 *         .build());
 * }</pre>
 *
 * <p>Details are short texts by key, kept in key order. They must not hold personal data in clear
 * text: mask it first (see {@link AuditLog}).
 *
 * @param action what was done, lower-case words joined by dots, most general first ({@code
 *     auth.login.failed}, {@code stage.plugin.registered})
 * @param actor who did it
 * @param targetType the kind of record acted on ({@code application}), or empty
 * @param targetId the id of that record, or empty
 * @param result how it ended
 * @param clientIp the client's IP address, or empty when the action did not come from a request
 * @param userAgent the client's {@code User-Agent}, cut to {@value #MAX_USER_AGENT} characters, or
 *     empty
 * @param details further facts, by key, in key order; masked
 */
public record AuditEntry(
    String action,
    AuditActor actor,
    String targetType,
    String targetId,
    AuditResult result,
    String clientIp,
    String userAgent,
    Map<String, String> details) {

  /** Longest user agent kept; longer ones are cut, since clients choose them freely. */
  public static final int MAX_USER_AGENT = 500;

  /** Most details one entry may carry. */
  public static final int MAX_DETAILS = 30;

  /** Longest detail value. */
  public static final int MAX_DETAIL_VALUE = 1000;

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
  private static final Pattern TARGET_TYPE = Pattern.compile("([a-z][a-z0-9-]*)?");
  private static final Pattern DETAIL_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,59}");

  public AuditEntry {
    Objects.requireNonNull(action, "action");
    if (action.length() > 100 || !ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException(
          "action must be dotted lower-case words like auth.login.failed (at most 100 characters),"
              + " got '"
              + action
              + "'");
    }
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(targetType, "targetType");
    if (targetType.length() > 60 || !TARGET_TYPE.matcher(targetType).matches()) {
      throw new IllegalArgumentException(
          "target type must be a lower-case word like application, got '" + targetType + "'");
    }
    Objects.requireNonNull(targetId, "targetId");
    if (targetId.length() > 100) {
      throw new IllegalArgumentException("target id must be at most 100 characters");
    }
    if (targetType.isEmpty() && !targetId.isEmpty()) {
      throw new IllegalArgumentException("a target id needs a target type");
    }
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(clientIp, "clientIp");
    if (clientIp.length() > 45 || !clientIp.matches("[0-9A-Fa-f:.]*")) {
      throw new IllegalArgumentException("client IP must be an IPv4 or IPv6 address or empty");
    }
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.length() > MAX_USER_AGENT) {
      userAgent = userAgent.substring(0, MAX_USER_AGENT);
    }
    details = Collections.unmodifiableMap(new TreeMap<>(checkDetails(details)));
  }

  /** Starts an entry for {@code action} by {@code actor}; the result is success unless set. */
  public static Builder builder(String action, AuditActor actor) {
    return new Builder(action, actor);
  }

  private static Map<String, String> checkDetails(Map<String, String> details) {
    Objects.requireNonNull(details, "details");
    if (details.size() > MAX_DETAILS) {
      throw new IllegalArgumentException("at most " + MAX_DETAILS + " details per entry");
    }
    details.forEach(
        (key, value) -> {
          if (key == null || !DETAIL_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                "detail keys are a letter then letters, digits, '_', '.' or '-' (at most 60),"
                    + " got '"
                    + key
                    + "'");
          }
          if (value == null || value.length() > MAX_DETAIL_VALUE) {
            throw new IllegalArgumentException(
                "detail '" + key + "' must be a text of at most " + MAX_DETAIL_VALUE + " chars");
          }
        });
    return details;
  }

  /** Collects the parts of an {@link AuditEntry}; {@link #build()} checks them. */
  public static final class Builder {
    private final String action;
    private final AuditActor actor;
    private String targetType = "";
    private String targetId = "";
    private AuditResult result = AuditResult.SUCCESS;
    private String clientIp = "";
    private String userAgent = "";
    private final Map<String, String> details = new TreeMap<>();

    private Builder(String action, AuditActor actor) {
      this.action = action;
      this.actor = actor;
    }

    /** The record acted on. */
    public Builder target(String type, String id) {
      this.targetType = type;
      this.targetId = id;
      return this;
    }

    public Builder result(AuditResult result) {
      this.result = result;
      return this;
    }

    /** Where the request came from; null parts are taken as unknown. */
    public Builder client(String ip, String userAgent) {
      this.clientIp = ip == null ? "" : ip;
      this.userAgent = userAgent == null ? "" : userAgent;
      return this;
    }

    /** Adds a fact; the value must already be masked if it concerns a person. */
    public Builder detail(String key, String value) {
      details.put(key, value);
      return this;
    }

    /**
     * The entry.
     *
     * @throws IllegalArgumentException naming the first part that breaks the rules above
     */
    public AuditEntry build() {
      return new AuditEntry(
          action, actor, targetType, targetId, result, clientIp, userAgent, details);
    }
  }
}
