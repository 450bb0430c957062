package org.zhaokao.content.application;

import org.zhaokao.content.domain.survey.SurveyScope;

/** An open survey as the candidate sees it on the account page, with whether it is answered. */
public record MySurveyView(
    long id,
    long recruitmentId,
    String recruitment,
    String title,
    SurveyScope scope,
    boolean answered) {}
