/**
 * ID-number claims (身份证号认领): a person whose ID number someone else registered asks, with a photo of
 * the ID card, for the number to be moved to an account of their own; staff decide.
 */
package org.zhaokao.identity.domain.claim;
