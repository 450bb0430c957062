package org.zhaokao.physical.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.physical.domain.catalogue.Catalogue;
import org.zhaokao.physical.domain.catalogue.TestItem;

@ApplicationScoped
public class JpaCatalogue implements Catalogue {

  @PersistenceContext(unitName = "physical-test")
  private EntityManager em;

  @Override
  public List<TestItem> all() {
    return em.createQuery("select i from TestItem i order by i.id", TestItem.class).getResultList();
  }

  @Override
  public Optional<TestItem> byCode(String code) {
    return em.createQuery("select i from TestItem i where i.code = :code", TestItem.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<TestItem> byId(long id) {
    return Optional.ofNullable(em.find(TestItem.class, id));
  }

  @Override
  public void add(TestItem item) {
    em.persist(item);
  }
}
