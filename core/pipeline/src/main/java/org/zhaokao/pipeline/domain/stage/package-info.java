/**
 * Installed stages: the record the core keeps of every stage plugin it has seen, so that a
 * recruitment whose plugin is gone can say "stage unavailable" rather than fail.
 */
package org.zhaokao.pipeline.domain.stage;
