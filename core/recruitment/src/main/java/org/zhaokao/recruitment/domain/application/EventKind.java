package org.zhaokao.recruitment.domain.application;

/** What happened to an application, as the candidate's status timeline shows it. */
public enum EventKind {
  SUBMITTED,
  UPDATED,
  RESUBMITTED,
  APPROVED,
  REJECTED,
  RETURNED,
  WITHDRAWN
}
