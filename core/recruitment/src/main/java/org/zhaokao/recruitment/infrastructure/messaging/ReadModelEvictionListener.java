package org.zhaokao.recruitment.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.zhaokao.recruitment.application.ReadModels;

/**
 * Drops this node's copies of a recruitment's public read models when any node announces a change
 * ({@link ReadModelEvictions}). A non-durable subscription per node: a node that was down has an
 * empty cache when it comes back.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = ReadModelEvictionListener.TOPIC),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(
          propertyName = "messageSelector",
          propertyValue = "type = '" + ReadModelEvictions.TYPE + "'")
    })
public class ReadModelEvictionListener implements MessageListener {

  /** The events topic (config/cli/messaging.cli). */
  static final String TOPIC = "java:/jms/zhaokao/events";

  @Inject private ReadModels readModels;

  @Override
  public void onMessage(Message message) {
    try {
      readModels.evictHere(message.getLongProperty(ReadModelEvictions.RECRUITMENT));
    } catch (JMSException e) {
      throw new IllegalStateException("An eviction message without its recruitment id", e);
    }
  }
}
