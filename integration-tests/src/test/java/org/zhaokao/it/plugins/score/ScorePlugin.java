package org.zhaokao.it.plugins.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.zhaokao.plugins.api.CoreServices;
import org.zhaokao.plugins.api.SpiVersion;
import org.zhaokao.plugins.api.StageDescriptor;
import org.zhaokao.plugins.api.StagePlugin;
import org.zhaokao.plugins.api.config.StageConfig;
import org.zhaokao.plugins.api.outcome.ResultsSink;

/**
 * A stage that does nothing of its own but report outcomes through the SPI, as a real written exam
 * or interview would after marking: the pipeline tests drive whole recruitments with it. Its id and
 * the stage it depends on come from {@code zhaokao-plugin.properties}, so one class plays several
 * stages of a chain.
 */
public class ScorePlugin implements StagePlugin {

  private final Properties manifest = manifest();
  private volatile CoreServices core;

  @Override
  public StageDescriptor descriptor() {
    StageDescriptor.Builder b =
        StageDescriptor.builder(id(), "1.0.0", SpiVersion.CURRENT)
            .nameKey("score.name")
            .descriptionKey("score.description");
    String dependsOn = manifest.getProperty("dependsOn", "");
    if (!dependsOn.isBlank()) {
      b.dependsOn(dependsOn.split(","));
    }
    return b.build();
  }

  public String id() {
    return manifest.getProperty("id");
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle(
        "org.zhaokao.it.plugins.score.messages", locale, ScorePlugin.class.getClassLoader());
  }

  @Override
  public void init(StageConfig config) {
    // no settings
  }

  @Override
  public void postInit(CoreServices core) {
    this.core = core;
  }

  @Override
  public void close() {
    core = null;
  }

  public ResultsSink results() {
    return core().results();
  }

  public org.zhaokao.plugins.api.roster.StageRoster roster() {
    return core().roster();
  }

  /** Where the stage reports suspected violations (SPI 1.5). */
  public org.zhaokao.plugins.api.discipline.IncidentIntake incidents() {
    return core().incidents();
  }

  private CoreServices core() {
    CoreServices c = core;
    if (c == null) {
      throw new IllegalStateException("the score plugin is not active");
    }
    return c;
  }

  private static Properties manifest() {
    Properties p = new Properties();
    try (InputStream in =
        ScorePlugin.class.getClassLoader().getResourceAsStream("zhaokao-plugin.properties")) {
      if (in == null) {
        throw new IllegalStateException("zhaokao-plugin.properties missing from the WAR");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
