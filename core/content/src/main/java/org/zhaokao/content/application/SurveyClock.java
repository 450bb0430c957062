package org.zhaokao.content.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Opens scheduled surveys once their stage is published or their recruitment has ended. Each
 * minute, because the pipeline's transitions do not call this module (its events do not reach
 * content); the staff's survey list and the candidates' account page also open due surveys as they
 * read.
 */
@Singleton
@Startup
@DependsOn("ContentSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SurveyClock {

  @EJB private SurveyOpening opening;

  @Schedule(hour = "*", minute = "*", persistent = false, info = "survey-opening")
  void tick() {
    opening.openDue();
  }
}
