package org.zhaokao.recruitment.domain.recruitment;

/** Academic degree (学位), lowest first: a requirement is met by this degree or any later one. */
public enum Degree {
  /** 无学位 */
  NONE,
  /** 学士 */
  BACHELOR,
  /** 硕士 */
  MASTER,
  /** 博士 */
  DOCTOR;

  public boolean meets(Degree required) {
    return required == null || compareTo(required) >= 0;
  }
}
