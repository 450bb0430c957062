package org.zhaokao.notification.application;

import java.util.Optional;

/**
 * Where an account wants to be reached, for a notification addressed to the account alone: the
 * addresses of the channels the person opted in to. The identity module implements it; the notifier
 * asks only when a request names an account without addresses.
 */
public interface ContactDirectory {

  /**
   * The account's opted-in addresses.
   *
   * @param email the e-mail address, when the person wants e-mail
   * @param mobile the mobile number, when the person wants SMS
   */
  record Contacts(Optional<String> email, Optional<String> mobile) {

    public static Contacts none() {
      return new Contacts(Optional.empty(), Optional.empty());
    }
  }

  Contacts of(String accountId);
}
