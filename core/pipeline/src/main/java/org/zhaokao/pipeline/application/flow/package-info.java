/**
 * The pipeline's use cases (阶段流程): compose and configure a recruitment's stage chain, drive each
 * stage through its lifecycle, take outcomes from staff and plugins, have the employer confirm,
 * publish and notify, rank, export and verify the ranking, and run the admission list with
 * substitution. Every use case checks permissions at the object level and is audited.
 */
package org.zhaokao.pipeline.application.flow;
