package org.zhaokao.discipline.application;

import java.util.List;

/** An incident reported by hand (人工登记), as the REST API and the screen take it. */
public record ReportForm(
    Long recruitmentId,
    Long applicationId,
    String stageId,
    String violationType,
    String facts,
    List<String> evidenceRefs) {}
