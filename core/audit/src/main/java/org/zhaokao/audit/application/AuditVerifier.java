package org.zhaokao.audit.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import org.zhaokao.audit.domain.Verification;

/** Checks the trail's hash chain for auditors (审计链校验): REST, console, and the retention job. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerifier {

  @EJB private ChainKeeper keeper;
  @EJB private ChainTransactions chain;

  /**
   * Links what has been committed so far, so the report covers everything recorded before the
   * request, then walks the chain from {@code fromPosition} (from the anchor when null).
   */
  public Verification verify(Long fromPosition) {
    keeper.linkPending();
    return chain.verify(fromPosition, Instant.now());
  }
}
