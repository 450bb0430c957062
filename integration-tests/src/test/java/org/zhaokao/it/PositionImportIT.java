package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.PositionWorkbooks.XLSX;
import static org.zhaokao.it.support.PositionWorkbooks.copyExample;
import static org.zhaokao.it.support.PositionWorkbooks.template;
import static org.zhaokao.it.support.PositionWorkbooks.with;
import static org.zhaokao.it.support.Recruiting.ADMIN_API;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.CoreDeployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.Recruiting;
import org.zhaokao.it.support.Staff;

/**
 * Editors import positions from the Excel template: everything or nothing, each wrong cell named by
 * row and column, other files refused whole.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PositionImportIT extends CoreDeployments {

  private static long draft() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    return Recruiting.draft(Recruiting.employer(), now.plusDays(1), now.plusDays(10));
  }

  private static String importPath(long id) {
    return ADMIN_API + "/recruitments/" + id + "/positions/import";
  }

  private static HttpResponse<String> upload(long id, byte[] workbook) {
    return Admin.browsing().postBytes(importPath(id), XLSX, workbook);
  }

  private static List<String> positionCodes(long id) {
    return Recruiting.view(id).getJsonArray("positions").stream()
        .map(p -> p.asJsonObject().getString("code"))
        .sorted()
        .toList();
  }

  private static List<String> errorFields(HttpResponse<String> r) {
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
    return Http.object(r).getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  @Test
  void theTemplatesExampleAndFurtherRowsBecomePositions() {
    XSSFWorkbook book = template();
    Row headers = book.getSheetAt(0).getRow(0);
    assertEquals("岗位代码", headers.getCell(0).getStringCellValue());
    assertEquals("招聘人数", headers.getCell(3).getStringCellValue());
    assertEquals("01", book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
    copyExample(book, 3, "IMP-2");
    long id = draft();
    HttpResponse<String> r =
        upload(id, with(book, 2, "A", "IMP-1", 3, "D", "5", 3, "E", "硕士研究生", 3, "G", "统计学;数学"));
    expect(200, r);
    JsonArray added = Http.array(r);
    assertEquals(2, added.size());
    assertEquals(List.of("01", "02", "IMP-1", "IMP-2"), positionCodes(id));
    JsonObject second =
        Recruiting.view(id).getJsonArray("positions").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("code").equals("IMP-2"))
            .findFirst()
            .orElseThrow();
    assertEquals(5, second.getInt("headcount"));
    assertEquals("统计调查岗", second.getString("title"));
    JsonObject requirements = second.getJsonObject("requirements");
    assertEquals("MASTER", requirements.getString("minEducation"));
    assertEquals(2, requirements.getJsonArray("majors").size());
    assertEquals(3, second.getInt("interviewRatio"));
  }

  @Test
  void everyWrongCellIsNamedAndNothingIsImported() {
    XSSFWorkbook book = template();
    copyExample(book, 3, "B-2");
    copyExample(book, 4, "B-3");
    copyExample(book, 5, "B-4");
    long id = draft();
    HttpResponse<String> r =
        upload(
            id, with(book, 2, "A", "B-1", 3, "D", "两名", 4, "E", "小学", 5, "H", "40", 5, "I", "30"));
    assertEquals(List.of("D3", "E4", "I5"), errorFields(r));
    JsonObject first = Http.object(r).getJsonArray("errors").getJsonObject(0);
    assertEquals("import.integer", first.getString("code"));
    assertTrue(first.getString("message").startsWith("Row 3, column D"), first.toString());
    assertEquals(List.of("01", "02"), positionCodes(id), "nothing imported");
  }

  @Test
  void aCodeTheRecruitmentHasOrTheSheetRepeatsIsRefused() {
    long id = draft();
    XSSFWorkbook book = template();
    copyExample(book, 3, "02");
    copyExample(book, 4, "X-1");
    copyExample(book, 5, "X-1");
    assertEquals(List.of("A3", "A5"), errorFields(upload(id, with(book, 2, "A", "X-0"))));
    assertEquals(List.of("01", "02"), positionCodes(id));
  }

  @Test
  void otherFilesAndOtherHeadersAreRefusedWhole() {
    long id = draft();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    HttpResponse<String> notXlsx = upload(id, png);
    assertEquals(List.of("file"), errorFields(notXlsx));
    assertEquals(
        "import.file",
        Http.object(notXlsx).getJsonArray("errors").getJsonObject(0).getString("code"));
    // A ZIP that is no workbook (a renamed .docx, say) is refused the same way.
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    assertEquals(List.of("file"), errorFields(upload(id, zip)));
    assertEquals(
        List.of("file"),
        errorFields(upload(id, "岗位代码,岗位名称\n01,x".getBytes(StandardCharsets.UTF_8))));
    assertEquals(List.of("D1"), errorFields(upload(id, with(template(), 1, "D", "人数"))));
    XSSFWorkbook empty = template();
    empty.getSheetAt(0).removeRow(empty.getSheetAt(0).getRow(1));
    assertEquals(List.of("A2"), errorFields(upload(id, with(empty))));
    assertEquals(List.of("01", "02"), positionCodes(id));
  }

  @Test
  void onlyEditorsImportAndOnlyIntoDrafts() {
    long id = draft();
    byte[] book = with(template(), 2, "A", "E-1");
    var reviewer = Staff.create("reviewer", "GLOBAL", "");
    assertEquals(403, reviewer.postBytes(importPath(id), XLSX, book).statusCode());
    assertEquals(401, Http.post(importPath(id), XLSX, "x").statusCode());
    Recruiting.publish(id);
    assertEquals(409, upload(id, book).statusCode());
    assertEquals(List.of("01", "02"), positionCodes(id));
  }

  @Test
  void theConsoleOffersTheTemplateAndTheUpload() {
    long id = draft();
    HttpResponse<String> page = Admin.get("/zhaokao/console/recruitments/edit.xhtml?id=" + id);
    expect(200, page);
    assertTrue(page.body().contains("从 Excel 导入岗位"), "the import section is shown");
    assertTrue(page.body().contains("position-template.xlsx"));
    assertTrue(page.body().contains("multipart/form-data"));
  }
}
