package org.zhaokao.identity.domain.code;

/** What a one-time code authorises. */
public enum CodePurpose {
  /** Proves the address on file. */
  VERIFY,
  /** Confirms a new address before it replaces the old one. */
  CHANGE,
  /** Lets a person who forgot their password set a new one. */
  PASSWORD_RESET
}
