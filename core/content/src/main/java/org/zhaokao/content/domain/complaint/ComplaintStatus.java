package org.zhaokao.content.domain.complaint;

/** Open until staff reply to the complainant; then answered. */
public enum ComplaintStatus {
  OPEN,
  ANSWERED
}
