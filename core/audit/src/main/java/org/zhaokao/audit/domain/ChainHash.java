package org.zhaokao.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of a chained row: SHA-256 over the row's canonical form, which ends with the previous
 * row's hash, so each row vouches for every row before it.
 *
 * <p>The canonical form is a version tag, then every column in a fixed order, each written as its
 * length in UTF-8 bytes, a colon and the bytes. Length prefixes mean no choice of texts can make
 * two different rows encode alike (a separator could be smuggled into a user agent). The time is
 * written in UTC with exactly six fraction digits, the precision both databases keep, so a row read
 * back hashes as it did when it was linked.
 */
public final class ChainHash {

  /** Tag of this canonical form; a future form gets a new tag and a new chain segment. */
  public static final String VERSION = "zhaokao-audit-v1";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private ChainHash() {}

  /** The hash the row should carry, from its content, position and previous hash. */
  public static String of(AuditRecord row) {
    if (row.position() == null || row.prevHash() == null || row.id() == null) {
      throw new IllegalArgumentException("only a row with id, position and previous hash hashes");
    }
    return HexFormat.of().formatHex(sha256(canonical(row)));
  }

  /** The bytes that are hashed. */
  public static byte[] canonical(AuditRecord row) {
    StringBuilder out = new StringBuilder(256 + row.details().length());
    field(out, VERSION);
    field(out, Long.toString(row.position()));
    field(out, Long.toString(row.id()));
    field(out, TIME.format(row.occurredAt()));
    field(out, row.actorId());
    field(out, row.actorRole());
    field(out, row.action());
    field(out, row.targetType());
    field(out, row.targetId());
    field(out, row.result().name());
    field(out, row.clientIp());
    field(out, row.userAgent());
    field(out, row.details());
    field(out, row.prevHash());
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A value for the chain's genesis: the hash of a text that names this installation's start. */
  public static String genesis(String seed) {
    return HexFormat.of()
        .formatHex(sha256(("zhaokao-audit-genesis:" + seed).getBytes(StandardCharsets.UTF_8)));
  }

  private static void field(StringBuilder out, String value) {
    out.append(value.getBytes(StandardCharsets.UTF_8).length)
        .append(':')
        .append(value)
        .append('\n');
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
