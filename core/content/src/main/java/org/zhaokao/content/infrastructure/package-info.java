/** JPA repositories of the content module (persistence unit {@code content}). */
package org.zhaokao.content.infrastructure;
