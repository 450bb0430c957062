/** REST resources of complaints: filing and status for anyone, handling for staff. */
package org.zhaokao.web.rest.complaint;
