package org.zhaokao.web.rest.audit;

import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhaokao.audit.domain.AuditFilter;
import org.zhaokao.audit.domain.AuditQueryParser;

/**
 * The auditor's filter as query parameters, shared by the list and the exports. Taken as text so a
 * malformed value gets our own 400 naming the field, not the runtime's 404.
 */
public class AuditFilterParams {

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("actor")
  String actor;

  @QueryParam("action")
  String action;

  @QueryParam("targetType")
  String targetType;

  @QueryParam("targetId")
  String targetId;

  @QueryParam("result")
  String result;

  AuditFilter read(AuditQueryParser parser) {
    return parser.filter(from, to, actor, action, targetType, targetId, result);
  }

  /** The parameters that were given, by name, for the record of an export. */
  Map<String, String> asMap() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("from", from);
    given.put("to", to);
    given.put("actor", actor);
    given.put("action", action);
    given.put("targetType", targetType);
    given.put("targetId", targetId);
    given.put("result", result);
    given.values().removeIf(v -> v == null || v.isBlank());
    given.replaceAll((k, v) -> v.length() > 100 ? v.substring(0, 100) : v);
    return given;
  }
}
