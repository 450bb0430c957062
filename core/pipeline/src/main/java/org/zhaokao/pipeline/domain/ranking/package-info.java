/**
 * The arithmetic of the pipeline, free of persistence: who advances out of a stage (晋级), the
 * composite score (综合成绩), the ranking per position and the admission proposal (拟录用). Every function
 * here is deterministic, so a published ranking can be recomputed from stored outcomes.
 */
package org.zhaokao.pipeline.domain.ranking;
