package org.zhaokao.discipline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.catalogue.ViolationTypes;

/** The catalogue in {@code dc_violation_type}. */
@ApplicationScoped
public class JpaViolationTypes implements ViolationTypes {

  @PersistenceContext(unitName = "discipline")
  private EntityManager em;

  @Override
  public List<ViolationType> current() {
    return em.createQuery(
            "SELECT t FROM ViolationType t WHERE t.current = TRUE ORDER BY t.code",
            ViolationType.class)
        .getResultList();
  }

  @Override
  public Optional<ViolationType> current(String code) {
    return em.createQuery(
            "SELECT t FROM ViolationType t WHERE t.code = :c AND t.current = TRUE",
            ViolationType.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ViolationType> versions(String code) {
    return em.createQuery(
            "SELECT t FROM ViolationType t WHERE t.code = :c ORDER BY t.version DESC",
            ViolationType.class)
        .setParameter("c", code)
        .getResultList();
  }

  @Override
  public Optional<ViolationType> version(long id) {
    return Optional.ofNullable(em.find(ViolationType.class, id));
  }

  @Override
  public void add(ViolationType type) {
    em.persist(type);
    em.flush();
  }
}
