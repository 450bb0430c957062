/**
 * Satisfaction surveys over REST: staff define, open, close and read results; candidates answer.
 */
package org.zhaokao.web.rest.survey;
