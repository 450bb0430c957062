package org.zhaokao.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.domain.request.IdentityRequest;
import org.zhaokao.identity.domain.request.IdentityRequests;
import org.zhaokao.identity.domain.request.RequestEvidence;
import org.zhaokao.identity.domain.request.RequestStatus;

/** {@link IdentityRequests} on JPA. */
@ApplicationScoped
public class JpaIdentityRequests implements IdentityRequests {

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  @Override
  public IdentityRequest add(IdentityRequest request) {
    em.persist(request);
    em.flush();
    return request;
  }

  @Override
  public void add(RequestEvidence evidence) {
    em.persist(evidence);
  }

  @Override
  public Optional<IdentityRequest> find(long id) {
    return Optional.ofNullable(em.find(IdentityRequest.class, id));
  }

  @Override
  public Optional<RequestEvidence> evidence(long requestId) {
    return Optional.ofNullable(em.find(RequestEvidence.class, requestId));
  }

  @Override
  public List<IdentityRequest> of(long accountId) {
    return em.createQuery(
            "SELECT r FROM IdentityRequest r WHERE r.accountId = :a ORDER BY r.filedAt DESC, r.id"
                + " DESC",
            IdentityRequest.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Override
  public List<IdentityRequest> pending() {
    return em.createQuery(
            "SELECT r FROM IdentityRequest r WHERE r.status = :s ORDER BY r.filedAt, r.id",
            IdentityRequest.class)
        .setParameter("s", RequestStatus.PENDING)
        .getResultList();
  }

  @Override
  public void removeAll(long accountId) {
    for (IdentityRequest r : of(accountId)) {
      evidence(r.id()).ifPresent(em::remove);
      em.remove(r);
    }
  }
}
