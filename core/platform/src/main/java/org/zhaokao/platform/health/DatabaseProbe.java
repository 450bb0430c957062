package org.zhaokao.platform.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Asks the database a trivial question; answers "down" with the JDBC reason when it cannot. */
public final class DatabaseProbe {

  static final String NAME = "database";
  private static final int TIMEOUT_SECONDS = 3;

  private DatabaseProbe() {}

  public static Probe check(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      try (ResultSet rs = statement.executeQuery("SELECT 1")) {
        return rs.next() && rs.getInt(1) == 1
            ? Probe.up(NAME)
            : Probe.down(NAME, "SELECT 1 returned no row");
      }
    } catch (SQLException | RuntimeException e) {
      return Probe.down(NAME, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
