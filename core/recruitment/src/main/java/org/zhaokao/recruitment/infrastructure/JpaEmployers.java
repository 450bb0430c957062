package org.zhaokao.recruitment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.recruitment.domain.employer.Employer;
import org.zhaokao.recruitment.domain.employer.Employers;

/** {@link Employers} in {@code core_employer}. */
@ApplicationScoped
public class JpaEmployers implements Employers {

  @PersistenceContext(unitName = "recruitment")
  private EntityManager em;

  @Override
  public Optional<Employer> find(long id) {
    return Optional.ofNullable(em.find(Employer.class, id));
  }

  @Override
  public Optional<Employer> findByCode(String code) {
    return em.createQuery("SELECT e FROM Employer e WHERE e.code = :code", Employer.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Employer> all() {
    return em.createQuery("SELECT e FROM Employer e ORDER BY e.name", Employer.class)
        .getResultList();
  }

  @Override
  public Employer add(Employer employer) {
    em.persist(employer);
    return employer;
  }
}
