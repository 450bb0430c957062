package org.zhaokao.content.application;

import java.util.List;

/**
 * A reviewer's decision: the review criteria confirmed (all of them, to approve) or failed (at
 * least one, to reject), and a note for the author (required to reject).
 */
public record ReviewDecision(List<String> criteria, String note) {}
