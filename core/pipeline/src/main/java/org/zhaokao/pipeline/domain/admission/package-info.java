/**
 * The admission list (拟录用名单) of a recruitment: proposed by rank after the last stage, confirmed by
 * the employer, published with a publicity period (公示期), and corrected by substitution (递补) when an
 * admit withdraws or is disqualified during publicity.
 */
package org.zhaokao.pipeline.domain.admission;
