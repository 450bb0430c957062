/** Feedback (意见反馈) left from any page of the site. */
package org.zhaokao.content.domain.feedback;
