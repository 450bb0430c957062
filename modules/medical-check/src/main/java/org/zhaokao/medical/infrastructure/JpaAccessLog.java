package org.zhaokao.medical.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.zhaokao.medical.domain.access.AccessLog;
import org.zhaokao.medical.domain.access.ReportAccess;

@ApplicationScoped
public class JpaAccessLog implements AccessLog {

  @PersistenceContext(unitName = "medical-check")
  private EntityManager em;

  @Override
  public void add(ReportAccess access) {
    em.persist(access);
  }

  @Override
  public List<ReportAccess> of(long reportId) {
    return em.createQuery(
            "select a from ReportAccess a where a.reportId = :r order by a.accessedAt, a.id",
            ReportAccess.class)
        .setParameter("r", reportId)
        .getResultList();
  }
}
