package org.zhaokao.pipeline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.pipeline.domain.stage.StageInstallation;
import org.zhaokao.pipeline.domain.stage.StageInstallations;

/** {@link StageInstallations} on JPA; callers bring the transaction. */
@ApplicationScoped
public class JpaStageInstallations implements StageInstallations {

  @PersistenceContext(unitName = "pipeline")
  private EntityManager em;

  @Override
  public Optional<StageInstallation> find(String stageId) {
    return Optional.ofNullable(em.find(StageInstallation.class, stageId));
  }

  @Override
  public List<StageInstallation> all() {
    return em.createQuery(
            "SELECT s FROM StageInstallation s ORDER BY s.id", StageInstallation.class)
        .getResultList();
  }

  @Override
  public void add(StageInstallation installation) {
    em.persist(installation);
  }
}
