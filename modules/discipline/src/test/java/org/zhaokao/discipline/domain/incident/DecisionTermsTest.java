package org.zhaokao.discipline.domain.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.blacklist.BlacklistScope;
import org.zhaokao.discipline.domain.catalogue.Sanction;

class DecisionTermsTest {

  @Test
  void aBlacklistingBarsEveryEmployerUnlessLimited() {
    assertEquals(
        BlacklistScope.ALL,
        new DecisionTerms(Set.of(Sanction.BLACKLIST), 3, "替考").blacklistScope());
    assertEquals(
        BlacklistScope.EMPLOYER,
        new DecisionTerms(Set.of(Sanction.BLACKLIST), 3, BlacklistScope.EMPLOYER, "替考")
            .blacklistScope());
  }

  @Test
  void refusesAScopeWithoutABlacklisting() {
    DisciplineException e =
        assertThrows(
            DisciplineException.class,
            () -> new DecisionTerms(Set.of(Sanction.DISQUALIFY), 0, BlacklistScope.EMPLOYER, "替考"));
    assertEquals(422, e.status());
  }
}
