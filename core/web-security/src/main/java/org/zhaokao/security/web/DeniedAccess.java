package org.zhaokao.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.apache.shiro.subject.Subject;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.AccountPrincipal;

/** Records a logged-in user's refused request in the audit trail, from any WAR. */
final class DeniedAccess {

  private static final Logger LOG = Logger.getLogger(DeniedAccess.class.getName());

  private DeniedAccess() {}

  static void record(Subject subject, HttpServletRequest request) {
    AccountPrincipal principal = subject.getPrincipals().oneByType(AccountPrincipal.class);
    if (principal == null) {
      return;
    }
    try {
      AuditLog audit = (AuditLog) new InitialContext().lookup(AuditLog.JNDI_NAME);
      audit.record(
          AuditEntry.builder("authz.denied", AuditActor.of(principal))
              .result(AuditResult.DENIED)
              .client(request.getRemoteAddr(), request.getHeader("User-Agent"))
              .detail("path", request.getRequestURI())
              .build());
    } catch (NamingException | RuntimeException e) {
      // The refusal itself stands; only its record is lost, which the log says.
      LOG.log(Level.WARNING, "Could not record a refused request in the audit trail", e);
    }
  }
}
