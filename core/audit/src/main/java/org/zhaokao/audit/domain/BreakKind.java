package org.zhaokao.audit.domain;

/** What the verifier found wrong at the first broken place of the chain. */
public enum BreakKind {
  /** A row's content no longer matches the hash it was linked with. */
  ROW_EDITED,
  /** A row's content is intact but its hash column was changed. */
  HASH_EDITED,
  /** Rows are missing: a gap in the positions, or the chain stops before its recorded head. */
  ROW_DELETED,
  /** A row that the chain does not link: the next row links to the one before it. */
  ROW_INSERTED,
  /** The rows are consistent but do not link to what precedes them (anchor or previous row). */
  LINK_BROKEN,
  /** The chain's own record of its head does not match its last row. */
  HEAD_MISMATCH
}
