package org.zhaokao.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

  @Test
  void upWhenTheDatabaseAnswers() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID());
    Probe probe = DatabaseProbe.check(ds);
    assertTrue(probe.up());
    assertEquals("database", probe.name());
  }

  @Test
  void downWithTheReasonWhenItDoesNot() {
    JdbcDataSource ds = new JdbcDataSource();
    // Nothing listens on port 1 of this machine: the connection is refused at once.
    ds.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere");
    Probe probe = DatabaseProbe.check(ds);
    assertFalse(probe.up());
    assertTrue(probe.detail().startsWith("JdbcSQLNonTransientConnectionException"), probe.detail());
  }
}
