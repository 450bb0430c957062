package org.zhaokao.identity.domain.account;

/** The two ways a candidate is reached outside the site. */
public enum ContactChannel {
  MOBILE,
  EMAIL
}
