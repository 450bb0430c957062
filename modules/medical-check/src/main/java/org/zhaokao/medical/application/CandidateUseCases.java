package org.zhaokao.medical.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.zhaokao.medical.domain.hospital.Hospitals;
import org.zhaokao.medical.domain.plan.Plans;
import org.zhaokao.medical.domain.report.CheckRecord;
import org.zhaokao.medical.domain.report.MedicalReport;
import org.zhaokao.medical.domain.report.Records;
import org.zhaokao.medical.domain.report.ReportFormat;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.roster.StageEntrant;
import org.zhaokao.plugins.api.security.Actor;

/**
 * What the candidate does (考生): reads the notice, consents to the processing of health data, and
 * uploads the report — never without the consent, and only a PDF, JPEG or PNG by its content.
 */
@ApplicationScoped
public class CandidateUseCases {

  @Inject private StageContext stage;
  @Inject private Plans plans;
  @Inject private Hospitals hospitals;
  @Inject private Records records;
  @Inject private ReportVault vault;

  /** The checks the actor entered, in every recruitment. */
  @Transactional
  public List<CandidateCheck> mine(Actor actor) {
    stage.loggedIn(actor);
    long me = actor.accountId();
    List<CandidateCheck> out = new ArrayList<>();
    for (StageAssignment a : stage.assignments()) {
      for (StageEntrant e : stage.entrants(a.recruitmentId())) {
        if (e.candidateAccountId() == me) {
          out.add(check(a, e));
        }
      }
    }
    return out;
  }

  /**
   * Records the consent to health-data processing (健康信息处理同意), with the time.
   *
   * @throws StageProblem 404 if the actor is not a candidate of the check, 422 without {@code
   *     agreed}
   */
  @Transactional
  public CandidateCheck consent(Actor actor, long recruitmentId, boolean agreed) {
    StageEntrant e = stage.self(actor, recruitmentId);
    if (!agreed) {
      throw StageProblem.invalid(
          "consent means agreeing to the processing of your health data: send agreed=true");
    }
    CheckRecord record = record(e, recruitmentId);
    boolean first = record.consentAt().isEmpty();
    record.consent(Instant.now());
    if (first) {
      stage.audit(
          actor,
          "consent.given",
          "application",
          e.applicationId(),
          "recruitment",
          String.valueOf(recruitmentId));
    }
    return check(stage.assignment(recruitmentId), e);
  }

  /**
   * Seals and stores the report.
   *
   * @throws StageProblem 404 if the actor is not a candidate, 409 without consent or when no report
   *     is expected, 413 over the size limit, 415 for content that is not a PDF, JPEG or PNG or
   *     does not match its name, 422 for an empty file or a bad name
   */
  @Transactional
  public MedicalReport upload(Actor actor, long recruitmentId, String fileName, byte[] content) {
    StageEntrant e = stage.self(actor, recruitmentId);
    CheckRecord record =
        records
            .record(recruitmentId, e.applicationId())
            .orElseThrow(
                () ->
                    StageProblem.conflict(
                        "consent to the processing of your health data before uploading a"
                            + " report"));
    int seq;
    try {
      seq = record.nextUpload(records.reports(record.id()).size());
    } catch (IllegalStateException ex) {
      throw StageProblem.conflict(ex.getMessage());
    }
    String name = fileName == null ? "" : fileName.strip();
    if (name.isEmpty() || name.length() > 200 || name.contains("/") || name.contains("\\")) {
      throw StageProblem.invalid("give the file's name (1 to 200 characters, no path)");
    }
    if (content == null || content.length == 0) {
      throw StageProblem.invalid("the file is empty");
    }
    int max = stage.plugin().maxReportBytes();
    if (content.length > max) {
      throw new StageProblem(
          413, "the report has " + content.length + " bytes; at most " + max + " are accepted");
    }
    ReportFormat format =
        ReportFormat.sniff(content)
            .orElseThrow(
                () ->
                    new StageProblem(
                        415, "the content of " + name + " is not a PDF, JPEG or PNG file"));
    if (!format.named(name)) {
      throw new StageProblem(
          415, "the content of " + name + " is " + format + ", which its name does not say");
    }
    MedicalReport report =
        new MedicalReport(
            record.id(),
            seq,
            name,
            format,
            content.length,
            sha256(content),
            vault.seal(record.id(), seq, content),
            Instant.now());
    records.add(report);
    record.submitted();
    stage.audit(
        actor,
        "report.uploaded",
        "medical-report",
        report.id(),
        "application",
        String.valueOf(e.applicationId()),
        "format",
        format.name(),
        "bytes",
        String.valueOf(content.length));
    return report;
  }

  private CheckRecord record(StageEntrant e, long recruitmentId) {
    return records
        .record(recruitmentId, e.applicationId())
        .orElseGet(
            () -> {
              CheckRecord r =
                  new CheckRecord(recruitmentId, e.applicationId(), e.candidateAccountId());
              records.add(r);
              return r;
            });
  }

  CandidateCheck check(StageAssignment a, StageEntrant e) {
    Optional<CheckRecord> record = records.record(a.recruitmentId(), e.applicationId());
    return new CandidateCheck(
        a,
        e,
        plans
            .plan(a.recruitmentId())
            .map(
                p ->
                    new PlanUseCases.PlannedCheck(p, hospitals.byId(p.hospitalId()).orElseThrow())),
        record,
        record.map(r -> records.reports(r.id())).orElse(List.of()));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
