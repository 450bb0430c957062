package org.zhaokao.medical.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.medical.domain.hospital.Hospital;
import org.zhaokao.medical.domain.hospital.Hospitals;

@ApplicationScoped
public class JpaHospitals implements Hospitals {

  @PersistenceContext(unitName = "medical-check")
  private EntityManager em;

  @Override
  public List<Hospital> all() {
    return em.createQuery("select h from Hospital h order by h.name", Hospital.class)
        .getResultList();
  }

  @Override
  public Optional<Hospital> byId(long id) {
    return Optional.ofNullable(em.find(Hospital.class, id));
  }

  @Override
  public Optional<Hospital> byName(String name) {
    return em.createQuery("select h from Hospital h where h.name = :n", Hospital.class)
        .setParameter("n", name == null ? "" : name.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Hospital hospital) {
    em.persist(hospital);
  }
}
