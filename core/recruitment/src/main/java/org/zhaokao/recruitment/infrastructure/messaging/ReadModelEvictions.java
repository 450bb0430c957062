package org.zhaokao.recruitment.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhaokao.recruitment.application.ReadModels;

/**
 * Tells every node that a recruitment's public read models changed: a message on the events topic,
 * sent in the caller's transaction, so it goes out when that commits and never for a rollback. Each
 * node's {@link ReadModelEvictionListener} then drops its copies. On one server it is the same
 * path; in a cluster Artemis carries the message to every node's subscription.
 */
@ApplicationScoped
public class ReadModelEvictions implements ReadModels.Broadcast {

  /** The message's {@code type} property, which the listener selects on. */
  static final String TYPE = "read-model.evict";

  /** Property carrying the recruitment id. */
  static final String RECRUITMENT = "recruitmentId";

  private static final Logger LOG = Logger.getLogger(ReadModelEvictions.class.getName());

  @Inject private JMSContext jms;

  @Resource(lookup = ReadModelEvictionListener.TOPIC)
  private Topic events;

  @Override
  public void changed(long recruitmentId) {
    try {
      jms.createProducer()
          .setProperty("type", TYPE)
          .setProperty(RECRUITMENT, recruitmentId)
          .send(events, "");
    } catch (JMSRuntimeException e) {
      // The other nodes keep their copies until they expire (60 s); the change itself stands.
      LOG.log(Level.WARNING, "could not announce the change of recruitment " + recruitmentId, e);
    }
  }
}
