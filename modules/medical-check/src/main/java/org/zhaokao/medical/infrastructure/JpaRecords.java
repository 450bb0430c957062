package org.zhaokao.medical.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.medical.domain.report.CheckRecord;
import org.zhaokao.medical.domain.report.MedicalReport;
import org.zhaokao.medical.domain.report.Records;

@ApplicationScoped
public class JpaRecords implements Records {

  @PersistenceContext(unitName = "medical-check")
  private EntityManager em;

  @Override
  public Optional<CheckRecord> record(long recruitmentId, long applicationId) {
    return em.createQuery(
            "select c from CheckRecord c where c.recruitmentId = :r and c.applicationId = :a",
            CheckRecord.class)
        .setParameter("r", recruitmentId)
        .setParameter("a", applicationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CheckRecord> records(long recruitmentId) {
    return em.createQuery(
            "select c from CheckRecord c where c.recruitmentId = :r order by c.applicationId",
            CheckRecord.class)
        .setParameter("r", recruitmentId)
        .getResultList();
  }

  @Override
  public void add(CheckRecord record) {
    em.persist(record);
    em.flush();
  }

  @Override
  public List<MedicalReport> reports(long recordId) {
    return em.createQuery(
            "select m from MedicalReport m where m.recordId = :c order by m.seq",
            MedicalReport.class)
        .setParameter("c", recordId)
        .getResultList();
  }

  @Override
  public Optional<MedicalReport> report(long reportId) {
    return Optional.ofNullable(em.find(MedicalReport.class, reportId));
  }

  @Override
  public void add(MedicalReport report) {
    em.persist(report);
    em.flush();
  }
}
