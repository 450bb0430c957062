/**
 * The second factor of staff and employer accounts (双因素认证): time-based one-time passwords (RFC
 * 6238) from an authenticator app, and single-use recovery codes.
 */
package org.zhaokao.identity.domain.mfa;
