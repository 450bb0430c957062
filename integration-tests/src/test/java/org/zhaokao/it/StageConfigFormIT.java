package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;
import static org.zhaokao.it.support.StagePipeline.compose;
import static org.zhaokao.it.support.StagePipeline.move;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Admin;
import org.zhaokao.it.support.Deployments;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.PluginDeployments;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;
import org.zhaokao.plugins.api.SpiVersion;

/**
 * A stage's plugin settings per recruitment, from the plugin's typed config metadata: the form's
 * fields, values checked by the plugin's rules (422 naming each field, nothing saved), and frozen
 * once the stage starts (409).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StageConfigFormIT extends PluginDeployments {

  private static final String STAGE = "sample-config";

  @Deployment(name = STAGE, order = 2, testable = false)
  static WebArchive plugin() {
    return Deployments.samplePlugin(STAGE, SpiVersion.CURRENT);
  }

  @Test
  void theFormFollowsThePluginsRulesAndFreezesWhenTheStageStarts() {
    Setup s = StagePipeline.approved(1);
    long stage =
        Http.array(ok(compose(s.recruitment(), STAGE)))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String config = StagePipeline.API + "/stages/" + stage + "/config";

    // The form: one typed field per declared property, labels from the plugin's messages.
    JsonObject form = Http.object(ok(Admin.get(config)));
    assertFalse(form.getBoolean("frozen"));
    Map<String, JsonObject> fields = byName(form);
    assertEquals(List.of("maxPanels", "rounding"), List.copyOf(fields.keySet()));
    JsonObject panels = fields.get("maxPanels");
    assertEquals("INTEGER", panels.getString("type"));
    assertEquals(1, panels.getInt("min"));
    assertEquals(20, panels.getInt("max"));
    assertEquals("3", panels.getString("defaultValue"));
    assertTrue(absent(panels, "value"), panels.toString());
    assertEquals("考官组数", panels.getJsonObject("label").getString("zh"));
    assertEquals("Examiner panels", panels.getJsonObject("label").getString("en"));
    JsonObject rounding = fields.get("rounding");
    assertEquals("CHOICE", rounding.getString("type"));
    assertEquals(
        List.of("HALF_UP", "DOWN"),
        rounding
            .getJsonArray("options")
            .getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));

    // Values breaking the plugin's rules: 422 naming every field, nothing saved.
    HttpResponse<String> refused =
        Admin.put(config, "", "{\"maxPanels\":25,\"rounding\":\"UP\",\"colour\":\"red\"}");
    expect(422, refused);
    Map<String, String> codes = codes(refused);
    assertEquals("config.above_maximum", codes.get("maxPanels"), refused.body());
    assertEquals("config.not_an_option", codes.get("rounding"), refused.body());
    assertEquals("config.unknown_property", codes.get("colour"), refused.body());
    expect(422, Admin.put(config, "", "{\"maxPanels\":\"2.5\"}"));
    expect(400, Admin.put(config, "", "{\"maxPanels\":[1,2]}"));
    assertTrue(absent(byName(Http.object(ok(Admin.get(config)))).get("maxPanels"), "value"));

    // Valid values are saved for this recruitment's stage; the missing one takes its default.
    JsonObject saved = Http.object(ok(Admin.put(config, "", "{\"maxPanels\":5}")));
    assertEquals("5", byName(saved).get("maxPanels").getString("value"));
    assertEquals("HALF_UP", byName(saved).get("rounding").getString("value"));
    saved = Http.object(ok(Admin.put(config, "", "{\"maxPanels\":\"6\",\"rounding\":\"DOWN\"}")));
    assertEquals("DOWN", byName(saved).get("rounding").getString("value"));

    // A candidate may neither read nor set it.
    assertEquals(403, s.people().get(0).get(config).statusCode());
    assertEquals(403, s.people().get(0).put(config, "{\"maxPanels\":7}").statusCode());

    // Once the stage has started its settings are frozen.
    ok(move(stage, "NOTIFIED"));
    ok(move(stage, "IN_PROGRESS"));
    HttpResponse<String> frozen = Admin.put(config, "", "{\"maxPanels\":7}");
    expect(409, frozen);
    assertTrue(frozen.body().contains("stage.frozen") || frozen.body().contains("frozen"));
    JsonObject after = Http.object(ok(Admin.get(config)));
    assertTrue(after.getBoolean("frozen"));
    assertEquals("6", byName(after).get("maxPanels").getString("value"));
  }

  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static HttpResponse<String> ok(HttpResponse<String> r) {
    expect(200, r);
    return r;
  }

  private static Map<String, JsonObject> byName(JsonObject form) {
    return form.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                f -> f.getString("name"), f -> f, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static Map<String, String> codes(HttpResponse<String> problem) {
    return Http.object(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
  }
}
