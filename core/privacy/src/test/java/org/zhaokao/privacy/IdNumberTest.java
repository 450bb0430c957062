package org.zhaokao.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @Test
  void acceptsTheStandardsExampleAndDerivesBirthDateAndGender() {
    // The example number printed in GB 11643-1999.
    IdNumber id = IdNumber.parse("11010519491231002x", TODAY);
    assertEquals("11010519491231002X", id.value());
    assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
    assertEquals(IdNumber.Gender.FEMALE, id.gender());
    assertEquals(76, id.ageOn(TODAY));
  }

  @Test
  void computesTheCheckCharacter() {
    assertEquals('X', IdNumber.checkCharacter("11010519491231002"));
    String male = "44030419900101001";
    String full = male + IdNumber.checkCharacter(male);
    assertEquals(IdNumber.Gender.MALE, IdNumber.parse(full, TODAY).gender());
  }

  @Test
  void namesWhatIsWrong() {
    assertEquals(IdNumber.Problem.LENGTH, IdNumber.check("1101051949123100", TODAY).orElseThrow());
    assertEquals(
        IdNumber.Problem.CHARACTERS, IdNumber.check("11010519491231002A", TODAY).orElseThrow());
    assertEquals(
        IdNumber.Problem.REGION, IdNumber.check("01010519491231002X", TODAY).orElseThrow());
    assertEquals(
        IdNumber.Problem.BIRTH_DATE, IdNumber.check("11010519491331002X", TODAY).orElseThrow());
    assertEquals(
        IdNumber.Problem.BIRTH_DATE, IdNumber.check("11010520300101002X", TODAY).orElseThrow());
    assertEquals(
        IdNumber.Problem.CHECK_DIGIT, IdNumber.check("110105194912310021", TODAY).orElseThrow());
    InvalidIdNumberException e =
        assertThrows(InvalidIdNumberException.class, () -> IdNumber.parse(null, TODAY));
    assertEquals(IdNumber.Problem.LENGTH, e.problem());
  }

  @Test
  void neverPrintsItselfInFull() {
    assertFalse(IdNumber.parse("11010519491231002X", TODAY).toString().contains("19491231"));
  }
}
