package org.zhaokao.written.domain.sitting;

/**
 * Whether an autosave (自动保存) may replace the stored answer to a question. Clients number their
 * saves; a save whose number is not above the stored one is stale (sent before the stored one,
 * arriving late) or a repeat (a retry after a lost acknowledgement), and changes nothing. So a
 * reconnecting client may resend everything it holds without ever overwriting a newer answer.
 */
public enum SaveDecision {
  /** Newer than what is stored: store it. */
  APPLY,
  /** The same number as stored: a retry, already stored. */
  REPEAT,
  /** Older than what is stored: ignore it. */
  STALE;

  /**
   * @param storedSeq the stored answer's number, or {@code null} when none is stored
   * @param incomingSeq the save's number
   */
  public static SaveDecision of(Long storedSeq, long incomingSeq) {
    if (storedSeq == null || incomingSeq > storedSeq) {
      return APPLY;
    }
    return incomingSeq == storedSeq ? REPEAT : STALE;
  }

  /** Whether the stored answer changes. */
  public boolean applies() {
    return this == APPLY;
  }
}
