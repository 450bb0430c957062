package org.zhaokao.content.domain.survey;

/** SCHEDULED (waits for its moment) → OPEN (candidates answer) → CLOSED (results final). */
public enum SurveyStatus {
  SCHEDULED,
  OPEN,
  CLOSED
}
