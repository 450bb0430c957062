/** The console's satisfaction surveys: definition, opening and closing, results with a chart. */
package org.zhaokao.web.console.survey;
