package org.zhaokao.recruitment.application;

/**
 * A reviewer's decision on one application (审核意见).
 *
 * @param decision APPROVE, REJECT or RETURN
 * @param reasonCode a reason template's code, or null
 * @param reason the reason in the reviewer's words, or null; a rejection or return needs this or a
 *     template (both: the template's text, then the words)
 */
public record DecisionForm(String decision, String reasonCode, String reason) {}
