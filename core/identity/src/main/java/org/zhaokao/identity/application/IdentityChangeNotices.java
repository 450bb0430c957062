package org.zhaokao.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.zhaokao.identity.domain.request.IdentityRequest;
import org.zhaokao.plugins.api.notify.NotificationRequest;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.notify.Recipient;

/** Tells a candidate the decision on a name / ID-number change request, in their language. */
@Stateless
public class IdentityChangeNotices {

  @EJB private Notifier notifier;
  @EJB private AccountLanguages languages;

  public void approved(IdentityRequest r, String name) {
    notifier.notify(request(IdentityTemplates.CHANGE_APPROVED, r, name).build());
  }

  public void refused(IdentityRequest r, String name, String reason) {
    notifier.notify(
        request(IdentityTemplates.CHANGE_REFUSED, r, name).parameter("reason", reason).build());
  }

  private NotificationRequest.Builder request(String event, IdentityRequest r, String name) {
    return NotificationRequest.builder(event, event + ":" + r.id())
        .to(Recipient.account(String.valueOf(r.accountId())))
        .locale(languages.of(r.accountId()))
        .parameter("name", name)
        .parameter("request", String.valueOf(r.id()));
  }
}
