package org.zhaokao.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhaokao.identity.domain.role.Grants;
import org.zhaokao.identity.domain.role.RoleDefinition;
import org.zhaokao.identity.domain.role.RoleGrant;

/**
 * {@link Grants} on the role tables, through plain SQL: the rows are join records, not aggregates.
 */
@ApplicationScoped
public class JpaGrants implements Grants {

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  @Override
  @SuppressWarnings("unchecked")
  public Set<String> rolesOf(long accountId) {
    List<String> codes =
        em.createNativeQuery(
                "SELECT DISTINCT r.code FROM core_account_role ar JOIN core_role r ON r.id = ar.role_id"
                    + " WHERE ar.account_id = ?1 ORDER BY r.code")
            .setParameter(1, accountId)
            .getResultList();
    return new LinkedHashSet<>(codes);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Set<String> permissionsOf(long accountId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT rp.permission, ar.scope_type, ar.scope_id FROM core_account_role ar"
                    + " JOIN core_role_permission rp ON rp.role_id = ar.role_id"
                    + " WHERE ar.account_id = ?1 ORDER BY rp.permission")
            .setParameter(1, accountId)
            .getResultList();
    Set<String> permissions = new LinkedHashSet<>();
    for (Object[] row : rows) {
      String scopeType = (String) row[1];
      permissions.add(
          "GLOBAL".equals(scopeType)
              ? (String) row[0]
              : row[0] + ":" + scopeType.toLowerCase(Locale.ROOT) + "-" + row[2]);
    }
    return permissions;
  }

  @Override
  public void grant(long accountId, String roleCode, String scopeType, String scopeId) {
    int added =
        em.createNativeQuery(
                "INSERT INTO core_account_role (account_id, role_id, scope_type, scope_id)"
                    + " SELECT ?1, r.id, ?2, ?3 FROM core_role r WHERE r.code = ?4")
            .setParameter(1, accountId)
            .setParameter(2, scopeType)
            .setParameter(3, scopeId)
            .setParameter(4, roleCode)
            .executeUpdate();
    if (added != 1) {
      throw new IllegalArgumentException("no role with code " + roleCode);
    }
  }

  @Override
  public void revoke(long accountId, String roleCode, String scopeType, String scopeId) {
    em.createNativeQuery(
            "DELETE FROM core_account_role WHERE account_id = ?1 AND scope_type = ?2 AND scope_id = ?3"
                + " AND role_id = (SELECT r.id FROM core_role r WHERE r.code = ?4)")
        .setParameter(1, accountId)
        .setParameter(2, scopeType)
        .setParameter(3, scopeId)
        .setParameter(4, roleCode)
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<RoleGrant> grantsOf(long accountId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.code, ar.scope_type, ar.scope_id FROM core_account_role ar"
                    + " JOIN core_role r ON r.id = ar.role_id WHERE ar.account_id = ?1"
                    + " ORDER BY r.code, ar.scope_type, ar.scope_id")
            .setParameter(1, accountId)
            .getResultList();
    return rows.stream()
        .map(r -> new RoleGrant((String) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<RoleDefinition> roles() {
    List<Object[]> roles =
        em.createNativeQuery(
                "SELECT id, code, builtin, name_zh, name_en FROM core_role ORDER BY builtin DESC, id")
            .getResultList();
    List<Object[]> permissions =
        em.createNativeQuery(
                "SELECT role_id, permission FROM core_role_permission ORDER BY permission")
            .getResultList();
    List<RoleDefinition> result = new java.util.ArrayList<>();
    for (Object[] r : roles) {
      long id = ((Number) r[0]).longValue();
      Set<String> granted = new java.util.TreeSet<>();
      for (Object[] p : permissions) {
        if (((Number) p[0]).longValue() == id) {
          granted.add((String) p[1]);
        }
      }
      result.add(
          new RoleDefinition(
              (String) r[1], Boolean.TRUE.equals(r[2]), (String) r[3], (String) r[4], granted));
    }
    return result;
  }

  @Override
  public void createRole(String code, String nameZh, String nameEn) {
    em.createNativeQuery(
            "INSERT INTO core_role (id, code, builtin, name_zh, name_en)"
                + " VALUES (nextval('core_role_seq'), ?1, FALSE, ?2, ?3)")
        .setParameter(1, code)
        .setParameter(2, nameZh)
        .setParameter(3, nameEn)
        .executeUpdate();
  }

  @Override
  public void setPermissions(String roleCode, Set<String> permissions) {
    List<?> ids =
        em.createNativeQuery("SELECT id FROM core_role WHERE code = ?1")
            .setParameter(1, roleCode)
            .getResultList();
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("no role with code " + roleCode);
    }
    Number id = (Number) ids.get(0);
    em.createNativeQuery("DELETE FROM core_role_permission WHERE role_id = ?1")
        .setParameter(1, id.longValue())
        .executeUpdate();
    for (String permission : permissions) {
      em.createNativeQuery("INSERT INTO core_role_permission (role_id, permission) VALUES (?1, ?2)")
          .setParameter(1, id.longValue())
          .setParameter(2, permission)
          .executeUpdate();
    }
  }
}
