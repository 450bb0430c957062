package org.zhaokao.recruitment.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.zhaokao.identity.application.DemoAccounts;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.plugins.api.RunMode;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationEvent;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.Declaration;
import org.zhaokao.recruitment.domain.application.EventKind;
import org.zhaokao.recruitment.domain.application.Pledge;
import org.zhaokao.recruitment.domain.employer.Employer;
import org.zhaokao.recruitment.domain.employer.Employers;
import org.zhaokao.recruitment.domain.recruitment.Degree;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.RecruitmentText;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;
import org.zhaokao.recruitment.domain.recruitment.TextKind;

/**
 * The demo recruitment of a demonstration install ({@code -Dzhaokao.demo=true}), created once: an
 * employer, a published recruitment whose window is open for 30 days from the first start, four
 * positions, and one submitted application of the demo candidate 张三. Never outside demo mode.
 */
@Singleton
@Startup
@DependsOn({"RecruitmentSchema", "zhaokao-identity.jar#DemoAccounts"})
public class DemoRecruitment {

  /** The demo employer's code. */
  public static final String EMPLOYER = "DEMO-HRSS";

  /** The demo recruitment's code. */
  public static final String RECRUITMENT = "2026-DEMO-01";

  private static final Logger LOG = Logger.getLogger(DemoRecruitment.class.getName());

  @Inject private Employers employers;
  @Inject private Recruitments recruitments;
  @Inject private Applications applications;
  @Inject private Accounts accounts;
  @Inject private DataProtection protection;

  @PostConstruct
  void create() {
    if (!RunMode.demo() || employers.findByCode(EMPLOYER).isPresent()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Employer employer = employers.add(DemoTexts.employer(now));
    long admin = accounts.findByUsername(DemoAccounts.ADMIN).orElseThrow().id();
    Recruitment r =
        recruitments.add(
            new Recruitment(RECRUITMENT, employer.id(), DemoTexts.content(now), admin, now));
    for (TextKind kind : TextKind.values()) {
      recruitments.add(
          new RecruitmentText(
              r.id(), kind, 1, kind == TextKind.NOTICE ? DemoTexts.NOTICE : DemoTexts.PLEDGE, now));
      r.textVersion(kind, 1);
    }
    List<Position> positions =
        DemoTexts.positions().entrySet().stream()
            .map(e -> recruitments.add(new Position(r.id(), e.getKey(), e.getValue())))
            .toList();
    r.submitForPublication(admin, now);
    // Approved by account 0, the demo loader: the demo has a single administrator, and the rule
    // that nobody approves their own submission holds for every real account.
    r.approvePublication(0L, now);
    String index = protection.index(Candidate.ID_NUMBER, "110101199506152342");
    accounts
        .findCandidateByIndex(Candidate.ID_NUMBER, index)
        .ifPresent(
            zhang -> {
              Application a =
                  applications.addNow(
                      new Application(
                          r.id(),
                          positions.get(0).id(),
                          zhang.accountId(),
                          "demo-application-1",
                          new Pledge(1, 1, now, "127.0.0.1"),
                          new Declaration(
                              EducationLevel.BACHELOR,
                              Degree.BACHELOR,
                              "北京师范大学",
                              "汉语言文学",
                              LocalDate.of(2017, 7, 1),
                              PoliticalStatus.CPC_MEMBER,
                              6,
                              "北京市东城区"),
                          Map.of("工作经历", "2017年7月至今在某区文化馆从事文字综合工作。"),
                          now));
              applications.add(
                  new ApplicationEvent(a.id(), EventKind.SUBMITTED, now, zhang.accountId(), null));
            });
    LOG.info(
        "Demo mode: created the demo employer, recruitment "
            + RECRUITMENT
            + " and 张三's application");
  }
}
