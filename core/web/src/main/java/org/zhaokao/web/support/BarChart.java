package org.zhaokao.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;

/**
 * A one-series bar chart as the Chart.js configuration PrimeFaces 15's {@code p:chart} draws (its
 * Java chart models are gone). Built with JSON-P so labels from bundles and data are escaped.
 */
public final class BarChart {

  private static final String COLOUR = "#1565c0";

  private BarChart() {}

  /**
   * @param bars value per label, in display order
   * @param legend the series' name
   * @param horizontal bars along the x axis (long labels read better)
   */
  public static String of(Map<String, ? extends Number> bars, String legend, boolean horizontal) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    bars.forEach(
        (label, value) -> {
          labels.add(label);
          data.add(value == null ? 0 : value.doubleValue());
        });
    var options =
        Json.createObjectBuilder()
            .add("animation", false)
            .add("indexAxis", horizontal ? "y" : "x")
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        horizontal ? "x" : "y",
                        Json.createObjectBuilder().add("beginAtZero", true)));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", legend)
                                .add("backgroundColor", COLOUR)
                                .add("data", data))))
        .add("options", options)
        .build()
        .toString();
  }
}
