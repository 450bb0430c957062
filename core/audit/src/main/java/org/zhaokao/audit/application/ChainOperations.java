package org.zhaokao.audit.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhaokao.audit.domain.AuditRecord;
import org.zhaokao.audit.domain.BreakKind;
import org.zhaokao.audit.domain.ChainBreak;
import org.zhaokao.audit.domain.ChainHash;
import org.zhaokao.audit.domain.ChainState;
import org.zhaokao.audit.domain.ChainVerifier;
import org.zhaokao.audit.domain.Verification;
import org.zhaokao.audit.infrastructure.JdbcAuditEvents;
import org.zhaokao.audit.infrastructure.JdbcChain;

/**
 * What is done to the chain, on a connection whose transaction the caller owns: create it, link
 * pending rows, verify it, cut a purged prefix. Plain Java, so the same code runs in the server
 * (wrapped by the EJBs of this package) and in tests on H2.
 */
public final class ChainOperations {

  /** Rows read per query while walking the chain. */
  static final int WALK_PAGE = 1000;

  private final JdbcAuditEvents events = new JdbcAuditEvents();
  private final JdbcChain chain = new JdbcChain();

  /** Creates the chain with a genesis value made from {@code seed}, unless it exists. */
  public Optional<ChainState> create(Connection c, String seed, Instant at) throws SQLException {
    ChainState genesis = ChainState.genesis(ChainHash.genesis(seed), at);
    return chain.create(c, genesis) ? Optional.of(genesis) : Optional.empty();
  }

  public Optional<ChainState> state(Connection c) throws SQLException {
    return chain.state(c);
  }

  /**
   * Links up to {@code limit} unlinked rows after the head, in the order they were inserted among
   * those committed now. A row that commits after a later-inserted one is simply linked in a later
   * batch: linking never skips a row because it looks only for unlinked rows, not past a "last id".
   *
   * @return how many rows were linked
   */
  public int linkPending(Connection c, int limit) throws SQLException {
    ChainState state = chain.lock(c);
    List<AuditRecord> pending = events.unlinked(c, limit);
    List<AuditRecord> placed = new ArrayList<>(pending.size());
    long position = state.headPosition();
    String previous = state.headHash();
    for (AuditRecord row : pending) {
      AuditRecord linked = row.linkedAt(++position, previous);
      placed.add(linked);
      previous = linked.hash();
    }
    chain.link(c, placed);
    return placed.size();
  }

  /**
   * Walks the chain from {@code fromPosition} (from its anchor when null or not above it) to the
   * head recorded when the walk starts, and reports the first break.
   */
  public Verification verify(Connection c, Long fromPosition, Instant now) throws SQLException {
    ChainState state =
        chain.state(c).orElseThrow(() -> new IllegalStateException("no audit chain"));
    long start =
        fromPosition == null || fromPosition <= state.anchorPosition()
            ? state.anchorPosition() + 1
            : Math.min(fromPosition, state.headPosition() + 1);
    Optional<ChainBreak> before = Optional.empty();
    String startHash = state.anchorHash();
    if (start > state.anchorPosition() + 1) {
      Optional<AuditRecord> previous = events.atPosition(c, start - 1);
      if (previous.isEmpty()) {
        before =
            Optional.of(
                new ChainBreak(
                    BreakKind.ROW_DELETED,
                    start - 1,
                    null,
                    "no row at position " + (start - 1) + ", where the walk was to start"));
      } else {
        startHash = previous.get().hash();
      }
    }
    ChainVerifier verifier = new ChainVerifier(start - 1, startHash);
    Optional<ChainBreak> broken =
        before.isPresent() ? before : walk(c, verifier, start, state.headPosition(), state);
    if (broken.isEmpty()) {
      broken = rowsBeyondHead(c, state);
    }
    return new Verification(
        broken.isEmpty(), start, verifier.checked(), state, events.unlinkedCount(c), broken, now);
  }

  /**
   * Cuts the chain's prefix recorded before {@code cutoff}, after checking that prefix still
   * verifies (a tampered row is never purged out of sight), and makes its last row the anchor.
   *
   * @return what was purged, or empty when nothing was old enough
   * @throws IllegalStateException if the prefix does not verify
   */
  public Optional<Purge> purge(Connection c, Instant cutoff) throws SQLException {
    ChainState state = chain.lock(c);
    long through = chain.purgeableThrough(c, state, cutoff);
    if (through <= state.anchorPosition()) {
      return Optional.empty();
    }
    ChainVerifier verifier = new ChainVerifier(state.anchorPosition(), state.anchorHash());
    ChainState prefix =
        new ChainState(
            state.genesisHash(),
            state.createdAt(),
            state.anchorPosition(),
            state.anchorHash(),
            through,
            events.atPosition(c, through).map(AuditRecord::hash).orElse(""));
    Optional<ChainBreak> broken = walk(c, verifier, state.anchorPosition() + 1, through, prefix);
    if (broken.isPresent()) {
      throw new IllegalStateException(
          "the rows to purge do not verify, nothing is purged: "
              + broken.get().kind()
              + " at position "
              + broken.get().position());
    }
    AuditRecord anchor = events.atPosition(c, through).orElseThrow();
    int deleted = chain.purge(c, state, through, anchor, cutoff);
    return Optional.of(new Purge(deleted, state.anchorPosition() + 1, through, anchor.hash()));
  }

  /**
   * A purge's outcome.
   *
   * @param rows rows deleted
   * @param fromPosition first position deleted
   * @param throughPosition last position deleted, the new anchor
   * @param anchorHash that row's hash, which the remaining chain links to
   */
  public record Purge(int rows, long fromPosition, long throughPosition, String anchorHash) {}

  private Optional<ChainBreak> walk(
      Connection c, ChainVerifier verifier, long from, long to, ChainState state)
      throws SQLException {
    long next = from;
    while (next <= to) {
      List<AuditRecord> page = events.linked(c, next, to, WALK_PAGE);
      if (page.isEmpty()) {
        break;
      }
      for (AuditRecord row : page) {
        if (!verifier.accept(row)) {
          return verifier.finish(state);
        }
      }
      next = page.get(page.size() - 1).position() + 1;
    }
    return verifier.finish(state);
  }

  /**
   * Rows placed beyond the head the walk used. Only meaningful while the head has not moved since:
   * a keeper linking meanwhile places rows there legitimately.
   */
  private Optional<ChainBreak> rowsBeyondHead(Connection c, ChainState walked) throws SQLException {
    Optional<ChainState> now = chain.state(c);
    if (now.isEmpty() || now.get().headPosition() != walked.headPosition()) {
      return Optional.empty();
    }
    long beyond = events.linkedAbove(c, walked.headPosition());
    if (beyond == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new ChainBreak(
            BreakKind.ROW_INSERTED,
            walked.headPosition() + 1,
            null,
            beyond + " row(s) carry positions beyond the chain's head " + walked.headPosition()));
  }
}
