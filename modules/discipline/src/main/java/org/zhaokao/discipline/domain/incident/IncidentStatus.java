package org.zhaokao.discipline.domain.incident;

/**
 * Where an incident (违纪事件) stands: reported → investigated → decided (a blacklisting waits for a
 * second approver) → the candidate is notified with the appeal deadline → appeal → final.
 */
public enum IncidentStatus {
  /** 已上报: a stage or an officer reported it. */
  REPORTED,
  /** 调查中: an officer recorded findings. */
  INVESTIGATING,
  /** 待复核: the decision blacklists, a second officer must approve it. */
  AWAITING_APPROVAL,
  /** 已决定并告知: in force, the candidate was notified and may appeal until the deadline. */
  DECIDED,
  /** 申诉中: the candidate appealed in time. */
  APPEALED,
  /** 已结案: the appeal was resolved, the deadline passed, or no violation was established. */
  FINAL
}
