/**
 * Satisfaction surveys (满意度调查, SPEC Q2): a survey per stage or for the end of a recruitment, the
 * rule that opens it, and the candidates' responses.
 */
package org.zhaokao.content.domain.survey;
