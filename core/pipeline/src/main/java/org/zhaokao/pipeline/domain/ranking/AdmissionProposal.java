package org.zhaokao.pipeline.domain.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proposed admits (拟录用人员) per position: the headcount taken by rank after the last stage.
 * Candidates who withdrew or were disqualified during publicity are passed over, so asking again
 * after such a change yields the substitute (递补) — the next ranked candidate.
 */
public final class AdmissionProposal {

  private AdmissionProposal() {}

  /**
   * @param ranking the final ranking, as {@link Ranking#rank} orders it
   * @param headcount places per position
   * @param out applications no longer available (withdrawn, disqualified)
   * @return the proposed admits, by position then rank
   */
  public static List<RankedCandidate> propose(
      List<RankedCandidate> ranking, Map<Long, Integer> headcount, Set<Long> out) {
    Map<Long, Integer> taken = new HashMap<>();
    List<RankedCandidate> proposed = new ArrayList<>();
    for (RankedCandidate r : ranking) {
      if (out.contains(r.applicationId())) {
        continue;
      }
      int n = taken.getOrDefault(r.positionId(), 0);
      if (n < headcount.getOrDefault(r.positionId(), 0)) {
        proposed.add(r);
        taken.put(r.positionId(), n + 1);
      }
    }
    return proposed;
  }
}
