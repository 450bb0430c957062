package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.DisciplineOffice.API;
import static org.zhaokao.it.support.DisciplineOffice.decide;
import static org.zhaokao.it.support.DisciplineOffice.incident;
import static org.zhaokao.it.support.DisciplineOffice.investigate;
import static org.zhaokao.it.support.DisciplineOffice.onBlacklist;
import static org.zhaokao.it.support.DisciplineOffice.report;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Browsing;
import org.zhaokao.it.support.DisciplineDeployments;
import org.zhaokao.it.support.DisciplineOffice;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * Blacklisting (列入黑名单) over REST: it needs a second officer and then bars the candidate's next
 * application, to every recruitment or only to the incident's employer; the decider cannot approve
 * their own blacklisting, and nothing is in force before the approval.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisciplineBlacklistIT extends DisciplineDeployments {

  @Test
  void aBlacklistingNeedsASecondOfficerAndThenBarsTheNextApplication() {
    Setup s = StagePipeline.approved(1);
    inProgress(s);
    long app = s.apps().get(0);
    Browsing first = DisciplineOffice.first();
    Browsing second = DisciplineOffice.second();
    long id =
        Http.object(
                report(
                    first, s.recruitment(), app, WRITTEN, "proxy-test-taking", "photo:compare-1"))
            .getJsonNumber("id")
            .longValue();
    expect(200, investigate(first, id));
    HttpResponse<String> decided = decide(first, id, 5, "DISQUALIFY", "BLACKLIST");
    expect(200, decided);
    assertEquals("AWAITING_APPROVAL", Http.object(decided).getString("status"));
    assertNotEquals("DISQUALIFIED", Recruiting.myApplicationStatus(s.people().get(0), app));

    // The decider approving their own blacklisting is refused, and nothing changes.
    HttpResponse<String> self =
        first.post(API + "/incidents/" + id + "/approval", "{\"approve\":true}");
    expect(409, self);
    assertTrue(self.body().contains("second-person"), self.body());
    JsonObject still = incident(first, id);
    assertEquals("AWAITING_APPROVAL", still.getString("status"));
    assertFalse(still.containsKey("approvedBy") && !still.isNull("approvedBy"), still.toString());
    assertNotEquals("DISQUALIFIED", Recruiting.myApplicationStatus(s.people().get(0), app));
    assertFalse(onBlacklist(id));
    long other = Recruiting.published(s.employer());
    long position = Recruiting.positionId(other, "02");
    String form = Recruiting.application(other, position, "统计学");

    // A second officer approves: in force, disqualified, blacklisted.
    HttpResponse<String> approved =
        second.post(API + "/incidents/" + id + "/approval", "{\"approve\":true}");
    expect(200, approved);
    assertEquals("DECIDED", Http.object(approved).getString("status"));
    assertEquals("DISQUALIFIED", Recruiting.myApplicationStatus(s.people().get(0), app));
    assertTrue(onBlacklist(id));

    // The candidate's next application, to another recruitment, is refused with the reason.
    HttpResponse<String> refused =
        Recruiting.apply(s.people().get(0), "p-" + UUID.randomUUID(), form);
    expect(409, refused);
    assertTrue(refused.body().contains("blacklisted"), refused.body());
    assertTrue(refused.body().contains("替考"), refused.body());
    assertTrue(refused.body().contains("禁考期至"), refused.body());
    // Someone else still may apply.
    Browsing someoneElse = Recruiting.candidate();
    expect(201, Recruiting.apply(someoneElse, "p-" + UUID.randomUUID(), form));
  }

  @Test
  void aBlacklistingLimitedToOneEmployerBarsOnlyThatEmployersRecruitments() {
    Setup s = StagePipeline.approved(1);
    inProgress(s);
    long app = s.apps().get(0);
    Browsing first = DisciplineOffice.first();
    long id =
        Http.object(
                report(
                    first, s.recruitment(), app, WRITTEN, "proxy-test-taking", "photo:compare-2"))
            .getJsonNumber("id")
            .longValue();
    expect(200, investigate(first, id));

    // A scope that is not one of ALL / EMPLOYER, or a scope without a blacklisting: 422, nothing.
    HttpResponse<String> unknown =
        first.post(
            API + "/incidents/" + id + "/decision",
            "{\"sanctions\":[\"BLACKLIST\"],\"blacklistYears\":2,\"blacklistScope\":\"CITY\","
                + "\"reason\":\"他人代考\"}");
    expect(422, unknown);
    assertTrue(unknown.body().contains("blacklistScope"), unknown.body());
    expect(
        422,
        first.post(
            API + "/incidents/" + id + "/decision",
            "{\"sanctions\":[\"DISQUALIFY\"],\"blacklistScope\":\"EMPLOYER\",\"reason\":\"他人代考\"}"));
    assertEquals("INVESTIGATING", incident(first, id).getString("status"));

    HttpResponse<String> decided =
        first.post(
            API + "/incidents/" + id + "/decision",
            "{\"sanctions\":[\"BLACKLIST\"],\"blacklistYears\":2,\"blacklistScope\":\"EMPLOYER\","
                + "\"reason\":\"他人代考\"}");
    expect(200, decided);
    assertEquals("EMPLOYER", Http.object(decided).getString("blacklistScope"));
    expect(
        200,
        DisciplineOffice.second()
            .post(API + "/incidents/" + id + "/approval", "{\"approve\":true}"));
    assertTrue(onBlacklist(id));

    // The same employer's next recruitment refuses the candidate; another employer's accepts.
    long same = Recruiting.published(s.employer());
    HttpResponse<String> refused =
        Recruiting.apply(
            s.people().get(0),
            "p-" + UUID.randomUUID(),
            Recruiting.application(same, Recruiting.positionId(same, "02"), "统计学"));
    expect(409, refused);
    assertTrue(refused.body().contains("blacklisted"), refused.body());
    long elsewhere = Recruiting.published(Recruiting.employer());
    expect(
        201,
        Recruiting.apply(
            s.people().get(0),
            "p-" + UUID.randomUUID(),
            Recruiting.application(elsewhere, Recruiting.positionId(elsewhere, "02"), "统计学")));
  }

  private static long inProgress(Setup s) {
    return StagePipeline.inProgress(s.recruitment(), WRITTEN);
  }
}
