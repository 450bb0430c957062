package org.zhaokao.audit.infrastructure;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.audit.domain.AuditFilter;

/** An {@link AuditFilter} as a SQL condition with its parameters. */
final class FilterSql {

  private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
  private final List<Object> params = new ArrayList<>();

  FilterSql(AuditFilter f) {
    if (f.from() != null) {
      add(" AND occurred_at >= ?", f.from());
    }
    if (f.to() != null) {
      add(" AND occurred_at < ?", f.to());
    }
    if (f.actorId() != null) {
      add(" AND actor_id = ?", f.actorId());
    }
    if (f.action() != null) {
      if (f.actionIsPrefix()) {
        add(" AND action LIKE ? ESCAPE '!'", escapeLike(f.actionPrefix()) + "%");
      } else {
        add(" AND action = ?", f.action());
      }
    }
    if (f.targetType() != null) {
      add(" AND target_type = ?", f.targetType());
    }
    if (f.targetId() != null) {
      add(" AND target_id = ?", f.targetId());
    }
    if (f.result() != null) {
      add(" AND result = ?", f.result().name());
    }
  }

  /** Adds a further condition and its parameters. */
  FilterSql and(String condition, Object... values) {
    where.append(" AND ").append(condition);
    params.addAll(List.of(values));
    return this;
  }

  String where() {
    return where.toString();
  }

  /** Binds the parameters from index 1; returns the next free index. */
  int bind(PreparedStatement ps) throws SQLException {
    int i = 1;
    for (Object p : params) {
      if (p instanceof java.time.Instant at) {
        AuditRows.setInstant(ps, i++, at);
      } else {
        ps.setObject(i++, p);
      }
    }
    return i;
  }

  private void add(String condition, Object value) {
    where.append(condition);
    params.add(value);
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
