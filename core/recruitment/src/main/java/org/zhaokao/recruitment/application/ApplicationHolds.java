package org.zhaokao.recruitment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.zhaokao.identity.application.AccountHolds;
import org.zhaokao.identity.domain.account.AccountHold;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.DeletionHolds;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/** The recruitment module's answer to "may this account be deleted?": its applications' holds. */
@ApplicationScoped
public class ApplicationHolds implements AccountHolds {

  @Inject private Applications applications;
  @Inject private Recruitments recruitments;

  @Override
  public List<AccountHold> on(long accountId, LocalDate today) {
    List<Recruitment> theirs =
        applications.ofCandidate(accountId).stream()
            .map(Application::recruitmentId)
            .distinct()
            .map(id -> recruitments.find(id).orElseThrow())
            .toList();
    return DeletionHolds.of(theirs, today);
  }
}
