package org.zhaokao.archiving.domain;

/** Where an archive package stands (档案状态). */
public enum ArchiveStatus {
  /** Built and sealed: its manifest hash is on record; kept until its retention ends. */
  SEALED,
  /** Its retention ended and one person asked to destroy it; a second person must approve. */
  DESTRUCTION_REQUESTED,
  /** The package bytes are gone; the row stays as the destruction record (销毁记录). */
  DESTROYED
}
