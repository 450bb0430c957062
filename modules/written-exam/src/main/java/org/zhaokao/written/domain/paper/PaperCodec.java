package org.zhaokao.written.domain.paper;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhaokao.written.domain.bank.Difficulty;
import org.zhaokao.written.domain.bank.ItemType;

/** Papers and blueprints as JSON, the form they are stored (and sealed) in. */
public final class PaperCodec {

  private PaperCodec() {}

  public static String write(PaperContent paper) {
    JsonArrayBuilder qs = Json.createArrayBuilder();
    for (PaperQuestion q : paper.questions()) {
      JsonArrayBuilder opts = Json.createArrayBuilder();
      q.options().forEach(opts::add);
      JsonArrayBuilder order = Json.createArrayBuilder();
      q.optionOrder().forEach(order::add);
      qs.add(
          Json.createObjectBuilder()
              .add("n", q.number())
              .add("s", q.section())
              .add("item", q.itemId())
              .add("type", q.type().name())
              .add("stem", q.stem())
              .add("options", opts)
              .add("order", order)
              .add("points", q.points())
              .add("key", q.key()));
    }
    JsonArrayBuilder titles = Json.createArrayBuilder();
    paper.sectionTitles().forEach(titles::add);
    return Json.createObjectBuilder()
        .add("sections", titles)
        .add("questions", qs)
        .build()
        .toString();
  }

  public static PaperContent read(String json) {
    JsonObject o = parse(json);
    List<PaperQuestion> qs = new ArrayList<>();
    for (JsonValue v : o.getJsonArray("questions")) {
      JsonObject q = v.asJsonObject();
      qs.add(
          new PaperQuestion(
              q.getInt("n"),
              q.getInt("s"),
              q.getJsonNumber("item").longValue(),
              ItemType.valueOf(q.getString("type")),
              q.getString("stem"),
              strings(q.getJsonArray("options")),
              q.getJsonArray("order").getValuesAs(JsonNumber.class).stream()
                  .map(JsonNumber::intValue)
                  .toList(),
              q.getJsonNumber("points").bigDecimalValue(),
              q.getString("key")));
    }
    return new PaperContent(strings(o.getJsonArray("sections")), qs);
  }

  public static String write(Blueprint blueprint) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (Section s : blueprint.sections()) {
      var b =
          Json.createObjectBuilder()
              .add("title", s.title())
              .add("type", s.type().name())
              .add("count", s.count())
              .add("pointsEach", s.pointsEach())
              .add("subject", s.subject())
              .add("knowledgePoint", s.knowledgePoint());
      s.difficulty().ifPresent(d -> b.add("difficulty", d.name()));
      a.add(b);
    }
    return a.build().toString();
  }

  /**
   * Reads a blueprint's sections as the API and the database hold them.
   *
   * @throws IllegalArgumentException naming the section and field that is malformed
   */
  public static Blueprint readBlueprint(JsonArray sections) {
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      String at = "section " + (i + 1) + ": ";
      JsonObject s;
      try {
        s = sections.getJsonObject(i);
        String difficulty = s.getString("difficulty", "");
        out.add(
            new Section(
                s.getString("title", ""),
                ItemType.valueOf(s.getString("type")),
                s.getInt("count"),
                s.getJsonNumber("pointsEach").bigDecimalValue(),
                s.getString("subject", ""),
                s.getString("knowledgePoint", ""),
                difficulty.isBlank()
                    ? Optional.empty()
                    : Optional.of(Difficulty.valueOf(difficulty))));
      } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            at + "needs type (one of " + List.of(ItemType.values()) + "), count, pointsEach", e);
      }
    }
    return new Blueprint(out);
  }

  public static Blueprint readBlueprint(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return readBlueprint(r.readArray());
    }
  }

  private static JsonObject parse(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readObject();
    }
  }

  private static List<String> strings(JsonArray a) {
    return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
