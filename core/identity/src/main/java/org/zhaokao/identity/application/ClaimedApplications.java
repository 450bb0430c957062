package org.zhaokao.identity.application;

import java.util.List;
import org.zhaokao.plugins.api.security.Actor;

/**
 * What becomes of the applications of an account whose ID number its holder claimed back (身份证号认领):
 * they were filed under someone else's identity and take places from real candidates (the reason
 * the claim exists), so they are withdrawn. The recruitment module does it through its own rules
 * and audit; implemented there as a CDI bean, so the identity module needs no dependency on it.
 */
public interface ClaimedApplications {

  /**
   * Withdraws the account's live applications in recruitments still running, each with the reason
   * and audited; applications in finished recruitments stay as recorded.
   *
   * @param actor the reviewer who approved the claim
   * @param reason why, as the candidate and staff read it
   * @return the recruitments whose application was withdrawn, by title
   */
  List<String> withdrawLive(Actor actor, long accountId, String reason);
}
