/** REST resources of site content, site settings and the licences. */
package org.zhaokao.web.rest.content;
