package org.zhaokao.discipline.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CandidateIncidentViewTest {

  @Test
  void aVoidingThatWaitsForApprovalReadsAsPendingNotAsVoid() {
    assertEquals(
        List.of("discipline.sanction.VOID_STAGE_SCORE.pending", "discipline.sanction.BLACKLIST"),
        view(List.of("VOID_STAGE_SCORE", "BLACKLIST"), "VOID").sanctionKeys());
    assertEquals(
        List.of("discipline.sanction.VOID_STAGE_SCORE"),
        view(List.of("VOID_STAGE_SCORE"), null).sanctionKeys());
    assertEquals(
        List.of("discipline.sanction.VOID_STAGE_SCORE", "discipline.scoreChange.REINSTATEMENT"),
        view(List.of("VOID_STAGE_SCORE"), "REINSTATEMENT").sanctionKeys());
  }

  @Test
  void everyKeyTheScreenShowsIsInBothLanguages() throws IOException {
    List<String> keys =
        List.of(
            "discipline.sanction.VOID_STAGE_SCORE",
            "discipline.sanction.VOID_STAGE_SCORE.pending",
            "discipline.scoreChange.REINSTATEMENT");
    for (String bundle : List.of("messages_zh", "messages_en")) {
      Properties p = new Properties();
      try (InputStream in =
          getClass().getResourceAsStream("/org/zhaokao/discipline/" + bundle + ".properties")) {
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      for (String key : keys) {
        assertTrue(p.containsKey(key), bundle + " lacks " + key);
      }
    }
  }

  private static CandidateIncidentView view(List<String> sanctions, String pending) {
    return new CandidateIncidentView(
        1, 2, 3, "扰乱考场秩序", "《规定》", sanctions, 0, "理由", "DECIDED", null, null, pending);
  }
}
