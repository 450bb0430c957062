/** JPA repositories of the recruitment module (persistence unit {@code recruitment}). */
package org.zhaokao.recruitment.infrastructure;
