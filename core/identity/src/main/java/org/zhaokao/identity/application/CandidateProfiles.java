package org.zhaokao.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.identity.domain.account.Candidate;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.Masking;

/**
 * Candidates' profiles for other modules (the application form, the review queue): personal data
 * masked, so callers never hold a full ID number or phone number. Callers check that the viewer may
 * see the candidate.
 */
@Stateless
public class CandidateProfiles {

  @Inject private Accounts accounts;
  @Inject private DataProtection protection;

  public Optional<CandidateProfile> of(long accountId) {
    return accounts
        .findCandidate(accountId)
        .map(
            c ->
                new CandidateProfile(
                    accountId,
                    c.realName(),
                    c.birthDate(),
                    c.gender().name(),
                    Masking.idNumber(
                        protection.decrypt(Candidate.ID_NUMBER, c.idNumberEncrypted())),
                    Masking.mobile(protection.decrypt(Candidate.MOBILE, c.mobileEncrypted())),
                    Masking.email(protection.decrypt(Candidate.EMAIL, c.emailEncrypted()))));
  }
}
