package org.zhaokao.plugins.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tables a plugin owns, migrated by the core with Flyway before the plugin is initialised.
 *
 * <p>All tables of the plugin carry {@link #tablePrefix()} (for example {@code iv_} for the
 * interview stage); the migration history lives in {@code <prefix>schema_history}. Scripts are
 * found under {@link #location()} on the plugin's own class path, named as Flyway expects ({@code
 * V1__create_tables.sql}). SQL must run on H2 in PostgreSQL mode and on PostgreSQL.
 *
 * @param tablePrefix lower-case letters followed by an underscore, 2 to 8 letters; {@code core_} is
 *     reserved
 * @param location class-path folder of the scripts, for example {@code db/interview}
 */
public record StageSchema(String tablePrefix, String location) {

  private static final Pattern PREFIX = Pattern.compile("[a-z]{2,8}_");
  private static final Pattern LOCATION = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*");

  public StageSchema {
    Objects.requireNonNull(tablePrefix, "tablePrefix");
    Objects.requireNonNull(location, "location");
    if (!PREFIX.matcher(tablePrefix).matches()) {
      throw new IllegalArgumentException(
          "table prefix must be 2 to 8 lower-case letters and an underscore, got '"
              + tablePrefix
              + "'");
    }
    if (tablePrefix.equals("core_")) {
      throw new IllegalArgumentException("table prefix core_ is reserved for the core");
    }
    if (!LOCATION.matcher(location).matches()) {
      throw new IllegalArgumentException(
          "schema location must be a relative class-path folder like db/interview, got '"
              + location
              + "'");
    }
  }

  /** Name of the Flyway history table of this schema. */
  public String historyTable() {
    return tablePrefix + "schema_history";
  }
}
