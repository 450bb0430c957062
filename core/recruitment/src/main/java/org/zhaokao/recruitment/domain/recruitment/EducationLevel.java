package org.zhaokao.recruitment.domain.recruitment;

/** Education level (学历), lowest first: a requirement is met by this level or any later one. */
public enum EducationLevel {
  /** 高中/中专 */
  SECONDARY,
  /** 大专 */
  JUNIOR_COLLEGE,
  /** 本科 */
  BACHELOR,
  /** 硕士研究生 */
  MASTER,
  /** 博士研究生 */
  DOCTOR;

  public boolean meets(EducationLevel required) {
    return required == null || compareTo(required) >= 0;
  }
}
