package org.zhaokao.physical.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.zhaokao.physical.application.CandidateResult;
import org.zhaokao.physical.domain.catalogue.TestItem;
import org.zhaokao.physical.domain.plan.PlanItem;
import org.zhaokao.physical.domain.plan.TestPlan;
import org.zhaokao.physical.domain.plan.TestSession;
import org.zhaokao.physical.domain.standard.ItemVerdict;
import org.zhaokao.physical.domain.standard.StandardLine;
import org.zhaokao.plugins.api.roster.StageEntrant;

/** The JSON shapes of the API's answers. */
final class Views {

  private Views() {}

  static JsonObject item(TestItem i) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (StandardLine l : i.standard().lines()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("gender", l.gender().name())
              .add("minAge", l.band().minAge())
              .add("threshold", l.threshold());
      l.band().maxAge().ifPresentOrElse(max -> o.add("maxAge", max), () -> o.addNull("maxAge"));
      lines.add(o);
    }
    return Json.createObjectBuilder()
        .add("code", i.code())
        .add("nameZh", i.nameZh())
        .add("nameEn", i.nameEn())
        .add("unit", i.unit())
        .add("direction", i.direction().name())
        .add("defaultAttempts", i.defaultAttempts())
        .add("standards", lines)
        .build();
  }

  static JsonObject plan(TestPlan p, java.util.function.LongFunction<String> codeOf) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (PlanItem i : p.items()) {
      items.add(
          Json.createObjectBuilder()
              .add("code", codeOf.apply(i.itemId()))
              .add("attempts", i.attempts()));
    }
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("recruitmentId", p.recruitmentId())
            .add("passRule", p.rule().kind().name())
            .add("required", p.rule().required())
            .add("items", items);
    p.reportedAt()
        .ifPresentOrElse(t -> o.add("reportedAt", t.toString()), () -> o.addNull("reportedAt"));
    return o.build();
  }

  static JsonObject session(TestSession s) {
    return Json.createObjectBuilder()
        .add("id", s.id())
        .add("startsAt", s.startsAt().atZone(TestSession.ZONE).toOffsetDateTime().toString())
        .add("place", s.place())
        .build();
  }

  static JsonObject candidate(CandidateResult r) {
    StageEntrant e = r.entrant();
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("applicationId", e.applicationId())
            .add("ticketNumber", e.ticketNumber().orElse(""))
            .add("name", e.realName())
            .add("gender", e.gender())
            .add("maskedIdNumber", e.maskedIdNumber())
            .add("positionCode", e.positionCode())
            .add("status", r.status().name())
            .add("remark", r.remark());
    r.session().ifPresentOrElse(s -> o.add("sessionId", s.id()), () -> o.addNull("sessionId"));
    r.seat()
        .flatMap(s -> s.signedInAt())
        .ifPresentOrElse(t -> o.add("signedInAt", t.toString()), () -> o.addNull("signedInAt"));
    JsonArrayBuilder items = Json.createArrayBuilder();
    r.evaluation()
        .ifPresent(
            ev -> {
              for (ItemVerdict v : ev.items()) {
                JsonObjectBuilder i =
                    Json.createObjectBuilder()
                        .add("code", v.code())
                        .add("standard", v.standard())
                        .add("verdict", v.verdict().name());
                v.best().ifPresentOrElse(b -> i.add("best", b), () -> i.addNull("best"));
                items.add(i);
              }
            });
    return o.add("items", items).build();
  }
}
