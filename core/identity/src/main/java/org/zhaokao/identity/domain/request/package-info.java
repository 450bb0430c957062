/**
 * Requests about one's real-name identity that staff decide (身份信息变更申请): a change of name or ID
 * number, backed by evidence, reviewed before anything on the account changes.
 */
package org.zhaokao.identity.domain.request;
