package org.zhaokao.platform.schema;

import java.util.Objects;

/**
 * One independently migrated set of tables: a Flyway history table and the class-path folder of its
 * scripts, read through the class loader of the module that owns them.
 *
 * @param owner who owns the tables, for logs ({@code core/pipeline}, {@code stage interview})
 * @param historyTable Flyway's history table ({@code core_pipeline_schema_history})
 * @param location class-path folder of the scripts ({@code db/core/pipeline})
 * @param classLoader the loader that sees the scripts
 */
public record SchemaSpec(
    String owner, String historyTable, String location, ClassLoader classLoader) {

  public SchemaSpec {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(historyTable, "historyTable");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(classLoader, "classLoader");
  }

  /**
   * The schema of a core module: tables {@code core_*}, history {@code
   * core_<module>_schema_history}.
   */
  public static SchemaSpec coreModule(String module, Class<?> anyClassOfTheModule) {
    return new SchemaSpec(
        "core/" + module,
        "core_" + module + "_schema_history",
        "db/core/" + module,
        anyClassOfTheModule.getClassLoader());
  }
}
