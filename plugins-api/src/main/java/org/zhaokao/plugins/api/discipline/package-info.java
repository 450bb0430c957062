/**
 * Discipline (考试纪律, SPEC S4) as other modules see it: the check that keeps barred candidates from
 * applying. The discipline stage plugin provides it; the core only asks.
 */
package org.zhaokao.plugins.api.discipline;
