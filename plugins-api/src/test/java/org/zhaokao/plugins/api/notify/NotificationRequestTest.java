package org.zhaokao.plugins.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.NotificationChannel;

class NotificationRequestTest {

  @Test
  void aRequestDefaultsToChineseAndEveryChannel() {
    NotificationRequest r =
        NotificationRequest.builder("interview.notice", "interview.notice:c-1")
            .to(Recipient.account("c-1").withEmail(" a@example.com ").withMobile("138 1234 5678"))
            .parameter("time", "9:00")
            .build();
    assertEquals(Locale.SIMPLIFIED_CHINESE, r.locale());
    assertEquals(EnumSet.allOf(NotificationChannel.class), r.channels());
    assertEquals(Optional.of("a@example.com"), r.recipients().get(0).email());
    assertEquals(Optional.of("13812345678"), r.recipients().get(0).mobile());
  }

  @Test
  void englishVariantsBecomeEnglish() {
    NotificationRequest r =
        NotificationRequest.builder("a.b", "k")
            .locale(Locale.US)
            .to(Recipient.account("x"))
            .build();
    assertEquals(Locale.ENGLISH, r.locale());
  }

  @Test
  void theInboxCannotBeSwitchedOff() {
    NotificationRequest r =
        NotificationRequest.builder("a.b", "k")
            .onlyChannels(EnumSet.of(NotificationChannel.EMAIL))
            .to(Recipient.account("x"))
            .build();
    assertEquals(EnumSet.of(NotificationChannel.INBOX, NotificationChannel.EMAIL), r.channels());
  }

  @Test
  void badInputIsRefusedWithTheReason() {
    assertThrows(
        IllegalArgumentException.class,
        () -> NotificationRequest.builder("Review", "k").to(Recipient.account("x")).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> NotificationRequest.builder("a.b", " ").to(Recipient.account("x")).build());
    assertThrows(
        IllegalArgumentException.class, () -> NotificationRequest.builder("a.b", "k").build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            NotificationRequest.builder("a.b", "k")
                .locale(Locale.FRENCH)
                .to(Recipient.account("x"))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            NotificationRequest.builder("a.b", "k")
                .parameter("a-b", "v")
                .to(Recipient.account("x"))
                .build());
  }

  @Test
  void recipientsAreChecked() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Recipient.email("zhangsan@example"));
    assertFalse(e.getMessage().contains("zhangsan"), "the address is personal data");
    assertThrows(IllegalArgumentException.class, () -> Recipient.mobile("12345678901"));
    assertThrows(IllegalArgumentException.class, () -> Recipient.account("a b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Recipient(Optional.empty(), Optional.empty(), Optional.empty()));
    assertTrue(Recipient.mobile("+85291234567").mobile().isPresent());
  }
}
