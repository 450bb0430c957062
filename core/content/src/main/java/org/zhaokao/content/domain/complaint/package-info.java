/** Complaints (投诉, SPEC Q3): tickets, answer deadlines in working days, notes and replies. */
package org.zhaokao.content.domain.complaint;
