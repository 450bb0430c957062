/** Portal screens of site content and complaints, and the footer's licences. */
package org.zhaokao.web.content;
