package org.zhaokao.audit.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.zhaokao.audit.domain.InvalidAuditQueryException.FieldError;
import org.zhaokao.plugins.api.audit.AuditResult;

/**
 * Reads an auditor's query from text (REST parameters, screen fields) and collects every problem
 * before refusing, so one answer names every bad field. Call the readers, then {@link #check()}.
 */
public final class AuditQueryParser {

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9.-]{0,99}\\*?|\\*");
  private static final int MAX_TEXT = 100;

  private final List<FieldError> errors = new ArrayList<>();

  /** The filter from its parameters; blank means "no condition". */
  public AuditFilter filter(
      String from,
      String to,
      String actor,
      String action,
      String targetType,
      String targetId,
      String result) {
    Instant start = time("from", from);
    Instant end = time("to", to);
    if (start != null && end != null && !start.isBefore(end)) {
      errors.add(new FieldError("to", "BEFORE_FROM", "'to' must be later than 'from'"));
    }
    String act = text("action", action);
    if (act != null && !ACTION.matcher(act).matches()) {
      errors.add(
          new FieldError(
              "action",
              "MALFORMED",
              "an action is dotted lower-case words (auth.login.failed), optionally ending in *"));
    }
    return new AuditFilter(
        start,
        end,
        text("actor", actor),
        "*".equals(act) ? null : act,
        text("targetType", targetType),
        text("targetId", targetId),
        result("result", result));
  }

  /** A whole number in [min, max], or {@code fallback} when blank. */
  public int integer(String field, String value, int fallback, int min, int max) {
    if (blank(value)) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, as for a number out of range
    }
    errors.add(
        new FieldError(
            field, "OUT_OF_RANGE", field + " must be a whole number from " + min + " to " + max));
    return fallback;
  }

  /**
   * Refuses the query if anything was wrong.
   *
   * @throws InvalidAuditQueryException naming every refused field
   */
  public void check() {
    if (!errors.isEmpty()) {
      throw new InvalidAuditQueryException(errors);
    }
  }

  private Instant time(String field, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              field,
              "NOT_A_TIME",
              field + " must be an ISO-8601 time with offset, like 2026-03-01T00:00:00+08:00"));
      return null;
    }
  }

  private String text(String field, String value) {
    if (blank(value)) {
      return null;
    }
    String t = value.trim();
    if (t.length() > MAX_TEXT) {
      errors.add(
          new FieldError(
              field, "TOO_LONG", field + " must be at most " + MAX_TEXT + " characters"));
      return null;
    }
    return t;
  }

  private AuditResult result(String field, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return AuditResult.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(field, "NOT_AN_OPTION", field + " must be SUCCESS, DENIED or FAILED"));
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
