package org.zhaokao.archiving.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.zhaokao.archiving.domain.Archive;
import org.zhaokao.archiving.domain.ArchiveStatus;
import org.zhaokao.archiving.domain.Archives;

/** Archives in {@code ar_archive}. */
@ApplicationScoped
public class JpaArchives implements Archives {

  @PersistenceContext(unitName = "archiving")
  private EntityManager em;

  @Override
  public void add(Archive archive) {
    em.persist(archive);
    em.flush();
  }

  @Override
  public Optional<Archive> find(long id) {
    return Optional.ofNullable(em.find(Archive.class, id));
  }

  @Override
  public Optional<Archive> findForUpdate(long id) {
    // Two people acting on the same archive (ask and approve at once) are serialised.
    return Optional.ofNullable(em.find(Archive.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Archive> all() {
    return em.createQuery("SELECT a FROM Archive a ORDER BY a.id DESC", Archive.class)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public List<Archive> dueForDestruction(OffsetDateTime now) {
    return em.createQuery(
            "SELECT a FROM Archive a WHERE a.status <> :destroyed AND a.retainUntil <= :now"
                + " ORDER BY a.retainUntil, a.id",
            Archive.class)
        .setParameter("destroyed", ArchiveStatus.DESTROYED)
        .setParameter("now", now)
        .getResultList();
  }
}
