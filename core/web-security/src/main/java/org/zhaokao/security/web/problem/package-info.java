/**
 * What a stage's JAX-RS API shares with every other: refusals as RFC 9457 problem+json ({@link
 * org.zhaokao.security.web.problem.Problem}) and the answer to an unforeseen failure ({@link
 * org.zhaokao.security.web.problem.UnexpectedFailureMapper}).
 */
package org.zhaokao.security.web.problem;
