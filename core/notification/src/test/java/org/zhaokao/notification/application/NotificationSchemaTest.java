package org.zhaokao.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.zhaokao.notification.domain.template.EventType;
import org.zhaokao.notification.domain.template.SmsLength;
import org.zhaokao.notification.domain.template.TemplateRules;
import org.zhaokao.platform.schema.Migrations;
import org.zhaokao.platform.schema.SchemaSpec;
import org.zhaokao.plugins.api.NotificationChannel;

/** The module's migrations on H2 in PostgreSQL mode, as the server runs them, and their seed. */
class NotificationSchemaTest {

  /** A fresh H2 database in the server's mode, migrated. */
  private static JdbcDataSource migrated() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:notification-"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Migrations.migrate(ds, SchemaSpec.coreModule("notification", NotificationSchema.class));
    return ds;
  }

  @Test
  void seededTemplatesKeepTheirPlaceholdersAndPassTheRules() throws SQLException {
    JdbcDataSource ds = migrated();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      ResultSet count = s.executeQuery("SELECT COUNT(*) FROM core_notification_template");
      count.next();
      assertEquals(18, count.getInt(1));
      ResultSet rows =
          s.executeQuery(
              "SELECT t.event_type, t.channel, t.subject, t.body FROM core_notification_template t");
      TemplateRules rules = new TemplateRules(new SmsLength(2));
      Map<String, String> samples =
          Map.of(
              "name",
              "张三",
              "recruitment",
              "2026年市属事业单位公开招聘",
              "position",
              "综合管理岗",
              "reason",
              "学历不符合岗位要求");
      while (rows.next()) {
        String body = rows.getString("body");
        assertTrue(body.contains("${name}"), body);
        EventType event = new EventType(rows.getString("event_type"), EventType.CORE, samples);
        assertEquals(
            java.util.List.of(),
            rules.check(
                event,
                NotificationChannel.valueOf(rows.getString("channel")),
                rows.getString("subject"),
                body),
            rows.getString("event_type") + "/" + rows.getString("channel"));
      }
    }
  }

  @Test
  void aDeliveryIsNeverQueuedTwiceForTheSameKeyRecipientAndChannel() throws SQLException {
    JdbcDataSource ds = migrated();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO core_notification VALUES ('n1', 'review.approved', 'k', 'zh-CN', CURRENT_TIMESTAMP)");
      String insert =
          "INSERT INTO core_notification_delivery (id, notification_id, event_type, idempotency_key,"
              + " channel, recipient_key, locale, subject, body, status, attempts, created_at)"
              + " VALUES ('%s', 'n1', 'review.approved', 'k', 'EMAIL', 'a@example.com', 'zh-CN', 's',"
              + " 'b', 'PENDING', 0, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING";
      assertEquals(1, s.executeUpdate(String.format(insert, "d1")));
      assertEquals(0, s.executeUpdate(String.format(insert, "d2")));
    }
  }
}
