package org.zhaokao.content.domain.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactKindTest {

  @Test
  void tellsMobilesFromEmails() {
    assertEquals(
        Optional.of(ContactKind.MOBILE),
        ContactKind.of(ContactKind.normalise("+86 139-1234-5678")));
    assertEquals(
        Optional.of(ContactKind.EMAIL), ContactKind.of(ContactKind.normalise(" Wang@Example.CN ")));
  }

  @Test
  void normalisesSoTheStatusLookupMatchesHoweverItIsTyped() {
    assertEquals("13912345678", ContactKind.normalise("+86 139 1234 5678"));
    assertEquals("wang@example.cn", ContactKind.normalise(" Wang@Example.CN "));
    assertEquals(
        "wang-li@example.cn", ContactKind.normalise("Wang-Li@example.cn"), "e-mail keeps dashes");
  }

  @Test
  void refusesAnythingElse() {
    assertTrue(ContactKind.of("12345").isEmpty());
    assertTrue(ContactKind.of("<script>@x").isEmpty());
    assertTrue(ContactKind.of("").isEmpty());
  }
}
