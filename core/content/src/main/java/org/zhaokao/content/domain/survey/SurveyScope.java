package org.zhaokao.content.domain.survey;

/** What a survey asks about: one stage of a recruitment (环节) or the recruitment as a whole. */
public enum SurveyScope {
  /** Opens when the stage's results are published. */
  STAGE,
  /** Opens when the recruitment ends: the admission list is published (or later). */
  RECRUITMENT
}
