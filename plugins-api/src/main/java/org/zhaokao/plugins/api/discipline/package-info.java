/**
 * Discipline (考试纪律, SPEC S4) as other modules see it: the check that keeps barred candidates from
 * applying ({@link org.zhaokao.plugins.api.discipline.BlacklistCheck}), the intake every stage
 * reports suspected violations to ({@link org.zhaokao.plugins.api.discipline.IncidentIntake}, SPI
 * 1.5) and the core's side of a disqualification ({@link
 * org.zhaokao.plugins.api.discipline.Sanctions}, SPI 1.6). The discipline plugin provides the first
 * two; the core routes and asks.
 */
package org.zhaokao.plugins.api.discipline;
