/**
 * Console screens of complaints: the list with overdue ones highlighted, one complaint's handling.
 */
package org.zhaokao.web.console.complaint;
