package org.zhaokao.interview;

/** What the interview stage lets staff do: {@code stage:interview:<action>}. */
public enum Permission {
  /** Set up schemes, panels and sessions, assign candidates, draw lots, mark absences. */
  MANAGE("manage"),
  /** Score the candidates of one's own panel (考官). */
  EXAMINE("examine"),
  /** Unseal a panel's sheets in the score room (计分员). */
  SCORE_ROOM("score-room"),
  /** Amend sealed sheets and sign the summary of one's own panel (主考官). */
  CHIEF("chief");

  private final String action;

  Permission(String action) {
    this.action = action;
  }

  public String action() {
    return action;
  }

  /** The permission string, globally. */
  public String global() {
    return "stage:" + InterviewPlugin.ID + ":" + action;
  }

  /** The permission string scoped to one recruitment, as a recruitment-scoped role grants it. */
  public String inRecruitment(long recruitmentId) {
    return global() + ":recruitment-" + recruitmentId;
  }
}
