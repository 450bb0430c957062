package org.zhaokao.content.application;

/**
 * Staff's definition of a survey.
 *
 * @param recruitmentId the recruitment
 * @param stageInstanceId the stage it asks about, or null for the end of the recruitment
 * @param title what candidates see, 1 to 200 characters
 */
public record SurveyForm(Long recruitmentId, Long stageInstanceId, String title) {}
