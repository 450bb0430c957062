/** The console's statistics dashboard. */
package org.zhaokao.web.console.statistics;
