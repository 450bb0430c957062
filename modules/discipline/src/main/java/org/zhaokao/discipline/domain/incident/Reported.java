package org.zhaokao.discipline.domain.incident;

/** Where an incident happened: the recruitment, the application, its candidate and the stage. */
public record Reported(long recruitmentId, long applicationId, long candidateId, String stageId) {}
