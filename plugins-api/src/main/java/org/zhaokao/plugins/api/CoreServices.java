package org.zhaokao.plugins.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhaokao.plugins.api.audit.AuditLog;
import org.zhaokao.plugins.api.discipline.IncidentIntake;
import org.zhaokao.plugins.api.discipline.Sanctions;
import org.zhaokao.plugins.api.notify.Notifier;
import org.zhaokao.plugins.api.outcome.ResultsSink;
import org.zhaokao.plugins.api.records.RecruitmentRecords;
import org.zhaokao.plugins.api.roster.StageRoster;
import org.zhaokao.plugins.api.security.Reauthentication;

/**
 * What the core offers a plugin, handed to {@link StagePlugin#postInit}. A plugin keeps the
 * reference for its lifetime and calls the core only through it (or through the other interfaces of
 * this package); it never touches the core's tables.
 *
 * <p>Only the core implements this interface; plugins call it. A minor SPI release may therefore
 * add a method without a default: a plugin built for an older minor version never calls it and
 * keeps linking and running, while a plugin that calls it records the newer SPI in its descriptor
 * and is refused by an older core, which lacks the method, at registration ({@link SpiVersion}). A
 * default that throws would only move that refusal to the middle of a use case. Methods are removed
 * or changed only in a major release. Each method says the SPI version it arrived in.
 */
public interface CoreServices {

  /** The SPI version the running core provides. */
  SpiVersion spiVersion();

  /** The languages every screen supports; the first is the default (zh_CN). */
  List<Locale> supportedLocales();

  /**
   * What the core knows of another installed stage, for plugins that cooperate with one they depend
   * on.
   */
  Optional<InstalledStage> installedStage(String stageId);

  /**
   * The audit log (审计日志), for the plugin's state changes, authorisation failures and views of
   * personal data.
   *
   * @since SPI 1.1
   */
  AuditLog auditLog();

  /**
   * The core's notifier: tells candidates and staff by in-site inbox, e-mail and SMS, in the
   * caller's transaction. The returned object may be kept for the plugin's lifetime and used from
   * any thread.
   *
   * @since SPI 1.1
   */
  Notifier notifier();

  /**
   * Where the plugin reports its candidates' outcomes (成绩回传) for the core's pipeline to rank,
   * advance and publish.
   *
   * @since SPI 1.3
   */
  ResultsSink results();

  /**
   * Who sits the plugin's stage: the recruitments whose chain holds it and the candidates who
   * entered it (考生名单).
   *
   * @since SPI 1.4
   */
  StageRoster roster();

  /**
   * Re-authentication: checks a logged-in account's password again before a weighty act (a chief
   * examiner's signature).
   *
   * @since SPI 1.5
   */
  Reauthentication reauthentication();

  /**
   * Where a stage reports a suspected violation (违纪上报): routed to the active discipline plugin (the
   * one offering {@link IncidentIntake}); with none installed, every call is refused with an {@link
   * org.zhaokao.plugins.api.discipline.IncidentRejectedException}.
   *
   * @since SPI 1.6
   */
  IncidentIntake incidents();

  /**
   * Where discipline's decisions take effect in the core: a disqualification removes the
   * application from the recruitment's later stages.
   *
   * @since SPI 1.6
   */
  Sanctions sanctions();

  /**
   * A recruitment's records: its stage chain and every stored outcome, read-only, for the archive
   * (归档) and anything else that reads a whole recruitment.
   *
   * @since SPI 1.7
   */
  RecruitmentRecords records();
}
