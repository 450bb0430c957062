package org.zhaokao.security.web;

import java.io.Serializable;
import java.util.UUID;
import org.apache.shiro.session.Session;
import org.apache.shiro.session.mgt.eis.SessionIdGenerator;

/**
 * Session ids that end in {@code .<route>} when {@code -Dzhaokao.session.route} names this node
 * (config/cluster sets it to {@code jboss.node.name}), as servlet containers do with {@code
 * JSESSIONID}: a load balancer keeps a session on the node that made it (sticky sessions on the
 * cookie {@value ZhaokaoWebEnvironment#COOKIE}) and, when that node is gone, sends it to any other,
 * which finds the session in the replicated cache. Without the property the ids are plain UUIDs.
 */
final class RoutedSessionIds implements SessionIdGenerator {

  /** The system property naming this node's route. */
  static final String ROUTE = "zhaokao.session.route";

  @Override
  public Serializable generateId(Session session) {
    String route = route();
    String id = UUID.randomUUID().toString();
    return route == null ? id : id + "." + route;
  }

  static String route() {
    String route = System.getProperty(ROUTE);
    return route == null || route.isBlank() || !route.matches("[A-Za-z0-9_-]{1,64}") ? null : route;
  }
}
