package org.zhaokao.audit.domain;

import java.util.Optional;

/**
 * Walks linked rows in position order and finds the first place where the chain does not hold
 * (审计链校验). Feed it rows with {@link #accept} until it returns false or the rows run out, then call
 * {@link #finish} with the chain's record.
 *
 * <p>A row whose content does not match its hash is only a suspect until the next row is seen: if
 * the next row links to the hash the suspect <em>should</em> have, the content is intact and the
 * hash column was edited; if the next row links to the row before the suspect, the suspect was
 * inserted; otherwise its content was edited.
 */
public final class ChainVerifier {

  private long expectedPosition;
  private String expectedPrevious;
  private long checked;
  private ChainBreak found;
  private AuditRecord suspect;
  private String suspectShouldBe;
  private String beforeSuspect;

  /**
   * A walk that starts right after {@code position}, whose hash is {@code hash} (the anchor, or the
   * stored hash of the row before the first one checked).
   */
  public ChainVerifier(long position, String hash) {
    this.expectedPosition = position + 1;
    this.expectedPrevious = hash;
  }

  /** Checks the next row; false once a break is found (later rows are not needed). */
  public boolean accept(AuditRecord row) {
    if (found != null) {
      return false;
    }
    checked++;
    if (suspect != null) {
      found = classifySuspect(row.position(), row.prevHash());
      return false;
    }
    if (row.position() != expectedPosition) {
      found = missing(expectedPosition, "the next row present is at position " + row.position());
      return false;
    }
    String shouldBe = ChainHash.of(row);
    if (!shouldBe.equals(row.hash())) {
      suspect = row;
      suspectShouldBe = shouldBe;
      beforeSuspect = expectedPrevious;
      expectedPosition++;
      return true;
    }
    if (!row.prevHash().equals(expectedPrevious)) {
      found =
          new ChainBreak(
              BreakKind.LINK_BROKEN,
              row.position(),
              row.id(),
              "the row links to "
                  + row.prevHash()
                  + " but the row or anchor before it has hash "
                  + expectedPrevious);
      return false;
    }
    expectedPosition++;
    expectedPrevious = row.hash();
    return true;
  }

  /** The first break, after the last row was fed, checked against the chain's own record. */
  public Optional<ChainBreak> finish(ChainState state) {
    if (found == null && suspect != null) {
      boolean isHead = state.headPosition() == suspect.position();
      found = classifySuspect(isHead ? null : suspect.position() + 1, state.headHash());
    }
    if (found == null && expectedPosition - 1 < state.headPosition()) {
      found =
          missing(
              expectedPosition,
              "the rows stop at position "
                  + (expectedPosition - 1)
                  + " but the chain's head is at "
                  + state.headPosition());
    }
    if (found == null
        && expectedPosition - 1 == state.headPosition()
        && !expectedPrevious.equals(state.headHash())) {
      found =
          new ChainBreak(
              BreakKind.HEAD_MISMATCH,
              state.headPosition(),
              null,
              "the last row's hash is "
                  + expectedPrevious
                  + " but the chain records its head as "
                  + state.headHash());
    }
    return Optional.ofNullable(found);
  }

  /** Rows walked so far. */
  public long checked() {
    return checked;
  }

  /**
   * Decides what happened to the suspect from what follows it: the next row's position (null when
   * the suspect is the head) and the hash the next row (or the head record) links to.
   */
  private ChainBreak classifySuspect(Long nextPosition, String nextLinksTo) {
    long at = suspect.position();
    Long id = suspect.id();
    boolean adjacent = nextPosition == null || nextPosition == at + 1;
    if (adjacent && suspectShouldBe.equals(nextLinksTo)) {
      return new ChainBreak(
          BreakKind.HASH_EDITED,
          at,
          id,
          "the row's content is intact but its hash column reads "
              + suspect.hash()
              + " instead of "
              + suspectShouldBe);
    }
    if (beforeSuspect.equals(nextLinksTo)) {
      return new ChainBreak(
          BreakKind.ROW_INSERTED,
          at,
          id,
          "the chain links over this row: the row after it links to the row before it");
    }
    return new ChainBreak(
        BreakKind.ROW_EDITED,
        at,
        id,
        "the row's content hashes to "
            + suspectShouldBe
            + " but it was linked as "
            + suspect.hash());
  }

  private static ChainBreak missing(long position, String why) {
    return new ChainBreak(
        BreakKind.ROW_DELETED, position, null, "no row at position " + position + ": " + why);
  }
}
