package org.zhaokao.recruitment.domain.employer;

/** What kind of body recruits (招考单位类型). */
public enum EmployerKind {
  /** 机关 */
  GOVERNMENT,
  /** 事业单位 */
  INSTITUTION,
  /** 国有企业 */
  STATE_ENTERPRISE,
  /** 其他企业 */
  ENTERPRISE
}
