package org.zhaokao.web.rest.audit;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhaokao.audit.domain.AuditRecord;

/**
 * One audit row as {@code GET /api/v1/admin/audit/events} shows it.
 *
 * @param id row id
 * @param position place in the hash chain, null while not linked yet (a second or so)
 * @param occurredAt when the core recorded it, UTC
 * @param actorId account id, {@code system} or {@code anonymous}
 * @param actorRole role the actor acted in
 * @param action dotted action name
 * @param targetType kind of record acted on, or empty
 * @param targetId its id, or empty
 * @param result SUCCESS, DENIED or FAILED
 * @param clientIp client address, or empty
 * @param userAgent client user agent, or empty
 * @param details further facts (masked)
 * @param prevHash hash the row links to, null while not linked
 * @param hash the row's hash, null while not linked
 */
public record AuditEventDto(
    long id,
    Long position,
    OffsetDateTime occurredAt,
    String actorId,
    String actorRole,
    String action,
    String targetType,
    String targetId,
    String result,
    String clientIp,
    String userAgent,
    Map<String, String> details,
    String prevHash,
    String hash) {

  public static AuditEventDto of(AuditRecord r) {
    return new AuditEventDto(
        r.id(),
        r.position(),
        OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC),
        r.actorId(),
        r.actorRole(),
        r.action(),
        r.targetType(),
        r.targetId(),
        r.result().name(),
        r.clientIp(),
        r.userAgent(),
        details(r.details()),
        r.prevHash(),
        r.hash());
  }

  /** The stored details text as a map; every value is a string by construction. */
  public static Map<String, String> details(String json) {
    Map<String, String> map = new LinkedHashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      reader.readObject().forEach((k, v) -> map.put(k, ((JsonString) v).getString()));
    }
    return map;
  }
}
