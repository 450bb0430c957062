package org.zhaokao.recruitment.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.zhaokao.pipeline.application.flow.ApplicationSanctions;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.plugins.api.audit.AuditActor;
import org.zhaokao.plugins.api.audit.AuditEntry;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationEvent;
import org.zhaokao.recruitment.domain.application.ApplicationStatus;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.EventKind;

/**
 * Disqualifies applications (取消资格) when discipline decides, for the pipeline. No permission check
 * here: the discipline plugin checked its officer's before it decided.
 */
@Stateless
@Local(ApplicationSanctions.class)
public class Disqualifications implements ApplicationSanctions {

  @Inject private Applications applications;
  @Inject private Guard guard;

  @Override
  public OptionalLong disqualify(long applicationId, String reason) {
    Application a =
        applications
            .find(applicationId)
            .orElseThrow(() -> new IllegalArgumentException("No application " + applicationId));
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    boolean changed;
    try {
      changed = a.disqualify(now, reason);
    } catch (ConflictException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    if (!changed) {
      return OptionalLong.empty();
    }
    applications.add(
        new ApplicationEvent(
            a.id(), EventKind.DISQUALIFIED, now, 0L, a.decisionReason().orElse("")));
    guard.record(
        AuditEntry.builder("application.disqualified", AuditActor.system())
            .target("application", String.valueOf(a.id()))
            .detail("recruitment", String.valueOf(a.recruitmentId())));
    return OptionalLong.of(a.recruitmentId());
  }

  @Override
  public long liftDisqualification(long applicationId, String reason) {
    Application a =
        applications
            .find(applicationId)
            .orElseThrow(() -> new IllegalArgumentException("No application " + applicationId));
    if (a.status() == ApplicationStatus.DISQUALIFIED
        && applications.findLive(a.candidateId(), a.recruitmentId()).isPresent()) {
      throw new IllegalStateException(
          "The candidate of application "
              + applicationId
              + " applied to the recruitment again meanwhile; withdraw that application first");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try {
      a.liftDisqualification(now);
    } catch (ConflictException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    String why = reason == null ? "" : reason.strip();
    applications.add(
        new ApplicationEvent(
            a.id(),
            EventKind.REINSTATED,
            now,
            0L,
            why.length() > 1000 ? why.substring(0, 1000) : why));
    guard.record(
        AuditEntry.builder("application.disqualification-lifted", AuditActor.system())
            .target("application", String.valueOf(a.id()))
            .detail("recruitment", String.valueOf(a.recruitmentId()))
            .detail("status", a.status().name()));
    return a.recruitmentId();
  }
}
