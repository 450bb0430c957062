package org.zhaokao.it.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.zhaokao.it.plugins.notify.ProbePlugin;
import org.zhaokao.it.plugins.sample.SamplePlugin;

/** The archives the tests deploy: the built EAR, and stage plugin WARs made from test packages. */
public final class Deployments {

  private Deployments() {}

  /** {@code zhaokao.ear} as the build made it. */
  public static EnterpriseArchive core() {
    File ear = new File(System.getProperty("zhaokao.it.ear", "target/deployments/zhaokao.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /**
   * A stage plugin WAR of {@code modules/}, {@code zhaokao-<module>.war}, as the build made it (the
   * build copies each into target/deployments next to zhaokao.ear).
   */
  public static WebArchive stagePlugin(String module) {
    File war =
        new File(
            System.getProperty("zhaokao.it.deployments", "target/deployments"),
            "zhaokao-" + module + ".war");
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /** The written-exam stage plugin. */
  public static WebArchive writtenExam() {
    return stagePlugin("written-exam");
  }

  /** The interview stage plugin. */
  public static WebArchive interview() {
    return stagePlugin("interview");
  }

  /** The physical-test stage plugin. */
  public static WebArchive physicalTest() {
    return stagePlugin("physical-test");
  }

  /** The medical-check stage plugin. */
  public static WebArchive medicalCheck() {
    return stagePlugin("medical-check");
  }

  /** The discipline plugin. */
  public static WebArchive discipline() {
    return stagePlugin("discipline");
  }

  /** The archiving plugin. */
  public static WebArchive archiving() {
    return stagePlugin("archiving");
  }

  /**
   * The audit probe, {@code zhaokao-audit-probe.war}: writes through the plugin-facing audit log
   * and tampers with stored rows for the tamper tests. Test-only.
   */
  public static WebArchive auditProbe() {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "zhaokao-audit-probe.war")
            .addPackage(org.zhaokao.it.audit.probe.ProbeApi.class.getPackage());
    addWebResources(war, Path.of("src/test/resources/audit-probe-war"));
    return war;
  }

  /**
   * The notification probe, {@code zhaokao-notify-probe.war}: a stage plugin that notifies through
   * the SPI inside transactions a test commits or rolls back.
   */
  public static WebArchive notifyProbe() {
    Path web = Path.of("src/test/resources/sample-war/WEB-INF");
    return ShrinkWrap.create(WebArchive.class, "zhaokao-notify-probe.war")
        .addPackage(ProbePlugin.class.getPackage())
        .addAsResource("org/zhaokao/it/plugins/notify/messages_zh.properties")
        .addAsResource("org/zhaokao/it/plugins/notify/messages_en.properties")
        .addAsWebInfResource(web.resolve("beans.xml").toFile(), "beans.xml")
        .addAsWebInfResource(web.resolve("jboss-all.xml").toFile(), "jboss-all.xml")
        .addAsWebInfResource(
            web.resolve("jboss-deployment-structure.xml").toFile(),
            "jboss-deployment-structure.xml");
  }

  /**
   * The scoring test stage as {@code zhaokao-<id>.war}: it reports outcomes through the SPI at
   * {@code /zhaokao-<id>/api/recruitments/<id>/outcomes}.
   *
   * @param id stage id
   * @param dependsOn the stage id it depends on, or ""
   */
  public static WebArchive scorePlugin(String id, String dependsOn) {
    Path web = Path.of("src/test/resources/sample-war/WEB-INF");
    return ShrinkWrap.create(WebArchive.class, "zhaokao-" + id + ".war")
        .addPackage(org.zhaokao.it.plugins.score.ScorePlugin.class.getPackage())
        .addAsResource(
            new StringAsset("id=" + id + "\ndependsOn=" + dependsOn + "\n"),
            "zhaokao-plugin.properties")
        .addAsResource("org/zhaokao/it/plugins/score/messages_zh.properties")
        .addAsResource("org/zhaokao/it/plugins/score/messages_en.properties")
        .addAsWebInfResource(web.resolve("beans.xml").toFile(), "beans.xml")
        .addAsWebInfResource(web.resolve("jboss-all.xml").toFile(), "jboss-all.xml")
        .addAsWebInfResource(
            web.resolve("jboss-deployment-structure.xml").toFile(),
            "jboss-deployment-structure.xml");
  }

  /**
   * The sample stage plugin as {@code zhaokao-<id>.war}, claiming to be built for {@code spi}.
   *
   * @param id stage id
   * @param spi SPI version it declares, e.g. {@code SpiVersion.CURRENT} or {@code "2.0"}
   */
  public static WebArchive samplePlugin(String id, String spi) {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "zhaokao-" + id + ".war")
            .addPackage(SamplePlugin.class.getPackage())
            .addAsResource(
                new StringAsset("id=" + id + "\nspi=" + spi + "\n"), "zhaokao-plugin.properties")
            .addAsResource("org/zhaokao/it/plugins/sample/messages_zh.properties")
            .addAsResource("org/zhaokao/it/plugins/sample/messages_en.properties")
            .addAsResource("db/sample/V1__sample_rooms.sql");
    addWebResources(war, Path.of("src/test/resources/sample-war"));
    return war;
  }

  private static void addWebResources(WebArchive war, Path web) {
    try (Stream<Path> files = Files.walk(web)) {
      files
          .filter(Files::isRegularFile)
          .forEach(f -> war.addAsWebResource(f.toFile(), web.relativize(f).toString()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
