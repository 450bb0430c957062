/** Roles (角色) and the permissions they grant, globally or scoped to one employer or recruitment. */
package org.zhaokao.identity.domain.role;
