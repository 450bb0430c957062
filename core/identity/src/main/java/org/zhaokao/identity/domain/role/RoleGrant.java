package org.zhaokao.identity.domain.role;

/**
 * One role held by an account (角色授权), for the whole platform or one employer or recruitment.
 *
 * @param roleCode the role
 * @param scopeType GLOBAL, EMPLOYER or RECRUITMENT
 * @param scopeId the employer or recruitment id, empty for GLOBAL
 */
public record RoleGrant(String roleCode, String scopeType, String scopeId) {}
