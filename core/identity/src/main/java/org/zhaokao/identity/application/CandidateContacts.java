package org.zhaokao.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.identity.domain.account.ContactChannel;
import org.zhaokao.notification.application.ContactDirectory;
import org.zhaokao.privacy.DataProtection;

/**
 * Tells the notifier where a candidate wants to be reached: the addresses on file for the channels
 * they opted in to. Accounts without a candidate record (staff) are reached in the inbox only.
 */
@ApplicationScoped
public class CandidateContacts implements ContactDirectory {

  @Inject private Accounts accounts;
  @Inject private DataProtection protection;

  @Override
  public Contacts of(String accountId) {
    long id;
    try {
      id = Long.parseLong(accountId);
    } catch (NumberFormatException e) {
      return Contacts.none();
    }
    return accounts
        .findCandidate(id)
        .map(
            c ->
                new Contacts(
                    c.notifyByEmail()
                        ? Optional.of(address(c, ContactChannel.EMAIL))
                        : Optional.empty(),
                    c.notifyBySms()
                        ? Optional.of(address(c, ContactChannel.MOBILE))
                        : Optional.empty()))
        .orElseGet(Contacts::none);
  }

  private String address(Candidate c, ContactChannel channel) {
    return protection.decrypt(Candidate.field(channel), c.encrypted(channel));
  }
}
