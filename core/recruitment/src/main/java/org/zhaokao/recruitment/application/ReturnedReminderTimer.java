package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link ReturnedReminders#sweep()} every hour. On several nodes each may run it: the
 * notification's idempotency key still lets every candidate hear it once.
 */
@Singleton
public class ReturnedReminderTimer {

  private static final Logger LOG = Logger.getLogger(ReturnedReminderTimer.class.getName());

  @EJB private ReturnedReminders reminders;

  @Schedule(hour = "*", minute = "7", persistent = false, info = "returned-application-reminders")
  void hourly() {
    try {
      int n = reminders.sweep().reminded();
      if (n > 0) {
        LOG.info(() -> "Reminded " + n + " candidates of returned applications");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminding candidates of returned applications failed", e);
    }
  }
}
