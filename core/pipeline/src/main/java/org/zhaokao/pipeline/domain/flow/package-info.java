/**
 * A recruitment's stage chain (阶段流程) and its stage instances: which installed stages run in which
 * order, each stage's rule, its lifecycle from configured to published, and the outcomes reported
 * for it.
 */
package org.zhaokao.pipeline.domain.flow;
