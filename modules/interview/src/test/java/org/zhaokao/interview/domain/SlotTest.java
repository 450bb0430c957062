package org.zhaokao.interview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlotTest {

  private static final OffsetDateTime NINE =
      OffsetDateTime.of(2026, 12, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));

  @Test
  void showsTheMeetingLinkOnlyInsideItsTimeSlot() {
    Slot s = new Slot(1, 2, 3, 4);
    assertEquals(Optional.empty(), s.meetingLinkAt(NINE));
    s.meeting("https://meet.example.cn/a", NINE, NINE.plusMinutes(30));
    assertEquals(Optional.empty(), s.meetingLinkAt(NINE.minusSeconds(1)));
    assertEquals(Optional.of("https://meet.example.cn/a"), s.meetingLinkAt(NINE));
    assertEquals(Optional.of("https://meet.example.cn/a"), s.meetingLinkAt(NINE.plusMinutes(29)));
    assertEquals(Optional.empty(), s.meetingLinkAt(NINE.plusMinutes(30)));
    assertThrows(IllegalArgumentException.class, () -> s.meeting("https://x.cn", NINE, NINE));
  }

  @Test
  void signsInOnceAndAnswersFromCallToEnd() {
    Slot s = new Slot(1, 2, 3, 4);
    assertFalse(s.signedIn());
    s.signIn(7, NINE);
    assertTrue(s.signedIn());
    assertThrows(IllegalStateException.class, () -> s.signIn(7, NINE));
    assertThrows(IllegalStateException.class, () -> s.endAnswer(NINE));
    s.call(NINE);
    assertTrue(s.answering());
    assertThrows(IllegalStateException.class, () -> s.call(NINE));
    s.endAnswer(NINE.plusMinutes(12));
    assertFalse(s.answering());
    assertEquals(Optional.of(NINE.plusMinutes(12)), s.answerEndedAt());
    assertThrows(IllegalStateException.class, () -> s.endAnswer(NINE.plusMinutes(13)));
  }

  @Test
  void keepsRecordingReferencesInTheOrderEntered() {
    Slot s = new Slot(1, 2, 3, 4);
    s.recordings(List.of("rec-2", "rec-1"));
    s.recordings(List.of("rec-3", "https://vod.example.cn/1"));
    assertEquals(List.of("rec-3", "https://vod.example.cn/1"), s.recordings());
  }
}
