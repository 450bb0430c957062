package org.zhaokao.medical.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.zhaokao.medical.application.CandidateCheck;
import org.zhaokao.medical.application.PlanUseCases.PlannedCheck;
import org.zhaokao.medical.application.ReviewUseCases;
import org.zhaokao.medical.application.StageContext;
import org.zhaokao.medical.domain.access.ReportAccess;
import org.zhaokao.medical.domain.hospital.Hospital;
import org.zhaokao.medical.domain.report.MedicalReport;

/** The JSON the API answers with. */
final class Views {

  private Views() {}

  static JsonObject hospital(Hospital h) {
    return Json.createObjectBuilder()
        .add("id", h.id())
        .add("name", h.name())
        .add("address", h.address())
        .add("phone", h.phone())
        .add("codeFormat", h.codeFormat())
        .build();
  }

  static JsonObject plan(PlannedCheck p) {
    return Json.createObjectBuilder()
        .add("recruitmentId", p.plan().recruitmentId())
        .add("hospital", hospital(p.hospital()))
        .add("date", p.plan().date().toString())
        .add("time", p.plan().time())
        .add("place", p.plan().place())
        .add("notes", p.plan().notes())
        .add("version", p.plan().version())
        .build();
  }

  static JsonObject report(MedicalReport r) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", r.id())
            .add("seq", r.seq())
            .add("fileName", r.fileName())
            .add("format", r.format().name())
            .add("bytes", r.size())
            .add("sha256", r.sha256())
            .add("uploadedAt", r.uploadedAt().toString());
    r.verdict().ifPresent(v -> b.add("verdict", v.name()));
    r.reason().ifPresent(v -> b.add("reason", v));
    r.reviewedAt().ifPresent(v -> b.add("reviewedAt", v.toString()));
    r.incidentId().ifPresent(v -> b.add("incidentId", v));
    return b.build();
  }

  /** A check as the candidate or the officer sees it. */
  static JsonObject check(CandidateCheck c) {
    JsonArrayBuilder reports = Json.createArrayBuilder();
    c.reports().forEach(r -> reports.add(report(r)));
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("recruitmentId", c.assignment().recruitmentId())
            .add("recruitmentTitle", c.assignment().recruitmentTitle())
            .add("applicationId", c.entrant().applicationId())
            .add("name", c.entrant().realName())
            .add("ticketNumber", c.entrant().ticketNumber().orElse(""))
            .add("status", c.record().map(r -> r.status().name()).orElse("AWAITING_REPORT"))
            .add("consented", c.consented())
            .add("uploadsLeft", c.uploadsLeft())
            .add("reports", reports);
    c.record().flatMap(r -> r.consentAt()).ifPresent(t -> b.add("consentAt", t.toString()));
    c.plan().ifPresent(p -> b.add("plan", plan(p)));
    return b.build();
  }

  /** A reviewed check as employer users see it: the verdict, no health data, the name masked. */
  static JsonObject verdict(CandidateCheck c) {
    MedicalReport r = ReviewUseCases.latestReviewed(c).orElseThrow();
    return Json.createObjectBuilder()
        .add("applicationId", c.entrant().applicationId())
        .add("name", StageContext.masked(c.entrant().realName()))
        .add("ticketNumber", c.entrant().ticketNumber().orElse(""))
        .add("status", c.record().orElseThrow().status().name())
        .add("verdict", r.verdict().orElseThrow().name())
        .add("reviewedAt", r.reviewedAt().orElseThrow().toString())
        .add("reportId", r.id())
        .build();
  }

  static JsonObject access(ReportAccess a) {
    return Json.createObjectBuilder()
        .add("accountId", a.accountId())
        .add("capacity", a.capacity())
        .add("purpose", a.purpose())
        .add("granted", a.granted())
        .add("at", a.accessedAt().toString())
        .build();
  }
}
