/** The candidate's satisfaction surveys on the account page. */
package org.zhaokao.web.survey;
