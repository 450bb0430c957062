package org.zhaokao.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  private static Optional<ChainBreak> walk(List<AuditRecord> rows, ChainState state) {
    ChainVerifier verifier = new ChainVerifier(state.anchorPosition(), state.anchorHash());
    for (AuditRecord row : rows) {
      if (!verifier.accept(row)) {
        break;
      }
    }
    return verifier.finish(state);
  }

  @Test
  void anUntouchedChainHolds() {
    List<AuditRecord> rows = Rows.chain(20);
    assertTrue(walk(rows, Rows.stateOf(rows)).isEmpty());
  }

  @Test
  void anEmptyChainHoldsAgainstItsGenesis() {
    ChainState empty = ChainState.genesis(Rows.GENESIS, Rows.T0);
    assertTrue(walk(List.of(), empty).isEmpty());
  }

  @Test
  void anEditedRowIsNamed() {
    List<AuditRecord> rows = new ArrayList<>(Rows.chain(10));
    ChainState state = Rows.stateOf(rows);
    rows.set(4, Rows.withDetails(rows.get(4), "{\"candidate\":\"李*\"}"));
    ChainBreak b = walk(rows, state).orElseThrow();
    assertEquals(BreakKind.ROW_EDITED, b.kind());
    assertEquals(5, b.position());
    assertEquals(105L, b.eventId());
  }

  @Test
  void anEditedLastRowIsNamedAgainstTheHeadRecord() {
    List<AuditRecord> rows = new ArrayList<>(Rows.chain(4));
    ChainState state = Rows.stateOf(rows);
    rows.set(3, Rows.withDetails(rows.get(3), "{}"));
    assertEquals(BreakKind.ROW_EDITED, walk(rows, state).orElseThrow().kind());
  }

  @Test
  void anEditedHashColumnIsToldApartFromAnEditedRow() {
    List<AuditRecord> rows = new ArrayList<>(Rows.chain(10));
    ChainState state = Rows.stateOf(rows);
    rows.set(6, Rows.withHash(rows.get(6), "0".repeat(64)));
    ChainBreak b = walk(rows, state).orElseThrow();
    assertEquals(BreakKind.HASH_EDITED, b.kind());
    assertEquals(7, b.position());
  }

  @Test
  void anEditedHashOfTheHeadRowIsNamed() {
    List<AuditRecord> rows = new ArrayList<>(Rows.chain(3));
    ChainState state = Rows.stateOf(rows);
    rows.set(2, Rows.withHash(rows.get(2), "f".repeat(64)));
    ChainBreak b = walk(rows, state).orElseThrow();
    assertEquals(BreakKind.HASH_EDITED, b.kind());
    assertEquals(3, b.position());
  }

  @Test
  void aDeletedRowIsNamedByItsPosition() {
    List<AuditRecord> rows = new ArrayList<>(Rows.chain(10));
    ChainState state = Rows.stateOf(rows);
    rows.remove(3);
    ChainBreak b = walk(rows, state).orElseThrow();
    assertEquals(BreakKind.ROW_DELETED, b.kind());
    assertEquals(4, b.position());
  }

  @Test
  void deletedLastRowsAreFoundFromTheHeadRecord() {
    List<AuditRecord> rows = new ArrayList<>(Rows.chain(10));
    ChainState state = Rows.stateOf(rows);
    ChainBreak b = walk(rows.subList(0, 8), state).orElseThrow();
    assertEquals(BreakKind.ROW_DELETED, b.kind());
    assertEquals(9, b.position());
  }

  @Test
  void anInsertedRowIsNamedEvenWhenTheLaterRowsWereRenumbered() {
    List<AuditRecord> chain = Rows.chain(6);
    ChainState original = Rows.stateOf(chain);
    List<AuditRecord> rows = new ArrayList<>(chain.subList(0, 3));
    AuditRecord forged =
        Rows.withHash(
            Rows.atPosition(Rows.unlinked(999, "auth.login.succeeded").linkedAt(4, "x"), 4),
            "1".repeat(64));
    rows.add(forged);
    for (AuditRecord later : chain.subList(3, 6)) {
      rows.add(Rows.atPosition(later, later.position() + 1));
    }
    ChainState moved =
        new ChainState(Rows.GENESIS, Rows.T0, 0, Rows.GENESIS, 7, original.headHash());
    ChainBreak b = walk(rows, moved).orElseThrow();
    assertEquals(BreakKind.ROW_INSERTED, b.kind());
    assertEquals(4, b.position());
    assertEquals(999L, b.eventId());
  }

  @Test
  void aRowLinkedToSomethingElseBreaksTheLink() {
    List<AuditRecord> rows = new ArrayList<>(Rows.chain(5));
    ChainState state = Rows.stateOf(rows);
    AuditRecord relinked = Rows.unlinked(103, "a.b").linkedAt(3, "2".repeat(64));
    rows.set(2, relinked);
    ChainBreak b = walk(rows, state).orElseThrow();
    assertEquals(BreakKind.LINK_BROKEN, b.kind());
    assertEquals(3, b.position());
  }

  @Test
  void anEditedHeadRecordIsNamed() {
    List<AuditRecord> rows = Rows.chain(5);
    ChainState state = Rows.stateOf(rows);
    ChainState edited =
        new ChainState(
            state.genesisHash(), state.createdAt(), 0, state.anchorHash(), 5, "3".repeat(64));
    assertEquals(BreakKind.HEAD_MISMATCH, walk(rows, edited).orElseThrow().kind());
  }

  @Test
  void aChainCutByRetentionVerifiesFromItsAnchor() {
    List<AuditRecord> rows = Rows.chain(10);
    AuditRecord anchor = rows.get(3);
    ChainState cut =
        new ChainState(
            Rows.GENESIS, Rows.T0, anchor.position(), anchor.hash(), 10, rows.get(9).hash());
    assertTrue(walk(rows.subList(4, 10), cut).isEmpty());
    ChainState wrongAnchor =
        new ChainState(Rows.GENESIS, Rows.T0, 4, "4".repeat(64), 10, rows.get(9).hash());
    assertEquals(BreakKind.LINK_BROKEN, walk(rows.subList(4, 10), wrongAnchor).get().kind());
  }
}
