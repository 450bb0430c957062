/**
 * Attachments of an application (报名附件): the photo and certificates a candidate uploads, what makes
 * a file acceptable (its real type by magic bytes, its size, a photo's pixel dimensions), and where
 * the encrypted bytes are kept.
 */
package org.zhaokao.recruitment.domain.attachment;
