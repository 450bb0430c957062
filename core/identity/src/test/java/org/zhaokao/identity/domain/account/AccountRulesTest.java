package org.zhaokao.identity.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @Test
  void locksGrowAfterTheFreeAttemptsAndStopAtAnHour() {
    assertEquals(Duration.ZERO, LoginThrottle.lockAfter(4));
    assertEquals(Duration.ofMinutes(1), LoginThrottle.lockAfter(5));
    assertEquals(Duration.ofMinutes(2), LoginThrottle.lockAfter(6));
    assertEquals(Duration.ofMinutes(32), LoginThrottle.lockAfter(10));
    assertEquals(Duration.ofMinutes(60), LoginThrottle.lockAfter(11));
    assertEquals(Duration.ofMinutes(60), LoginThrottle.lockAfter(500));
  }

  @Test
  void anAccountLocksAfterFiveWrongPasswordsAndALoginClearsIt() {
    OffsetDateTime now = OffsetDateTime.of(2026, 11, 27, 8, 0, 0, 0, ZoneOffset.UTC);
    Account a = Account.candidate("张*", "hash", now);
    for (int i = 0; i < 4; i++) {
      a.wrongPassword(now);
    }
    assertTrue(a.lockedAt(now).isEmpty());
    a.wrongPassword(now);
    assertEquals(now.plusMinutes(1), a.lockedAt(now).orElseThrow());
    assertTrue(a.lockedAt(now.plusMinutes(2)).isEmpty(), "the lock ends by itself");
    a.loggedIn(now.plusMinutes(2));
    assertEquals(0, a.failedLogins());
  }

  @Test
  void passwordPolicyFollowsAsvsLevelTwo() {
    assertEquals(PasswordPolicy.Problem.TOO_SHORT, PasswordPolicy.check("abc1234").orElseThrow());
    assertEquals(
        PasswordPolicy.Problem.TOO_LONG,
        PasswordPolicy.check("x".repeat(64) + "y".repeat(65)).orElseThrow());
    assertEquals(PasswordPolicy.Problem.COMMON, PasswordPolicy.check("woaini1314").orElseThrow());
    assertEquals(PasswordPolicy.Problem.COMMON, PasswordPolicy.check("PASSWORD123").orElseThrow());
    assertEquals(PasswordPolicy.Problem.REPEATED, PasswordPolicy.check("zzzzzzzzzz").orElseThrow());
    assertEquals(
        PasswordPolicy.Problem.CONTAINS_IDENTIFIER,
        PasswordPolicy.check("my13800138000", "13800138000").orElseThrow());
    // No composition rules: a long passphrase of lower-case words, or Chinese, is fine.
    assertTrue(PasswordPolicy.check("correct horse battery staple").isEmpty());
    assertTrue(PasswordPolicy.check("春眠不觉晓处处闻啼鸟").isEmpty());
    assertTrue(PasswordPolicy.check("x".repeat(63) + "y".repeat(64)).isEmpty(), "128 is allowed");
  }

  @Test
  void loginIdentifiersAreRecognisedAndNormalised() {
    assertEquals(
        new LoginIdentifier(LoginIdentifier.Kind.ID_NUMBER, "11010519491231002X"),
        LoginIdentifier.of(" 11010519491231002x ", TODAY));
    assertEquals(LoginIdentifier.Kind.MOBILE, LoginIdentifier.of("13800138000", TODAY).kind());
    assertEquals(
        new LoginIdentifier(LoginIdentifier.Kind.EMAIL, "zhangsan@example.com"),
        LoginIdentifier.of("ZhangSan@Example.com", TODAY));
    assertEquals(
        new LoginIdentifier(LoginIdentifier.Kind.USERNAME, "admin"),
        LoginIdentifier.of("Admin", TODAY));
  }

  @Test
  void contactFormats() {
    assertTrue(ContactRules.isMobile("19912345678"));
    assertFalse(ContactRules.isMobile("12912345678"));
    assertFalse(ContactRules.isMobile("1381234567"));
    assertTrue(ContactRules.isEmail("li.si+exam@mail.example.cn"));
    assertFalse(ContactRules.isEmail("li.si@localhost"));
    assertTrue(ContactRules.isRealName("欧阳娜娜"));
    assertTrue(ContactRules.isRealName("买买提·艾力"));
    assertFalse(ContactRules.isRealName("张"));
    assertFalse(ContactRules.isRealName("<script>"));
  }
}
