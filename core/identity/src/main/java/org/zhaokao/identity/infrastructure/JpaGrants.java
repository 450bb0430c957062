package org.zhaokao.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhaokao.identity.domain.role.Grants;

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
}
