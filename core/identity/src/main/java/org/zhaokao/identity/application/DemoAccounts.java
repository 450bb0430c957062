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
import org.zhaokao.plugins.api.RunMode;
import org.zhaokao.privacy.DataProtection;

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

  /**
   * The administrator's authenticator secret (demo only): add it to an authenticator app by hand,
   * or scan the QR code the first login shows on a fresh install where it is not pre-enrolled.
   */
  public static final String ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  /** A second administrator, who reviews the accounts the first one creates (demo only). */
  public static final String ADMIN2 = "admin2";

  /** The second administrator's authenticator key (demo only); the password is the first's. */
  public static final String ADMIN2_TOTP_SECRET = "PJUGC33LMFXS243FMNXW4ZBNMFSG22LO";

  /** The demo candidate logs in with this mobile number (or ID number 110101199506152342). */
  public static final String CANDIDATE_MOBILE = "13800138000";

  /** The demo candidate's password. */
  public static final String CANDIDATE_PASSWORD = "Kaosheng-Demo-2026";

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  @Inject private Accounts accounts;
  @Inject private Grants grants;
  @Inject private PasswordHashing hashing;
  @Inject private DataProtection protection;
  @EJB private CandidateRegistration registration;

  @PostConstruct
  void create() {
    if (!RunMode.demo()) {
      return;
    }
    ensureSecondAdministrator();
    var existing = accounts.findByUsername(ADMIN);
    if (existing.isPresent()) {
      // A demo database from before second factors existed: give the administrator the demo key.
      if (existing.get().totpSecretEncrypted().isEmpty()) {
        existing
            .get()
            .enrolSecondFactor(
                protection.encrypt(SecondFactor.SECRET_FIELD, ADMIN_TOTP_SECRET), -1);
      }
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
    admin.enrolSecondFactor(protection.encrypt(SecondFactor.SECRET_FIELD, ADMIN_TOTP_SECRET), -1);
    registration.register(
        new RegistrationForm(
            "张三",
            "110101199506152342",
            CANDIDATE_MOBILE,
            "zhangsan@example.com",
            CANDIDATE_PASSWORD));
    LOG.info("Demo mode: created the demo administrator and candidate");
  }

  /** Reviews need two administrators, so the demo has two. */
  private void ensureSecondAdministrator() {
    if (accounts.findByUsername(ADMIN2).isPresent()) {
      return;
    }
    Account second =
        accounts.add(
            Account.member(
                AccountKind.STAFF,
                AccountStatus.ACTIVE,
                ADMIN2,
                "第二管理员",
                hashing.hash(ADMIN_PASSWORD),
                OffsetDateTime.now(ZoneOffset.UTC)));
    grants.grant(second.id(), "platform-admin", "GLOBAL", "");
    second.enrolSecondFactor(protection.encrypt(SecondFactor.SECRET_FIELD, ADMIN2_TOTP_SECRET), -1);
  }
}
