package org.zhaokao.discipline.domain.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhaokao.discipline.domain.DisciplineException;

class ViolationTypeTermsTest {

  @Test
  void listsEveryProblemAtOnce() {
    DisciplineException e =
        assertThrows(
            DisciplineException.class,
            () ->
                new ViolationTypeTerms(
                    "", "Cheating", "", true, "", Set.of(Sanction.BLACKLIST), 0));
    assertTrue(e.getMessage().contains("nameZh"), e.getMessage());
    assertTrue(e.getMessage().contains("standard"), e.getMessage());
    assertTrue(e.getMessage().contains("maxBlacklistYears"), e.getMessage());
  }

  @Test
  void aBarLengthOnlyWithBlacklisting() {
    assertThrows(
        DisciplineException.class,
        () ->
            new ViolationTypeTerms(
                "作弊", "Cheating", "第十条", true, "", Set.of(Sanction.DISQUALIFY), 3));
  }

  @Test
  void aTypeKeepsItsTermsAndANewVersionSupersedesIt() {
    ViolationTypeTerms terms =
        new ViolationTypeTerms(
            "替考", "Proxy", "第十一条", true, "录像", Set.of(Sanction.DISQUALIFY, Sanction.BLACKLIST), 5);
    ViolationType v1 = new ViolationType("proxy-test-taking", 1, terms, "7", OffsetDateTime.now());
    assertEquals(Set.of(Sanction.DISQUALIFY, Sanction.BLACKLIST), v1.allowed());
    assertEquals(terms, v1.terms());
    v1.supersede();
    assertTrue(!v1.current());
  }
}
