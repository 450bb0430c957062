package org.zhaokao.content.domain.page;

/**
 * The stated criteria of the information review (信息审核, SPEC S3) a reviewer confirms one by one
 * before a page goes public; a rejection names the ones that failed.
 */
public enum ReviewCriterion {
  /** Facts, dates and numbers match the agency's records and the announcements. */
  ACCURATE,
  /** Lawful and compliant: nothing discriminatory, nothing against recruitment regulations. */
  COMPLIANT,
  /** No personal data of candidates or staff beyond what must be public. */
  NO_PERSONAL_DATA,
  /** Links and contact channels work and point at the agency's own services. */
  LINKS_CHECKED,
  /** Clear wording a candidate understands, free of typos. */
  CLEAR
}
