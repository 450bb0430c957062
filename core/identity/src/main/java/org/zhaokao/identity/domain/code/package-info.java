/**
 * One-time codes (验证码) sent to a mobile number or e-mail address: proving the address is the
 * person's, confirming a new one, or authorising a password reset.
 */
package org.zhaokao.identity.domain.code;
