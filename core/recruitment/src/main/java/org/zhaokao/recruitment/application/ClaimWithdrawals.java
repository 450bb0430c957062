package org.zhaokao.recruitment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.identity.application.ClaimedApplications;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationEvent;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.EventKind;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.RecruitmentStatus;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Withdraws the applications filed under an ID number its holder claimed back (身份证号认领), in the
 * caller's transaction: each live application of a recruitment not yet closed becomes WITHDRAWN
 * with the reason shown, gets its timeline event and an {@code application.withdrawn} audit entry
 * naming the claim as the trigger. The position's place is free again for real candidates.
 */
@ApplicationScoped
public class ClaimWithdrawals implements ClaimedApplications {

  @Inject private Applications applications;
  @Inject private Recruitments recruitments;
  @Inject private Guard guard;

  @Override
  public List<String> withdrawLive(Actor actor, long accountId, String reason) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<String> withdrawn = new ArrayList<>();
    for (Application a : applications.ofCandidate(accountId)) {
      Recruitment r = recruitments.find(a.recruitmentId()).orElseThrow();
      if (!running(r) || !a.withdrawForClaim(now, reason)) {
        continue;
      }
      applications.add(
          new ApplicationEvent(a.id(), EventKind.WITHDRAWN, now, actor.accountId(), reason));
      guard.record(
          guard
              .entry(actor, "application.withdrawn")
              .target("application", String.valueOf(a.id()))
              .detail("trigger", "identity-claim")
              .detail("reason", reason));
      withdrawn.add(r.title());
    }
    return withdrawn;
  }

  private static boolean running(Recruitment r) {
    return r.status() != RecruitmentStatus.CLOSED && r.status() != RecruitmentStatus.ARCHIVED;
  }
}
