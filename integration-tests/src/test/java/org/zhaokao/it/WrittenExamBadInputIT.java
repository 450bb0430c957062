package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.configure;
import static org.zhaokao.it.support.StagePipeline.move;
import static org.zhaokao.it.support.WrittenExams.API;
import static org.zhaokao.it.support.WrittenExams.XLSX;
import static org.zhaokao.it.support.WrittenExams.choices;
import static org.zhaokao.it.support.WrittenExams.created;
import static org.zhaokao.it.support.WrittenExams.examPath;
import static org.zhaokao.it.support.WrittenExams.expectOk;
import static org.zhaokao.it.support.WrittenExams.firstStage;
import static org.zhaokao.it.support.WrittenExams.item;
import static org.zhaokao.it.support.WrittenExams.itemsOf;
import static org.zhaokao.it.support.WrittenExams.row;
import static org.zhaokao.it.support.WrittenExams.workbook;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;
import org.zhaokao.it.support.WrittenExamDeployments;

/**
 * The written-exam stage refuses bad input with a clear 4xx and keeps nothing of it: a wrong item,
 * a workbook with one wrong row, a blueprint the bank cannot fill, a malformed plan, a candidate at
 * the bank.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WrittenExamBadInputIT extends WrittenExamDeployments {

  @Test
  void badInputIsRefusedAndChangesNothing() {
    String subject = "法律-" + UUID.randomUUID().toString().substring(0, 8);
    Setup s = StagePipeline.approved(1);
    long stage = firstStage(s.recruitment());
    expectOk(configure(stage, "MINIMUM_SCORE", null, 0, 100, 100));
    expectOk(move(stage, "NOTIFIED"));
    created(item("TRUE_FALSE", "判断", List.of(), "T", subject));

    HttpResponse<String> badItem =
        Admin.post(
            API + "/items", "", item("SINGLE_CHOICE", "单选", choices(), "Z", subject).toString());
    expect(422, badItem);
    assertTrue(badItem.body().contains("key"), badItem.body());

    // One wrong row: nothing of the workbook is imported, the cell is named.
    HttpResponse<String> badImport =
        Admin.browsing()
            .postBytes(
                API + "/items/import",
                XLSX,
                workbook(
                    List.of(
                        row("判断", "好的行", "", "", "", "T", "1", subject, "易"),
                        row("单选", "坏的行", "甲", "乙", "", "C", "1", subject, "易"))));
    expect(422, badImport);
    assertTrue(badImport.body().contains("row 3, column K (答案)"), badImport.body());
    expect(
        422, Admin.browsing().postBytes(API + "/items/import", XLSX, "not a workbook".getBytes()));
    assertEquals(1, itemsOf(subject).size());

    // A blueprint asking for more items than the bank has: refused, no exam saved.
    Instant start = Instant.now().plusSeconds(3600);
    HttpResponse<String> tooMany =
        Admin.put(
            examPath(s),
            "application/json",
            WrittenExamIT.plan(subject, start, start.plusSeconds(3600)));
    expect(422, tooMany);
    assertTrue(
        tooMany.body().contains("section 1 needs 4 items but the bank has 0"), tooMany.body());
    expect(404, Admin.get(examPath(s)));
    HttpResponse<String> malformed =
        Admin.put(examPath(s), "application/json", "{\"mode\":\"FIXED\",\"sections\":{}}");
    expect(400, malformed);
    expect(404, Admin.get(examPath(s)));
    // Candidates may not touch the bank.
    expect(403, s.people().get(0).get(API + "/items"));
  }
}
