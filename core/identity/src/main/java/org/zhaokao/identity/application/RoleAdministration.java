package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.zhaokao.identity.domain.role.Grants;
import org.zhaokao.identity.domain.role.RoleDefinition;
import org.zhaokao.platform.validation.Checks;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.security.Actor;

/**
 * Roles and permissions (角色与权限): the built-in roles of DESIGN.md and custom ones, each a set of
 * permission strings picked from what the core and the installed stage plugins check.
 */
@Stateless
public class RoleAdministration {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{2,39}");
  private static final Pattern PERMISSION =
      Pattern.compile("[a-z*][a-z0-9*-]*(:[a-z0-9*][a-z0-9*.-]*){0,3}");

  @Inject private Grants grants;
  @EJB private AuditLog audit;

  public List<RoleDefinition> roles(Actor actor) {
    Permissions.require(actor, Permissions.MANAGE_ROLES);
    return grants.roles();
  }

  /**
   * @throws ConflictException {@code role-exists}
   */
  public void create(Actor actor, String code, String nameZh, String nameEn) {
    Permissions.require(actor, Permissions.MANAGE_ROLES);
    Checks checks = new Checks();
    checks.require(
        code != null && CODE.matcher(code).matches(),
        "code",
        "roleCode",
        "3-40 lower-case letters, digits, -");
    checks.require(
        nameZh != null && !nameZh.isBlank() && nameZh.length() <= 100,
        "nameZh",
        "required",
        "1-100 characters");
    checks.require(
        nameEn != null && !nameEn.isBlank() && nameEn.length() <= 100,
        "nameEn",
        "required",
        "1-100 characters");
    checks.throwIfAny();
    if (grants.roles().stream().anyMatch(r -> r.code().equals(code))) {
      throw new ConflictException("role-exists", "A role " + code + " exists");
    }
    grants.createRole(code, nameZh.trim(), nameEn.trim());
    record(actor, "role.created", code, String.join(",", nameZh, nameEn));
  }

  /**
   * Replaces a role's permissions with those picked; each must be one the platform knows.
   *
   * @param known every permission the core and the installed plugins check
   */
  public void setPermissions(Actor actor, String code, Set<String> picked, Set<String> known) {
    Permissions.require(actor, Permissions.MANAGE_ROLES);
    if (grants.roles().stream().noneMatch(r -> r.code().equals(code))) {
      throw InvalidInputException.of("code", "role", "No role " + code);
    }
    Checks checks = new Checks();
    for (String p : picked) {
      checks.require(
          PERMISSION.matcher(p).matches() && (known.contains(p) || p.endsWith("*")),
          "permissions",
          "permission",
          "Unknown permission " + p);
    }
    checks.throwIfAny();
    grants.setPermissions(code, new TreeSet<>(picked));
    record(actor, "role.permissions.changed", code, String.join(",", new TreeSet<>(picked)));
  }

  private void record(Actor actor, String action, String role, String detail) {
    audit.record(
        AuditEntry.builder(action, ContactVerification.actorOf(actor))
            .target("role", role)
            .client(actor.clientIp(), actor.userAgent())
            .detail("value", detail.length() > 900 ? detail.substring(0, 900) : detail)
            .build());
  }
}
