package org.zhaokao.identity.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.identity.domain.role.RoleGrant;

/**
 * A staff or employer account as the account administration screen shows it.
 *
 * @param id account id
 * @param kind STAFF or EMPLOYER
 * @param username login name
 * @param displayName name
 * @param status ACTIVE, PENDING_REVIEW or DISABLED
 * @param createdBy the administrator who created it, or null
 * @param secondFactor whether the authenticator app is enrolled
 * @param roles the roles held, with scopes
 * @param lastLoginAt the last login, or null
 */
public record MemberView(
    long id,
    String kind,
    String username,
    String displayName,
    String status,
    Long createdBy,
    boolean secondFactor,
    List<RoleGrant> roles,
    OffsetDateTime lastLoginAt) {}
