package org.zhaokao.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhaokao.plugins.api.audit.AuditResult;

/** Builds chains of rows for the tests, linked exactly as the keeper links them. */
final class Rows {

  static final String GENESIS = ChainHash.genesis("test");
  static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456Z");

  private Rows() {}

  static AuditRecord unlinked(long id, String action) {
    return new AuditRecord(
        id,
        null,
        T0.plusSeconds(id),
        "1024",
        "reviewer",
        action,
        "application",
        "A-" + id,
        AuditResult.SUCCESS,
        "203.0.113.7",
        "Mozilla/5.0",
        DetailsJson.encode(Map.of("candidate", "张*", "n", Long.toString(id))),
        null,
        null);
  }

  /** {@code n} rows linked after the genesis value, ids 101.. and positions 1.. */
  static List<AuditRecord> chain(int n) {
    List<AuditRecord> rows = new ArrayList<>();
    String previous = GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditRecord row = unlinked(100 + i, "application.review.approved").linkedAt(i, previous);
      rows.add(row);
      previous = row.hash();
    }
    return rows;
  }

  static ChainState stateOf(List<AuditRecord> rows) {
    AuditRecord last = rows.get(rows.size() - 1);
    return new ChainState(GENESIS, T0, 0, GENESIS, last.position(), last.hash());
  }

  static AuditRecord withDetails(AuditRecord r, String details) {
    return r.with(r.position(), details, r.prevHash(), r.hash());
  }

  static AuditRecord withHash(AuditRecord r, String hash) {
    return r.with(r.position(), r.details(), r.prevHash(), hash);
  }

  static AuditRecord atPosition(AuditRecord r, long position) {
    return r.with(position, r.details(), r.prevHash(), r.hash());
  }
}
