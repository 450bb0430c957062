package org.zhaokao.web.pipeline;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The Chart.js configuration PrimeFaces' {@code p:chart} draws (PrimeFaces 15 dropped the Java
 * chart models): a stacked bar per score band, advancing candidates and the rest. Built with JSON-P
 * so labels from the bundles are escaped properly.
 */
final class ScoreChart {

  private static final String ADVANCING = "#2e7d32";
  private static final String OTHERS = "#9e9e9e";

  private ScoreChart() {}

  /**
   * @param advancingLabel legend of the advancing candidates
   * @param othersLabel legend of the rest
   * @param axisLabel the count axis' title
   */
  static String bar(
      List<ScoreBands.Band> bands, String advancingLabel, String othersLabel, String axisLabel) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    bands.forEach(b -> labels.add(b.label()));
    var stacked = Json.createObjectBuilder().add("stacked", true);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset(bands, advancingLabel, ADVANCING, ScoreBands.Band::advancing))
                        .add(dataset(bands, othersLabel, OTHERS, ScoreBands.Band::others))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", stacked)
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", true)
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                .add(
                                    "title",
                                    Json.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", axisLabel)))))
        .build()
        .toString();
  }

  private static JsonArrayBuilder counts(
      List<ScoreBands.Band> bands, ToIntFunction<ScoreBands.Band> count) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    bands.forEach(b -> out.add(count.applyAsInt(b)));
    return out;
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      List<ScoreBands.Band> bands,
      String label,
      String colour,
      ToIntFunction<ScoreBands.Band> count) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("backgroundColor", colour)
        .add("data", counts(bands, count));
  }
}
