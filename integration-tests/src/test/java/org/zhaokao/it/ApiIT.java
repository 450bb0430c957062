package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.SampleDeployments;

/**
 * The REST API's contract: health, problem+json errors, settings validation, the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT extends SampleDeployments {

  @Test
  void healthIsUpWithEachCheckNamed() {
    HttpResponse<String> response = Http.get("/zhaokao/api/v1/health");
    assertEquals(200, response.statusCode());
    JsonObject body = Http.object(response);
    assertEquals("UP", body.getString("status"));
    assertEquals("UP", body.getJsonObject("checks").getString("database"));
    assertEquals("UP", body.getJsonObject("checks").getString("stageRegistry"));
    assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
  }

  @Test
  void anUnknownRouteIsAProblemNotAnHtmlPage() {
    HttpResponse<String> response = Http.get("/zhaokao/api/v1/no-such-thing");
    assertProblem(response, 404);
    assertTrue(Http.object(response).getString("detail").contains("/zhaokao/api/v1/no-such-thing"));
  }

  @Test
  void anUnknownStageIs404() {
    assertProblem(Http.get("/zhaokao/api/v1/stages/nope"), 404);
    assertProblem(
        Http.post("/zhaokao/api/v1/stages/nope/config-validation", "application/json", "{}"), 404);
  }

  @Test
  void aWrongMethodIs405WithAllow() {
    HttpResponse<String> response = Http.post("/zhaokao/api/v1/health", "application/json", "{}");
    assertProblem(response, 405);
    assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"));
  }

  @Test
  void malformedJsonIs400NeverA500() {
    for (String body :
        List.of(
            "{", "{\"maxPanels\": }", "[1,2", "not json", "{\"maxPanels\": {\"deep\": [[[]]]}}")) {
      HttpResponse<String> response =
          Http.post("/zhaokao/api/v1/stages/sample/config-validation", "application/json", body);
      assertProblem(response, 400);
      assertFalse(response.body().contains("Exception"), response.body());
      assertFalse(response.body().contains("at org."), response.body());
    }
  }

  @Test
  void aWrongContentTypeIs415() {
    assertProblem(
        Http.post("/zhaokao/api/v1/stages/sample/config-validation", "text/plain", "maxPanels=3"),
        415);
  }

  @Test
  void settingsAreValidatedAgainstThePluginsDeclaredRules() {
    HttpResponse<String> ok =
        Http.post(
            "/zhaokao/api/v1/stages/sample/config-validation",
            "application/json",
            "{\"maxPanels\":\"5\"}");
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals("5", Http.object(ok).getString("maxPanels"));
    assertEquals("HALF_UP", Http.object(ok).getString("rounding"));

    HttpResponse<String> bad =
        Http.post(
            "/zhaokao/api/v1/stages/sample/config-validation",
            "application/json",
            "{\"maxPanels\":\"50\",\"rounding\":\"UP\",\"colour\":\"red\"}");
    assertProblem(bad, 422);
    JsonObject problem = Http.object(bad);
    assertEquals("https://zhaokao.org/problems/invalid-configuration", problem.getString("type"));
    List<String> codes =
        problem.getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getString("field") + ":" + e.getString("code"))
            .sorted()
            .toList();
    assertEquals(
        List.of("colour:UNKNOWN_PROPERTY", "maxPanels:ABOVE_MAXIMUM", "rounding:NOT_AN_OPTION"),
        codes);
  }

  @Test
  void theApiDescribesItselfWithOpenApi() {
    HttpResponse<String> response = Http.get("/zhaokao/openapi", "Accept", "application/json");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject document = Http.object(response);
    assertTrue(document.getString("openapi").startsWith("3."));
    JsonObject paths = document.getJsonObject("paths");
    assertTrue(
        paths.keySet().stream().anyMatch(p -> p.endsWith("/stages")), paths.keySet().toString());
    assertTrue(
        paths.keySet().stream().anyMatch(p -> p.endsWith("/health")), paths.keySet().toString());
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    JsonObject problem = Http.object(response);
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("detail").isBlank());
  }
}
