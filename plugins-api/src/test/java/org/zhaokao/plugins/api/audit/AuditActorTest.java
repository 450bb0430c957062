package org.zhaokao.plugins.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.security.AccountPrincipal;
import org.zhaokao.plugins.api.security.Actor;

class AuditActorTest {

  private static Actor actor(AccountPrincipal principal) {
    return new Actor() {
      @Override
      public Optional<AccountPrincipal> principal() {
        return Optional.ofNullable(principal);
      }

      @Override
      public boolean isPermitted(String permission) {
        return false;
      }

      @Override
      public String clientIp() {
        return "";
      }

      @Override
      public String userAgent() {
        return "";
      }
    };
  }

  @Test
  void aLoggedInAccountActsInTheRoleOfItsKind() {
    assertEquals(
        new AuditActor("42", "staff"),
        AuditActor.of(actor(new AccountPrincipal(42, "STAFF", "王*"))));
  }

  @Test
  void someoneNotLoggedInIsAnonymous() {
    assertEquals(AuditActor.anonymous(), AuditActor.of(actor(null)));
  }
}
