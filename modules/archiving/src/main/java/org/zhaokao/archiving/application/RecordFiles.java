package org.zhaokao.archiving.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.records.OutcomeRecord;
import org.zhaokao.plugins.api.records.RecruitmentRecord;
import org.zhaokao.plugins.api.records.StageRecord;
import org.zhaokao.plugins.api.roster.StageEntrant;

/**
 * The record files of a package, as UTF-8 JSON by path: the recruitment and its chain, each stage's
 * roster (考生名单, the ID number masked as the core hands it out) and outcomes (成绩), and the
 * disqualifications (违纪取消资格) that the outcomes carry.
 */
final class RecordFiles {

  private RecordFiles() {}

  /** The stage's folder inside the package, e.g. {@code stages/01-written-exam}. */
  static String folder(StageRecord stage) {
    return String.format("stages/%02d-%s", stage.seq(), stage.stageId());
  }

  static Map<String, byte[]> of(
      RecruitmentRecord recruitment, Map<StageRecord, List<StageEntrant>> rosters) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("recruitment.json", json(recruitment(recruitment)));
    JsonArrayBuilder disqualified = Json.createArrayBuilder();
    for (StageRecord stage : recruitment.stages()) {
      files.put(folder(stage) + "/entrants.json", json(entrants(rosters.get(stage))));
      files.put(folder(stage) + "/outcomes.json", json(outcomes(stage.outcomes())));
      for (OutcomeRecord o : stage.outcomes()) {
        if (o.status() == OutcomeStatus.DISQUALIFIED) {
          disqualified.add(
              Json.createObjectBuilder()
                  .add("stageId", stage.stageId())
                  .add("applicationId", o.applicationId())
                  .add("reason", o.remark())
                  .add("recordedAt", o.reportedAt().toString()));
        }
      }
    }
    files.put(
        "discipline/disqualifications.json",
        json(Json.createObjectBuilder().add("disqualifications", disqualified).build()));
    return files;
  }

  private static JsonStructure recruitment(RecruitmentRecord r) {
    JsonArrayBuilder stages = Json.createArrayBuilder();
    for (StageRecord s : r.stages()) {
      stages.add(
          Json.createObjectBuilder()
              .add("seq", s.seq())
              .add("stageId", s.stageId())
              .add("phase", s.phase().name())
              .add("entrants", s.entrants())
              .add("outcomes", s.outcomes().size())
              .add("folder", folder(s)));
    }
    return Json.createObjectBuilder()
        .add("id", r.recruitmentId())
        .add("title", r.title())
        .add("employerId", r.employerId())
        .add("stages", stages)
        .build();
  }

  private static JsonStructure entrants(List<StageEntrant> entrants) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (StageEntrant e : entrants == null ? List.<StageEntrant>of() : entrants) {
      list.add(
          Json.createObjectBuilder()
              .add("applicationId", e.applicationId())
              .add("candidateAccountId", e.candidateAccountId())
              .add("realName", e.realName())
              .add("gender", e.gender())
              .add("maskedIdNumber", e.maskedIdNumber())
              .add("ticketNumber", e.ticketNumber().orElse(""))
              .add("positionCode", e.positionCode())
              .add("positionTitle", e.positionTitle()));
    }
    return list.build();
  }

  private static JsonStructure outcomes(List<OutcomeRecord> outcomes) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (OutcomeRecord o : outcomes) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("applicationId", o.applicationId())
              .add("positionId", o.positionId())
              .add("status", o.status().name())
              .add("remark", o.remark())
              .add("reportedAt", o.reportedAt().toString());
      o.score().ifPresentOrElse(s -> b.add("score", s), () -> b.addNull("score"));
      list.add(b);
    }
    return list.build();
  }

  private static byte[] json(JsonStructure value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonWriterFactory factory =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    try (JsonWriter w = factory.createWriter(out, StandardCharsets.UTF_8)) {
      w.write(value);
    }
    return out.toByteArray();
  }
}
