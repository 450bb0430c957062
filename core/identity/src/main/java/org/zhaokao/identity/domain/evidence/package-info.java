/** Evidence people upload for staff review, sealed at rest. */
package org.zhaokao.identity.domain.evidence;
