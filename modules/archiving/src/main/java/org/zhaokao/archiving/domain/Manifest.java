package org.zhaokao.archiving.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The manifest of an archive package (档案清单, {@code manifest.json}): the recruitment, who built the
 * package and when, and every other file in it with its size and SHA-256. Its own SHA-256 is the
 * seal recorded when the package is built.
 *
 * @param recruitmentId the recruitment archived
 * @param recruitmentTitle its title
 * @param employerId its employer
 * @param builtBy the archivist's account
 * @param builtByName the archivist's display name
 * @param builtAt when the package was built
 * @param files every file of the package except the manifest, in package order
 */
public record Manifest(
    long recruitmentId,
    String recruitmentTitle,
    long employerId,
    long builtBy,
    String builtByName,
    OffsetDateTime builtAt,
    List<Entry> files) {

  /** The name of the manifest inside the package. */
  public static final String FILE = "manifest.json";

  /** The manifest format this code writes and reads. */
  public static final String FORMAT = "zhaokao-archive/1";

  public Manifest {
    Objects.requireNonNull(recruitmentTitle);
    Objects.requireNonNull(builtByName);
    Objects.requireNonNull(builtAt);
    files = List.copyOf(files);
  }

  /**
   * One file of the package.
   *
   * @param path its path inside the ZIP
   * @param size its length in bytes
   * @param sha256 its SHA-256, lower-case hex
   */
  public record Entry(String path, long size, String sha256) {

    /** The entry describing these bytes. */
    public static Entry of(String path, byte[] bytes) {
      return new Entry(path, bytes.length, Sha256.hex(bytes));
    }
  }

  /**
   * What is recorded when a package is sealed.
   *
   * @param fileCount files listed in the manifest
   * @param packageSize the ZIP's length
   * @param manifestSha256 the manifest's SHA-256: the seal
   * @param packageSha256 the ZIP's SHA-256, to check a download byte for byte
   */
  public record Sealed(
      int fileCount, long packageSize, String manifestSha256, String packageSha256) {}

  /** A manifest listing {@code files} (path → bytes) in their order. */
  public static Manifest describing(
      long recruitmentId,
      String title,
      long employerId,
      long builtBy,
      String builtByName,
      OffsetDateTime builtAt,
      Map<String, byte[]> files) {
    List<Entry> entries = new ArrayList<>();
    files.forEach((path, bytes) -> entries.add(Entry.of(path, bytes)));
    return new Manifest(recruitmentId, title, employerId, builtBy, builtByName, builtAt, entries);
  }

  /** The manifest as pretty-printed UTF-8 JSON. */
  public byte[] toJson() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Entry e : files) {
      list.add(
          Json.createObjectBuilder()
              .add("path", e.path())
              .add("size", e.size())
              .add("sha256", e.sha256()));
    }
    JsonObject json =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add(
                "recruitment",
                Json.createObjectBuilder()
                    .add("id", recruitmentId)
                    .add("title", recruitmentTitle)
                    .add("employerId", employerId))
            .add(
                "builtBy",
                Json.createObjectBuilder().add("accountId", builtBy).add("name", builtByName))
            .add("builtAt", builtAt.toString())
            .add("hashAlgorithm", "SHA-256")
            .add("files", list)
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonWriterFactory factory =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    try (JsonWriter w = factory.createWriter(out, StandardCharsets.UTF_8)) {
      w.write(json);
    }
    return out.toByteArray();
  }

  /** Reads a manifest, or empty when the bytes are not one this code wrote. */
  public static Optional<Manifest> parse(byte[] json) {
    try (JsonReader r = Json.createReader(new ByteArrayInputStream(json))) {
      JsonObject o = r.readObject();
      if (!FORMAT.equals(o.getString("format", ""))) {
        return Optional.empty();
      }
      JsonObject rec = o.getJsonObject("recruitment");
      JsonObject by = o.getJsonObject("builtBy");
      List<Entry> entries = new ArrayList<>();
      for (JsonValue v : o.getJsonArray("files")) {
        JsonObject f = v.asJsonObject();
        entries.add(
            new Entry(
                f.getString("path"), f.getJsonNumber("size").longValue(), f.getString("sha256")));
      }
      return Optional.of(
          new Manifest(
              rec.getJsonNumber("id").longValue(),
              rec.getString("title"),
              rec.getJsonNumber("employerId").longValue(),
              by.getJsonNumber("accountId").longValue(),
              by.getString("name"),
              OffsetDateTime.parse(o.getString("builtAt")),
              entries));
    } catch (JsonException | ClassCastException | NullPointerException | DateTimeException e) {
      return Optional.empty();
    }
  }
}
