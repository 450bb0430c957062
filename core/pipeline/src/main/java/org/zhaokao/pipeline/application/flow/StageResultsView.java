package org.zhaokao.pipeline.application.flow;

import java.util.List;
import java.util.Map;

/**
 * A stage's results for staff and the employer: every entrant with outcome and advancement, and the
 * distribution of outcomes (for the chart).
 */
public record StageResultsView(
    StageInstanceView stage, List<ResultLine> lines, Map<String, Long> distribution) {}
