package org.zhaokao.web.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.zhaokao.audit.domain.AuditRecord;

/** The columns of an export, in order: header message key and the cell's text. */
final class AuditColumns {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private record Column(String key, Function<AuditRecord, String> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("audit.col.time", r -> UTC.format(r.occurredAt())),
          new Column("audit.col.id", r -> Long.toString(r.id())),
          new Column("audit.col.position", r -> Objects.toString(r.position(), "")),
          new Column("audit.col.actor", AuditRecord::actorId),
          new Column("audit.col.role", AuditRecord::actorRole),
          new Column("audit.col.action", AuditRecord::action),
          new Column("audit.col.targetType", AuditRecord::targetType),
          new Column("audit.col.targetId", AuditRecord::targetId),
          new Column("audit.col.result", r -> r.result().name()),
          new Column("audit.col.ip", AuditRecord::clientIp),
          new Column("audit.col.userAgent", AuditRecord::userAgent),
          new Column("audit.col.details", AuditRecord::details),
          new Column("audit.col.hash", r -> Objects.toString(r.hash(), "")));

  private AuditColumns() {}

  static List<String> headers(ResourceBundle messages) {
    return COLUMNS.stream().map(c -> messages.getString(c.key())).toList();
  }

  static List<String> cells(AuditRecord row) {
    return COLUMNS.stream().map(c -> c.value().apply(row)).toList();
  }
}
