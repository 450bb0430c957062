package org.zhaokao.recruitment.domain.employer;

/**
 * A service an employer can buy from the agency (服务项目, SPEC R1). The service plan of an employer is
 * the set it bought; the stages a recruitment may run are limited to it.
 */
public enum ServiceKind {
  /** 网上报名 */
  APPLICATION,
  /** 资格审核 */
  REVIEW,
  /** 笔试 */
  WRITTEN_EXAM,
  /** 体能测评 */
  PHYSICAL_TEST,
  /** 面试 */
  INTERVIEW,
  /** 体检 */
  MEDICAL_CHECK
}
