package org.zhaokao.identity.domain.code;

/** What a one-time code authorises. */
public enum CodePurpose {
  /** Proves the address on file. */
  VERIFY,
  /** Confirms a new address before it replaces the old one. */
  CHANGE,
  /** Lets a person who forgot their password set a new one. */
  PASSWORD_RESET,
  /**
   * Proves that a person claiming an ID number (身份证号认领) holds the mobile number they give; the code
   * belongs to no account, only to that number.
   */
  CLAIM
}
