/** Faces beans of logging in, registering and one's own account page. */
package org.zhaokao.web.account;
