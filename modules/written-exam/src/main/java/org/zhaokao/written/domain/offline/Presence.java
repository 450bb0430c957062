package org.zhaokao.written.domain.offline;

/** What the invigilator (监考员) marked for a seat. */
public enum Presence {
  UNMARKED,
  PRESENT,
  ABSENT,
  /** Removed from the room for a violation: reported to discipline. */
  REMOVED
}
