package org.zhaokao.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Employers, recruitments and candidates made for a test through the API, as staff and candidates
 * would make them. Every call makes new records with unique codes.
 */
public final class Recruiting {

  public static final String ADMIN_API = "/zhaokao/api/v1/admin";
  public static final String MY_APPLICATIONS = "/zhaokao/api/v1/me/applications";

  private static Browsing publisher;

  private Recruiting() {}

  /** A second person who may approve publications (a content editor), logged in once. */
  public static synchronized Browsing publisher() {
    if (publisher == null || publisher.get("/zhaokao/api/v1/me").statusCode() != 200) {
      publisher = Staff.create("content-editor", "GLOBAL", "");
    }
    return publisher;
  }

  public static String code(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** An employer whose plan includes every service, in force from a month ago for a year. */
  public static long employer() {
    JsonObject body =
        Json.createObjectBuilder()
            .add("code", code("EMP"))
            .add("name", "某市统计局")
            .add("kind", "GOVERNMENT")
            .add("introduction", "负责全市统计调查工作。")
            .add("address", "某市人民路1号")
            .add("contactName", "赵老师")
            .add("contactPhone", "0571-86000000")
            .add("contactEmail", "rsc@tjj.example.gov.cn")
            .add(
                "services",
                Json.createArrayBuilder().add("APPLICATION").add("REVIEW").add("WRITTEN_EXAM"))
            .add(
                "agreement",
                Json.createObjectBuilder()
                    .add("number", "FW-" + code("A"))
                    .add("startsOn", Dates.inDays(-30).toString())
                    .add("endsOn", Dates.inDays(365).toString())
                    .add("fee", 52000.00)
                    .add("paymentTerms", "签约后预付50%，结束后付清。")
                    .add("confidentialityTerms", "对试题和考生信息保密。")
                    .add("dataProtectionTerms", "个人信息加密存储，用后删除。")
                    .add("liabilityTerms", "违约方承担合同总价20%的违约金。"))
            .build();
    HttpResponse<String> r = Admin.post(ADMIN_API + "/employers", "", body.toString());
    expect(201, r);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  /** A recruitment's form with a work plan, open from {@code opens} to {@code closes}. */
  public static JsonObjectBuilder recruitmentForm(
      long employerId, OffsetDateTime opens, OffsetDateTime closes) {
    return Json.createObjectBuilder()
        .add("code", code("R"))
        .add("employerId", employerId)
        .add("title", "2026年某市统计局所属事业单位公开招聘公告")
        .add(
            "announcementHtml",
            "<h2>招聘计划</h2><p>招聘<strong>3</strong>名。</p><script>alert('x')</script>")
        .add("opensAt", opens.toString())
        .add("closesAt", closes.toString())
        .add("contacts", "0571-86000001")
        .add("notice", "报名须知：每人限报一个岗位。")
        .add("pledge", "本人承诺所填信息真实准确。")
        .add(
            "workPlan",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "网上报名")
                        .add("startsOn", opens.toLocalDate().toString())
                        .add("endsOn", closes.toLocalDate().toString())
                        .add("staff", "赵老师")
                        .add("duties", "受理报名")
                        .add("procedure", "网上受理，2个工作日内审核")));
  }

  /**
   * A draft recruitment with two positions: 01 (bachelor or above, 计算机科学与技术 or 软件工程, aged 18 to 35,
   * one extra question 工作经历) and 02 (no requirements).
   */
  public static long draft(long employerId, OffsetDateTime opens, OffsetDateTime closes) {
    HttpResponse<String> r =
        Admin.post(
            ADMIN_API + "/recruitments",
            "",
            recruitmentForm(employerId, opens, closes).build().toString());
    expect(201, r);
    long id = Http.object(r).getJsonNumber("id").longValue();
    expect(
        201,
        Admin.post(
            ADMIN_API + "/recruitments/" + id + "/positions",
            "",
            position("01", 1)
                .add(
                    "requirements",
                    Json.createObjectBuilder()
                        .add("minEducation", "BACHELOR")
                        .add("majors", Json.createArrayBuilder().add("计算机科学与技术").add("软件工程"))
                        .add("minAge", 18)
                        .add("maxAge", 35))
                .add("extraFields", Json.createArrayBuilder().add("工作经历"))
                .build()
                .toString()));
    expect(
        201,
        Admin.post(
            ADMIN_API + "/recruitments/" + id + "/positions",
            "",
            position("02", 2).build().toString()));
    return id;
  }

