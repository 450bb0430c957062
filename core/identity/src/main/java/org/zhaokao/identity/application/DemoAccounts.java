package org.zhaokao.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.zhaokao.identity.domain.account.Account;
import org.zhaokao.identity.domain.account.AccountKind;
import org.zhaokao.identity.domain.account.AccountStatus;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.role.Grants;
import org.zhaokao.platform.runtime.RunMode;

/**
 * The demo logins of a demonstration install ({@code -Dzhaokao.demo=true}): a platform
 * administrator and a candidate, created once. Never created outside demo mode.
 */
@Singleton
@Startup
@DependsOn("IdentitySchema")
public class DemoAccounts {

  /** Administrator's username. */
  public static final String ADMIN = "admin";

  /** Administrator's password (demo only). */
  public static final String ADMIN_PASSWORD = "Zhaokao-Demo-2026";

  /** The demo candidate logs in with this mobile number (or ID number 110101199506152342). */
  public static final String CANDIDATE_MOBILE = "13800138000";

  /** The demo candidate's password. */
  public static final String CANDIDATE_PASSWORD = "Kaosheng-Demo-2026";

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  @Inject private Accounts accounts;
  @Inject private Grants grants;
  @Inject private PasswordHashing hashing;
  @EJB private CandidateRegistration registration;

  @PostConstruct
  void create() {
    if (!RunMode.demo() || accounts.findByUsername(ADMIN).isPresent()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Account admin =
        accounts.add(
            Account.member(
                AccountKind.STAFF,
                AccountStatus.ACTIVE,
                ADMIN,
                "平台管理员",
                hashing.hash(ADMIN_PASSWORD),
                now));
    grants.grant(admin.id(), "platform-admin", "GLOBAL", "");
    registration.register(
        new RegistrationForm(
            "张三",
            "110101199506152342",
            CANDIDATE_MOBILE,
            "zhangsan@example.com",
            CANDIDATE_PASSWORD));
    LOG.info("Demo mode: created the demo administrator and candidate");
  }
}
