package org.zhaokao.written.domain.proctoring;

/** What the candidate's browser saw during the attempt. */
public enum EventKind {
  /** The exam's tab was hidden (another tab or application in front). */
  TAB_HIDDEN,
  /** The browser window lost focus. */
  WINDOW_BLUR,
  /** The candidate left full-screen mode. */
  FULLSCREEN_EXIT,
  COPY,
  PASTE,
  /** A sample of the microphone's level, 0 to 100. */
  AUDIO_LEVEL;

  /** Whether the event is a possible breach a proctor counts (audio samples are measurements). */
  public boolean suspicious() {
    return this != AUDIO_LEVEL;
  }
}
