package org.zhaokao.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhaokao.it.support.StagePipeline.Setup;

/**
 * The written-exam stage driven over its REST API for a test: items, exam plans, answers, the Excel
 * template, and waiting for the exam's start and end.
 */
public final class WrittenExams {

  public static final String STAGE = "written-exam";
  public static final String API = "/zhaokao-" + STAGE + "/api";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The text that marks an option as the right one, so a test finds it after the shuffle. */
  public static final String RIGHT = "对";

  private WrittenExams() {}

  /** Puts the written exam as the only stage of the chain; answers the stage instance. */
  public static long firstStage(long recruitment) {
    JsonArray chain = Http.array(expectOk(compose(recruitment, STAGE)));
    return chain.getJsonObject(0).getJsonNumber("id").longValue();
  }

  public static String examPath(Setup s) {
    return API + "/recruitments/" + s.recruitment() + "/exam";
  }

  /** An exam plan: start and end, 90 minutes, the mode and the sections. */
  public static String plan(Instant start, Instant end, String mode, JsonObject... sections) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (JsonObject s : sections) {
      list.add(s);
    }
    return Json.createObjectBuilder()
        .add("startsAt", OffsetDateTime.ofInstant(start, ZoneOffset.ofHours(8)).toString())
        .add("endsAt", OffsetDateTime.ofInstant(end, ZoneOffset.ofHours(8)).toString())
        .add("durationMinutes", 90)
        .add("mode", mode)
        .add("sections", list)
        .build()
        .toString();
  }

  public static JsonObject section(
      String title, String type, int count, int points, String subject) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("type", type)
        .add("count", count)
        .add("pointsEach", points)
        .add("subject", subject)
        .build();
  }

  public static List<String> choices() {
    return List.of("错a", RIGHT, "错b", "错c");
  }

  public static JsonObject item(
      String type, String stem, List<String> options, String key, String subject) {
    JsonArrayBuilder opts = Json.createArrayBuilder();
    options.forEach(opts::add);
    return Json.createObjectBuilder()
        .add("type", type)
        .add("stem", stem)
        .add("options", opts)
        .add("key", key)
        .add("points", 2)
        .add("subject", subject)
        .add("knowledgePoint", "综合")
        .add("difficulty", "MEDIUM")
        .build();
  }

  /** Creates an item as the administrator; answers it. */
  public static JsonObject created(JsonObject item) {
    HttpResponse<String> r = Admin.post(API + "/items", "", item.toString());
    expect(201, r);
    return Http.object(r);
  }

  public static List<JsonObject> itemsOf(String subject) {
    return Http.array(
            expectOk(
                Admin.get(
                    API + "/items?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8))))
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  public static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  /** The right answer to a shuffled objective question: the options whose text marks them right. */
  public static String rightAnswer(JsonObject q) {
    return switch (q.getString("type")) {
      case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> {
        StringBuilder b = new StringBuilder();
        JsonArray options = q.getJsonArray("options");
        for (int i = 0; i < options.size(); i++) {
          if (options.getString(i).startsWith(RIGHT)) {
            b.append((char) ('A' + i));
          }
        }
        yield b.toString();
      }
      case "TRUE_FALSE" -> "T";
      case "FILL_BLANK" -> "北京;长江";
      default -> "";
    };
  }

  /** Saves one answer of a candidate's paper; answers the save's result. */
  public static JsonObject save(Browsing who, String exam, JsonObject q, String answer, int seq) {
    HttpResponse<String> r =
        who.put(
            exam + "/answers/" + q.getInt("number"),
            Json.createObjectBuilder().add("response", answer).add("seq", seq).build().toString());
    return Http.object(expectOk(r));
  }

  /** A row of the import template. */
  public static String[] row(
      String type,
      String stem,
      String a,
      String b,
      String c,
      String key,
      String points,
      String subject,
      String difficulty) {
    return new String[] {
      type, stem, a, b, c, "", "", "", "", "", key, points, subject, "综合", difficulty
    };
  }

  /** The downloaded template with its example rows replaced by {@code rows}. */
  public static byte[] workbook(List<String[]> rows) {
    HttpResponse<byte[]> template = Admin.getBytes(API + "/items/template.xlsx");
    assertEquals(200, template.statusCode());
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.getSheetAt(0);
      for (int r = sheet.getLastRowNum(); r >= 1; r--) {
        sheet.removeRow(sheet.getRow(r));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        String[] cells = rows.get(r);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves the exam's window (改期) through the staff API. */
  public static HttpResponse<String> reschedule(
      Setup s, Instant start, Instant end, String reason) {
    return Admin.put(
        examPath(s) + "/schedule",
        "application/json",
        Json.createObjectBuilder()
            .add("startsAt", OffsetDateTime.ofInstant(start, ZoneOffset.ofHours(8)).toString())
            .add("endsAt", OffsetDateTime.ofInstant(end, ZoneOffset.ofHours(8)).toString())
            .add("reason", reason)
            .build()
            .toString());
  }

  /**
   * Brings an exam planned for later forward to start in a moment, as staff would after a delay
   * elsewhere, and waits for the start; the end stays. Answers the new start.
   */
  public static Instant startNow(Setup s, Instant end) throws InterruptedException {
    Instant start = Instant.now().plusSeconds(1);
    expectOk(reschedule(s, start, end, "考场提前开放"));
    waitUntil(start.plusMillis(200));
    return start;
  }

  /** Ends a running exam in a moment (only the end moves) and waits until it is over. */
  public static Instant endNow(Setup s, Instant start) throws InterruptedException {
    Instant end = Instant.now().plusSeconds(1);
    expectOk(reschedule(s, start, end, "考试提前结束"));
    waitUntil(end.plusMillis(200));
    return end;
  }

  public static void waitUntil(Instant when) throws InterruptedException {
    long ms = Duration.between(Instant.now(), when).toMillis();
    if (ms > 0) {
      Thread.sleep(ms);
    }
  }

  /** The proctor's live roster of a recruitment's exam, by application. */
  public static Map<Long, JsonObject> roster(long recruitment) {
    Map<Long, JsonObject> out = new HashMap<>();
    Http.array(expectOk(Admin.get(API + "/proctoring/" + recruitment)))
        .forEach(
            v ->
                out.put(
                    v.asJsonObject().getJsonNumber("applicationId").longValue(), v.asJsonObject()));
    return out;
  }

  public static HttpResponse<String> expectOk(HttpResponse<String> r) {
    expect(200, r);
    return r;
  }
}
