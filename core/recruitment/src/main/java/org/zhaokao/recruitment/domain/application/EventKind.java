package org.zhaokao.recruitment.domain.application;

/** What happened to an application, as the candidate's status timeline shows it. */
public enum EventKind {
  SUBMITTED,
  UPDATED,
  RESUBMITTED,
  APPROVED,
  REJECTED,
  RETURNED,
  WITHDRAWN,
  /** The admission-ticket number (准考证号) is issued. */
  TICKET_READY,
  /** Disqualified by a discipline decision (取消资格). */
  DISQUALIFIED,
  /** Back in the recruitment after a successful appeal against the disqualification (恢复资格). */
  REINSTATED
}
