package org.zhaokao.plugins.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a stage plugin is: the manifest the core reads before it loads anything else of the plugin.
 *
 * @param id stable identifier, lower-case letters, digits and hyphens ({@code written-exam});
 *     permissions are named {@code stage:<id>:<action>}
 * @param version the plugin's own version, free text ({@code 1.4.2})
 * @param spiVersion the SPI version the plugin was built against; see {@link SpiVersion#CURRENT}
 * @param nameKey message key of the display name, resolved through {@link StagePlugin#messages}
 * @param descriptionKey message key of a one-line description
 * @param dependsOn ids of stages that must come earlier in a recruitment's chain (an interview that
 *     ranks by the written score depends on {@code written-exam})
 * @param hotRedeploy whether the plugin may be redeployed while recruitments use it; the core keeps
 *     its state, and shows the stage as unavailable while the plugin is away
 * @param contextPath the web context of the plugin's WAR, where its screens live ({@code
 *     /zhaokao-<id>})
 * @param schema the tables the plugin owns, if any
 */
public record StageDescriptor(
    String id,
    String version,
    SpiVersion spiVersion,
    String nameKey,
    String descriptionKey,
    List<String> dependsOn,
    boolean hotRedeploy,
    String contextPath,
    Optional<StageSchema> schema) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_ID_LENGTH = 40;

  public StageDescriptor {
    requireId(id, "stage id");
    requireText(version, "version");
    Objects.requireNonNull(spiVersion, "spiVersion");
    requireText(nameKey, "nameKey");
    requireText(descriptionKey, "descriptionKey");
    dependsOn = List.copyOf(dependsOn);
    dependsOn.forEach(d -> requireId(d, "depends-on id"));
    if (dependsOn.contains(id)) {
      throw new IllegalArgumentException("stage " + id + " cannot depend on itself");
    }
    requireText(contextPath, "contextPath");
    if (!contextPath.matches("/[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException(
          "context path must look like /zhaokao-" + id + ", got '" + contextPath + "'");
    }
    Objects.requireNonNull(schema, "schema");
  }

  /**
   * Starts a descriptor.
   *
   * @param id the stage id
   * @param version the plugin's version
   * @param builtForSpi pass {@link SpiVersion#CURRENT}
   */
  public static Builder builder(String id, String version, String builtForSpi) {
    return new Builder(id, version, SpiVersion.parse(builtForSpi));
  }

  static void requireId(String value, String what) {
    requireText(value, what);
    if (value.length() > MAX_ID_LENGTH || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what
              + " must be lower-case letters, digits and single hyphens, at most "
              + MAX_ID_LENGTH
              + " characters, starting with a letter; got '"
              + value
              + "'");
    }
  }

  static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
  }

  /**
   * Builds a {@link StageDescriptor}; defaults: no dependencies, hot redeploy allowed, context
   * {@code /zhaokao-<id>}.
   */
  public static final class Builder {
    private final String id;
    private final String version;
    private final SpiVersion spiVersion;
    private String nameKey;
    private String descriptionKey;
    private final List<String> dependsOn = new ArrayList<>();
    private boolean hotRedeploy = true;
    private String contextPath;
    private StageSchema schema;

    private Builder(String id, String version, SpiVersion spiVersion) {
      this.id = id;
      this.version = version;
      this.spiVersion = spiVersion;
      this.nameKey = "stage." + id + ".name";
      this.descriptionKey = "stage." + id + ".description";
      this.contextPath = "/zhaokao-" + id;
    }

    /** Message key of the display name; default {@code stage.<id>.name}. */
    public Builder nameKey(String key) {
      this.nameKey = key;
      return this;
    }

    /** Message key of the description; default {@code stage.<id>.description}. */
    public Builder descriptionKey(String key) {
      this.descriptionKey = key;
      return this;
    }

    /** Stages that must precede this one in a recruitment's chain. */
    public Builder dependsOn(String... stageIds) {
      dependsOn.addAll(List.of(stageIds));
      return this;
    }

    public Builder hotRedeploy(boolean allowed) {
      this.hotRedeploy = allowed;
      return this;
    }

    public Builder contextPath(String path) {
      this.contextPath = path;
      return this;
    }

    /** Declares the plugin's tables: see {@link StageSchema}. */
    public Builder schema(String tablePrefix, String location) {
      this.schema = new StageSchema(tablePrefix, location);
      return this;
    }

    /**
     * @throws IllegalArgumentException if a part is missing or malformed, or a dependency is listed
     *     twice
     */
    public StageDescriptor build() {
      if (new LinkedHashSet<>(dependsOn).size() != dependsOn.size()) {
        throw new IllegalArgumentException(
            "stage " + id + " lists a dependency twice: " + dependsOn);
      }
      return new StageDescriptor(
          id,
          version,
          spiVersion,
          nameKey,
          descriptionKey,
          dependsOn,
          hotRedeploy,
          contextPath,
          Optional.ofNullable(schema));
    }
  }
}