  public static JsonObjectBuilder position(String code, int headcount) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("title", "统计调查岗" + code)
        .add("department", "统计调查科")
        .add("headcount", headcount)
        .add("examSubjects", Json.createArrayBuilder().add("综合基础知识"))
        .add("interviewRatio", 3);
  }

  /** A published recruitment open from an hour ago for ten days. */
  public static long published(long employerId) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    long id = draft(employerId, now.minusHours(1), now.plusDays(10));
    publish(id);
    return id;
  }

  /** The administrator submits; the publisher approves. */
  public static void publish(long id) {
    expect(200, Admin.post(ADMIN_API + "/recruitments/" + id + "/submission", "", ""));
    expect(200, publisher().post(ADMIN_API + "/recruitments/" + id + "/approval", ""));
  }

  /** The recruitment as the console sees it. */
  public static JsonObject view(long id) {
    HttpResponse<String> r = Admin.get(ADMIN_API + "/recruitments/" + id);
    expect(200, r);
    return Http.object(r);
  }

  /** The id of the recruitment's position with this code. */
  public static long positionId(long recruitmentId, String code) {
    return view(recruitmentId).getJsonArray("positions").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * A logged-in user of the employer (招考单位用户), made as an administrator makes one: created on the
   * employer, activated by the second administrator.
   */
  public static Browsing employerUser(long employerId) {
    String username = Staff.username("emp");
    Staff.approve(
        Staff.created(
            Admin.post(
                ADMIN_API + "/employers/" + employerId + "/users",
                "",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("displayName", "单位联络员")
                    .add("initialPassword", Staff.PASSWORD)
                    .build()
                    .toString())));
    return Staff.logIn(username);
  }

  /**
   * The administrator sends the recruitment's decisions to the employer, whose user confirms every
   * one of them; returns how many were confirmed.
   */
  public static int confirmAll(long recruitmentId, Browsing employerUser) {
    expect(
        200,
        Admin.post(
            ADMIN_API + "/review/recruitments/" + recruitmentId + "/employer-confirmation",
            "",
            ""));
    HttpResponse<String> waiting =
        employerUser.get(
            ADMIN_API + "/confirmation/recruitments/" + recruitmentId + "/applications");
    expect(200, waiting);
    int confirmed = 0;
    for (JsonValue a : Http.array(waiting)) {
      long id = a.asJsonObject().getJsonNumber("id").longValue();
      expect(
          200,
          employerUser.post(
              ADMIN_API + "/confirmation/applications/" + id + "/confirmation", "{}"));
      confirmed++;
    }
    return confirmed;
  }

  /** A registered, logged-in candidate. */
  public static Browsing candidate() {
    People.Person p = People.fresh();
    expect(201, Http.postJson("/zhaokao/api/v1/candidates", p.registration()));
    return Browsing.as(p.idNumber(), p.password());
  }

  /** An application form for the position, with the recruitment's current notice and pledge. */
  public static String application(long recruitmentId, long positionId, String major) {
    JsonObject r = view(recruitmentId);
    JsonObjectBuilder answers = Json.createObjectBuilder();
    if (r.getJsonArray("positions").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getJsonNumber("id").longValue() == positionId)
        .anyMatch(p -> !p.getJsonArray("extraFields").isEmpty())) {
      answers.add("工作经历", "2019年至今在某公司从事数据分析工作。");
    }
    return Json.createObjectBuilder()
        .add("positionId", positionId)
        .add("noticeVersion", r.getJsonObject("notice").getInt("version"))
        .add("pledgeVersion", r.getJsonObject("pledge").getInt("version"))
        .add("education", "BACHELOR")
        .add("degree", "BACHELOR")
        .add("school", "浙江大学")
        .add("major", major)
        .add("graduatedOn", "2019-06-30")
        .add("politicalStatus", "CYL_MEMBER")
        .add("experienceYears", 5)
        .add("household", "浙江省杭州市")
        .add("answers", answers)
        .build()
        .toString();
  }

  /** Applies to the position (major 统计学) and returns the new application's id. */
  public static long applied(Browsing candidate, long recruitmentId, long positionId) {
    return applied(candidate, recruitmentId, positionId, "统计学");
  }

  /** Applies to the position with the major and returns the new application's id. */
  public static long applied(
      Browsing candidate, long recruitmentId, long positionId, String major) {
    return created(
        apply(
            candidate,
            "k-" + java.util.UUID.randomUUID(),
            application(recruitmentId, positionId, major)));
  }

  /** The id of what a 201 answer created; fails on any other answer. */
  public static long created(HttpResponse<String> r) {
    expect(201, r);
    return Http.object(r).getJsonNumber("id").longValue();
  }

  /** POSTs an application with an idempotency key. */
  public static HttpResponse<String> apply(Browsing candidate, String key, String form) {
    return candidate.send("POST", MY_APPLICATIONS, form, "Idempotency-Key", key);
  }

  public static JsonArrayBuilder ids(long... ids) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (long id : ids) {
      a.add(id);
    }
    return a;
  }

  /** Fails unless the answer has that status; returns it for reading. */
  public static HttpResponse<String> expect(int status, HttpResponse<String> r) {
    if (r.statusCode() != status) {
      throw new AssertionError(
          "expected "
              + status
              + " from "
              + r.request().uri()
              + ", got "
              + r.statusCode()
              + " "
              + r.body());
    }
    return r;
  }

  /** The status of one of the candidate's applications, as the candidate's portal shows it. */
  public static String myApplicationStatus(Browsing candidate, long app) {
    HttpResponse<String> r = candidate.get(MY_APPLICATIONS);
    expect(200, r);
    return Http.array(r).stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getJsonNumber("id").longValue() == app)
        .findFirst()
        .orElseThrow()
        .getString("status");
  }
}
