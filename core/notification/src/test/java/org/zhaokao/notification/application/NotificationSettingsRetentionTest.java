package org.zhaokao.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhaokao.notification.domain.retention.RetentionPeriod;

class NotificationSettingsRetentionTest {

  private static final String PROPERTY = NotificationSettings.PREFIX + "retention.days";

  @AfterEach
  void clear() {
    System.clearProperty(PROPERTY);
  }

  @Test
  void halfAYearUnlessConfigured() {
    assertEquals(new RetentionPeriod(180), NotificationSettings.retention());
  }

  @Test
  void theConfiguredDaysApply() {
    System.setProperty(PROPERTY, " 30 ");
    assertEquals(new RetentionPeriod(30), NotificationSettings.retention());
  }

  @Test
  void aNegativeOrMalformedSettingFallsBackToTheDefaultInsteadOfPurgingEverything() {
    System.setProperty(PROPERTY, "-5");
    assertEquals(new RetentionPeriod(180), NotificationSettings.retention());
    System.setProperty(PROPERTY, "ninety");
    assertEquals(new RetentionPeriod(180), NotificationSettings.retention());
  }
}
