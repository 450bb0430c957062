package org.zhaokao.web.console;

import java.util.List;

/**
 * One row of the console's stage plugin table, already in the viewer's language. A bean with
 * getters because Jakarta EL 5 (EE 10) does not read record components.
 */
public final class StageRow {

  private final String id;
  private final String name;
  private final String version;
  private final String spiVersion;
  private final String status;
  private final String reason;
  private final List<String> screens;
  private final String firstSeen;
  private final String lastSeen;

  StageRow(
      String id,
      String name,
      String version,
      String spiVersion,
      String status,
      String reason,
      List<String> screens,
      String firstSeen,
      String lastSeen) {
    this.id = id;
    this.name = name;
    this.version = version;
    this.spiVersion = spiVersion;
    this.status = status;
    this.reason = reason;
    this.screens = List.copyOf(screens);
    this.firstSeen = firstSeen;
    this.lastSeen = lastSeen;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getVersion() {
    return version;
  }

  public String getSpiVersion() {
    return spiVersion;
  }

  /** Status name, also the CSS modifier of the badge. */
  public String getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  /** Menu entries as "label → path". */
  public List<String> getScreens() {
    return screens;
  }

  public String getFirstSeen() {
    return firstSeen;
  }

  public String getLastSeen() {
    return lastSeen;
  }
}
