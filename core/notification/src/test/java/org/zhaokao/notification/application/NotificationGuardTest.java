package org.zhaokao.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.NotificationChannel;

class NotificationGuardTest {

  @Test
  void auditedAddressesAreMaskedByThePlatformRules() {
    assertEquals(
        "z***@example.com",
        NotificationGuard.masked(NotificationChannel.EMAIL, "zhang@example.com"));
    assertEquals("138****5678", NotificationGuard.masked(NotificationChannel.SMS, "13812345678"));
  }

  @Test
  void inboxDeliveriesAndMissingAddressesRecordNoAddress() {
    assertEquals("", NotificationGuard.masked(NotificationChannel.INBOX, "c-42"));
    assertEquals("", NotificationGuard.masked(NotificationChannel.SMS, null));
  }
}
