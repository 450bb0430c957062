package org.zhaokao.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhaokao.it.support.Recruiting.expect;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhaokao.it.support.Http;
import org.zhaokao.it.support.ScoreStageDeployments;
import org.zhaokao.it.support.StagePipeline;
import org.zhaokao.it.support.StagePipeline.Setup;

/** Without the discipline plugin, a stage's incident report through the SPI is refused clearly. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisciplineAbsentIT extends ScoreStageDeployments {

  @Test
  void anIncidentReportIsRefusedWhenNoDisciplinePluginIsInstalled() {
    Setup s = StagePipeline.approved(1);
    expect(200, StagePipeline.compose(s.recruitment(), WRITTEN));
    HttpResponse<String> refused =
        Http.post(
            "/zhaokao-" + WRITTEN + "/api/recruitments/" + s.recruitment() + "/incidents",
            "application/json",
            "{\"applicationId\":"
                + s.apps().get(0)
                + ",\"type\":\"cheating\",\"facts\":\"夹带\","
                + "\"evidence\":[]}");
    expect(422, refused);
    assertTrue(refused.body().contains("No discipline plugin"), refused.body());
  }
}
