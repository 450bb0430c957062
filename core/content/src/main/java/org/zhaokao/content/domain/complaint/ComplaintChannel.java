package org.zhaokao.content.domain.complaint;

/** How a complaint reached the agency (投诉渠道): the web form, or by phone or e-mail to staff. */
public enum ComplaintChannel {
  WEB,
  PHONE,
  EMAIL
}
