/** JPA implementations of the identity repositories. */
package org.zhaokao.identity.infrastructure;
