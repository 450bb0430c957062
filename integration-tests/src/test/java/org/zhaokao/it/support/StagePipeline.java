package org.zhaokao.it.support;

import static org.zhaokao.it.support.Recruiting.ADMIN_API;
import static org.zhaokao.it.support.Recruiting.expect;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A recruitment's stage pipeline driven through the API for a test: approved candidates, chain,
 * stage rules, lifecycle, and outcomes reported by the scoring test stages through the SPI.
 */
public final class StagePipeline {

  /** The pipeline API. */
  public static final String API = ADMIN_API + "/pipeline";

  private StagePipeline() {}

  /**
   * A published recruitment whose position 02 (headcount 2) has approved applications.
   *
   * @param apps the application ids, in the order the people applied
   * @param people the candidates, logged in through the API
   * @param persons their registration data, to log in through a browser
   */
  public record Setup(
      long employer,
      long recruitment,
      long position,
      List<Long> apps,
      List<Browsing> people,
      List<People.Person> persons) {}

  /** Sets up a recruitment with {@code candidates} approved applications to position 02. */
  public static Setup approved(int candidates) {
    return approved(candidates, false);
  }

  /** As {@link #approved(int)}, each application with a photo (报名照片) when {@code withPhoto}. */
  public static Setup approved(int candidates, boolean withPhoto) {
    long employer = Recruiting.employer();
    long recruitment = Recruiting.published(employer);
    long position = Recruiting.positionId(recruitment, "02");
    List<Long> apps = new ArrayList<>();
    List<Browsing> people = new ArrayList<>();
    List<People.Person> persons = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      People.Person p = People.fresh();
      expect(201, Http.postJson("/zhaokao/api/v1/candidates", p.registration()));
      Browsing candidate = Browsing.as(p.idNumber(), p.password());
      HttpResponse<String> r =
          Recruiting.apply(
              candidate,
              "p-" + UUID.randomUUID(),
              Recruiting.application(recruitment, position, "统计学"));
      expect(201, r);
      long app = Http.object(r).getJsonNumber("id").longValue();
      if (withPhoto) {
        expect(
            201,
            candidate.postBytes(
                Recruiting.MY_APPLICATIONS + "/" + app + "/attachments?kind=PHOTO&name=photo.jpg",
                "image/jpeg",
                Pictures.jpeg(330, 480)));
      }
      expect(
          200,
          Admin.post(
              ADMIN_API + "/review/applications/" + app + "/decision",
              "",
              "{\"decision\":\"APPROVE\"}"));
      apps.add(app);
      people.add(candidate);
      persons.add(p);
    }
    return new Setup(employer, recruitment, position, apps, people, persons);
  }

  /** Sets the chain; answers the stage instances. */
  public static HttpResponse<String> compose(long recruitment, String... stages) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    for (String id : stages) {
      ids.add(id);
    }
    return Admin.put(
        API + "/recruitments/" + recruitment + "/chain",
        "",
        Json.createObjectBuilder().add("stages", ids).build().toString());
  }

  /** Sets a stage's rule: score range 0 to {@code max}, weight in percent, two decimals half up. */
  public static HttpResponse<String> configure(
      long stage, String kind, Integer ratio, Integer minimum, int max, int weight) {
    var form =
        Json.createObjectBuilder()
            .add("ruleKind", kind)
            .add("maxScore", max)
            .add("weight", weight)
            .add("roundingScale", 2)
            .add("roundingMode", "HALF_UP");
    if (ratio != null) {
      form.add("ratio", ratio);
    }
    if (minimum != null) {
      form.add("minimumScore", minimum);
    }
    return Admin.put(API + "/stages/" + stage + "/settings", "", form.build().toString());
  }

  public static HttpResponse<String> move(long stage, String to) {
    return Admin.post(API + "/stages/" + stage + "/transition", "", "{\"to\":\"" + to + "\"}");
  }

  public static JsonObject outcome(long app, String status, double score) {
    return Json.createObjectBuilder()
        .add("applicationId", app)
        .add("status", status)
        .add("score", score)
        .build();
  }

  /** The scoring stage {@code stage} reports the outcomes through the SPI. */
  public static HttpResponse<String> report(
      String stage, long recruitment, JsonObject... outcomes) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (JsonObject o : outcomes) {
      list.add(o);
    }
    return Http.post(
        "/zhaokao-" + stage + "/api/recruitments/" + recruitment + "/outcomes",
        "application/json",
        list.build().toString());
  }

  /**
   * The scoring stage {@code stage} reports that the setup's first two candidates both passed, the
   * first with 90, the second with 80.
   */
  public static void bothPassed(String stage, Setup s) {
    expect(
        200,
        report(
            stage,
            s.recruitment(),
            outcome(s.apps().get(0), "PASSED", 90),
            outcome(s.apps().get(1), "PASSED", 80)));
  }

  /**
   * Composes a chain of the one stage {@code stageId}, advancing the best candidate (ratio 1, pass
   * mark 100 of 100), and moves it to IN_PROGRESS; returns the stage instance's id.
   */
  public static long inProgress(long recruitment, String stageId) {
    long stage =
        Http.array(compose(recruitment, stageId)).getJsonObject(0).getJsonNumber("id").longValue();
    expect(200, configure(stage, "RATIO", 1, null, 100, 100));
    expect(200, move(stage, "NOTIFIED"));
    expect(200, move(stage, "IN_PROGRESS"));
    return stage;
  }

  /**
   * Composes the one stage {@code stageId}, takes the outcomes through the SPI, has the employer
   * confirm them and publishes them (ratio 1: only the best goes on); returns the stage's id.
   */
  public static long published(Setup s, String stageId, JsonObject... outcomes) {
    long stage = inProgress(s.recruitment(), stageId);
    expect(200, report(stageId, s.recruitment(), outcomes));
    expect(200, move(stage, "RESULTS_ENTERED"));
    return publish(s, stage);
  }

  /** The employer confirms the stage's entered results and staff publish them. */
  public static long publish(Setup s, long stage) {
    Browsing employer = Staff.create("employer-user", "EMPLOYER", String.valueOf(s.employer()));
    expect(200, employer.post(API + "/stages/" + stage + "/confirmation", ""));
    expect(200, Admin.post(API + "/stages/" + stage + "/publication", "", ""));
    return stage;
  }

  /** The pipeline's change approval of the application's outcome in the stage (补正审核). */
  public static String approval(long stage, long app) {
    return API + "/stages/" + stage + "/outcomes/" + app + "/approval";
  }

  /** The application's line in the stage's results, as staff read them. */
  public static JsonObject resultLine(long stage, long app) {
    return Http.object(Admin.get(API + "/stages/" + stage + "/results"))
        .getJsonArray("lines")
        .stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(l -> l.getJsonNumber("applicationId").longValue() == app)
        .findFirst()
        .orElseThrow();
  }
}
