package org.zhaokao.platform.lease;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.zhaokao.platform.schema.SchemaMigrator;
import org.zhaokao.platform.schema.SchemaSpec;

/**
 * Decides which node of a cluster runs a job that must run once (集群单例作业): a timer that fires on
 * every node asks {@link #hold} first and does its work only when this node holds the job's lease.
 * The holder renews the lease each time it runs; when it dies the lease lapses and the next node to
 * ask takes over. A single server always holds every lease, so nothing changes without a cluster.
 *
 * <p>This node is named by {@code jboss.node.name}, which a cluster requires to be unique; a node
 * restarted under its name takes its leases back at once. A clean shutdown releases them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLeases {

  private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  @EJB private SchemaMigrator migrator;

  private final String node = nodeName();

  @PostConstruct
  void migrate() {
    migrator.migrate(SchemaSpec.coreModule("platform", JobLeases.class));
  }

  @PreDestroy
  void releaseAll() {
    try (Connection c = dataSource.getConnection()) {
      int released = LeaseTable.releaseAll(c, node, Instant.now());
      if (released > 0) {
        LOG.info(() -> node + " released " + released + " job leases");
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Job leases of " + node + " could not be released; they lapse", e);
    }
  }

  /**
   * Takes or renews the lease of {@code job} for {@code length}.
   *
   * @param length longer than the interval between two runs of the job, so the holder renews it
   *     before it lapses
   * @return true if this node should run the job now; false if another node holds it or the
   *     database could not be asked (skipping a run is safe, running twice may not be)
   */
  public boolean hold(String job, Duration length) {
    try (Connection c = dataSource.getConnection()) {
      boolean held = LeaseTable.acquire(c, job, node, Instant.now(), length);
      LOG.fine(() -> node + (held ? " holds " : " does not hold ") + "the lease of " + job);
      return held;
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "The lease of " + job + " could not be asked for; skipping a run", e);
      return false;
    }
  }

  /** Who holds {@code job}'s lease as stored (it may have lapsed), for operators and tests. */
  public Optional<LeaseTable.Lease> current(String job) {
    try (Connection c = dataSource.getConnection()) {
      return LeaseTable.read(c, job);
    } catch (SQLException e) {
      throw new IllegalStateException("The lease of " + job + " could not be read", e);
    }
  }

  /** This node's name in the leases. */
  public String node() {
    return node;
  }

  private static String nodeName() {
    String name = System.getProperty("jboss.node.name");
    if (name == null || name.isBlank()) {
      name = System.getProperty("jboss.host.name", "localhost");
    }
    return name;
  }
}
