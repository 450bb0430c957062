/** The statistics dashboard's figures as JSON. */
package org.zhaokao.web.rest.statistics;
