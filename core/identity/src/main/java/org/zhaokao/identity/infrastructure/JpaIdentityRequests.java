package org.zhaokao.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zhaokao.identity.domain.request.IdentityRequest;
import org.zhaokao.identity.domain.request.IdentityRequests;
import org.zhaokao.identity.domain.request.RequestEvidence;

/** {@link IdentityRequests} on JPA. */
@ApplicationScoped
public class JpaIdentityRequests extends JpaReviewedSubmissions<IdentityRequest, RequestEvidence>
    implements IdentityRequests {

  public JpaIdentityRequests() {
    super(IdentityRequest.class, RequestEvidence.class);
  }

  @Override
  public List<IdentityRequest> of(long accountId) {
    return em().createQuery(
            "SELECT r FROM IdentityRequest r WHERE r.accountId = :a ORDER BY r.filedAt DESC, r.id"
                + " DESC",
            IdentityRequest.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Override
  public void removeAll(long accountId) {
    for (IdentityRequest r : of(accountId)) {
      evidence(r.id()).ifPresent(em()::remove);
      em().remove(r);
    }
  }
}
