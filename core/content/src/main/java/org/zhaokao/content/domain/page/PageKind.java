package org.zhaokao.content.domain.page;

/**
 * What a content page is for (网站内容栏目): the home page's notice, the operating guide (操作指南) of one
 * phase of a recruitment, one entry of the FAQ (常见问题), or one support channel (咨询渠道: phone, online,
 * e-mail).
 */
public enum PageKind {
  HOME_NOTICE,
  GUIDE_REGISTRATION,
  GUIDE_APPLICATION,
  GUIDE_WRITTEN_EXAM,
  GUIDE_PHYSICAL_TEST,
  GUIDE_INTERVIEW,
  GUIDE_MEDICAL_CHECK,
  FAQ,
  SUPPORT_CHANNEL;

  /** Whether this is the operating guide of a phase. */
  public boolean guide() {
    return name().startsWith("GUIDE_");
  }
}
