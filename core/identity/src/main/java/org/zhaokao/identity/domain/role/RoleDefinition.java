package org.zhaokao.identity.domain.role;

import java.util.Set;

/**
 * A role (角色) and the permissions it grants.
 *
 * @param code stable code ({@code reviewer})
 * @param builtin whether the platform defines it (its name comes from the screens' bundles)
 * @param nameZh the custom role's Chinese name, or null for a built-in role
 * @param nameEn the custom role's English name, or null for a built-in role
 * @param permissions permission strings
 */
public record RoleDefinition(
    String code, boolean builtin, String nameZh, String nameEn, Set<String> permissions) {}
