package org.zhaokao.discipline.application;

import java.util.stream.Collectors;
import org.zhaokao.discipline.domain.blacklist.BlacklistScope;
import org.zhaokao.discipline.domain.catalogue.Sanction;
import org.zhaokao.discipline.domain.incident.Incident;
import org.zhaokao.discipline.domain.incident.PendingScoreChange;

/**
 * How the candidate's notices word a decision and what became of it, in Chinese and English. A
 * score change in a published stage waits for a second person's approval (补正): until then the
 * notice says it is coming, never that it happened.
 */
final class SanctionWording {

  private SanctionWording() {}

  static String zh(Incident i, boolean voidPending) {
    return i.sanctions().stream()
        .map(
            s ->
                switch (s) {
                  case VOID_STAGE_SCORE ->
                      voidPending ? "该环节成绩拟作无效处理（该环节成绩已公布，经另一名工作人员审核同意后生效，生效前已公布的成绩不变）" : "该环节成绩无效";
                  case DISQUALIFY -> "取消本次招考资格";
                  case BLACKLIST ->
                      i.decision().blacklistYears()
                          + (employerOnly(i) ? "年内不得报考该招考单位组织的招考" : "年内不得报考");
                })
        .collect(Collectors.joining("；"));
  }

  static String en(Incident i, boolean voidPending) {
    return i.sanctions().stream()
        .map(
            s ->
                switch (s) {
                  case VOID_STAGE_SCORE ->
                      voidPending
                          ? "your score in this stage is to be voided (the stage's results are"
                              + " published: the change takes effect once a second staff member"
                              + " approves it, and the published result stands until then)"
                          : "your score in this stage is void";
                  case DISQUALIFY -> "you are disqualified from this recruitment";
                  case BLACKLIST ->
                      "you may not apply"
                          + (employerOnly(i) ? " to this employer's recruitments" : "")
                          + " for "
                          + i.decision().blacklistYears()
                          + " years";
                })
        .collect(Collectors.joining("; "));
  }

  static String appealZh(Incident i, boolean upheld, boolean scorePending) {
    if (upheld) {
      return "维持原处理决定";
    }
    String text = i.sanctions().contains(Sanction.DISQUALIFY) ? "撤销原处理决定，恢复本次招考资格" : "撤销原处理决定";
    return scorePending ? text + "；该环节成绩已公布，恢复成绩经另一名工作人员审核同意后生效" : text;
  }

  static String appealEn(Incident i, boolean upheld, boolean scorePending) {
    if (upheld) {
      return "the decision stands";
    }
    String text =
        i.sanctions().contains(Sanction.DISQUALIFY)
            ? "the decision is withdrawn and your place in this recruitment is restored"
            : "the decision is withdrawn";
    return scorePending
        ? text
            + "; the stage's results are published, so your score comes back once a second"
            + " staff member approves"
        : text;
  }

  static String reinstatedZh(boolean pending) {
    return pending ? "该环节成绩已公布，恢复经另一名工作人员审核同意后生效，生效前已公布的结果不变" : "成绩已恢复，排名及进入下一环节的结果随之更新";
  }

  static String reinstatedEn(boolean pending) {
    return pending
        ? "the stage's results are published, so it takes effect once a second staff member"
            + " approves it; the published result stands until then"
        : "your score counts again, and the ranking and who goes on follow it";
  }

  /** What applies now that a second person approved the late change. */
  static String approvedZh(PendingScoreChange change) {
    return change == PendingScoreChange.VOID ? "该环节成绩无效" : reinstatedZh(false);
  }

  static String approvedEn(PendingScoreChange change) {
    return change == PendingScoreChange.VOID
        ? "your score in this stage is void"
        : reinstatedEn(false);
  }

  private static boolean employerOnly(Incident i) {
    return i.decision().blacklistScope() == BlacklistScope.EMPLOYER;
  }
}
