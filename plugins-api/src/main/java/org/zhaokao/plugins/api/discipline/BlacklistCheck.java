package org.zhaokao.plugins.api.discipline;

import java.util.Optional;

/**
 * Optional capability of a {@link org.zhaokao.plugins.api.StagePlugin}: tells whether a candidate
 * is barred from applying (考试违纪黑名单, SPEC S4). The discipline plugin implements it on its plugin
 * class; the core asks every active plugin that implements it before it accepts an application
 * (报名), and refuses the application with the reason the first one gives. With no such plugin
 * installed, nobody is barred.
 *
 * <p>Candidates are named by their account id: the core keeps one account per ID number, so the id
 * names one person.
 *
 * <p>What the core promises: it calls this on the applying candidate's request thread, inside the
 * application's transaction, once per submission. What the plugin promises: an answer in a few
 * milliseconds from its own tables (never a remote call), and a reason a candidate may read.
 *
 * @since SPI 1.2
 */
public interface BlacklistCheck {

  /**
   * Whether the candidate is barred from applying to a recruitment of this employer.
   *
   * @param candidateAccountId the applying candidate
   * @param employerId the employer (招考单位) of the recruitment, for sanctions limited to one
   * @return the bar, or empty when the candidate may apply
   */
  Optional<Blacklisting> check(long candidateAccountId, long employerId);
}
