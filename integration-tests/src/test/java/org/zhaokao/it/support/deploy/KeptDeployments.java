package org.zhaokao.it.support.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.ContainerContext;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;
import org.zhaokao.it.support.ServerAdmin;

/**
 * Keeps a test class's managed deployments on the server after the class, so that the next class
 * that deploys the very same archives (same name, same bytes) finds them there instead of
 * undeploying and deploying the core EAR again: that cycle was most of the suite's time.
 *
 * <p>Before a class deploys, every kept deployment from the first one the class does not want
 * (another archive, or the same name with other bytes) to the last is undeployed, latest first, as
 * plugins go before the core they depend on; then the class deploys what is missing. The last
 * class's deployments are undeployed before the server stops. Deployments a test deploys itself
 * ({@code managed = false}, through {@code Deployer}) are not kept: those tests are about
 * (un)deploying. {@link DeploymentOrder} runs the classes with the same deployments one after
 * another.
 */
public class KeptDeployments {

  private static final Logger LOG = Logger.getLogger(KeptDeployments.class.getName());

  /** What is on the server now, in the order it was deployed. */
  private static final List<Kept> KEPT = new ArrayList<>();

  /** Whether this run removed what an earlier, interrupted run left deployed. */
  private static boolean swept;

  /** Each archive's key, computed once (hashing the EAR takes a moment). */
  private static final Map<Archive<?>, ArchiveKey> KEYS = new WeakHashMap<>();

  @Inject private Instance<DeploymentScenario> scenario;

  /** The container's services (its deployer) are there only while its context is active. */
  @Inject private Instance<ContainerContext> containerContext;

  @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> protocolMetaData;

  /** Undeploys what the coming class does not want, before it deploys. */
  public void beforeClassDeploys(@Observes EventContext<DeployManagedDeployments> context)
      throws Exception {
    if (!swept) {
      // A run stopped before its end (killed) leaves its last deployments in the server's
      // configuration, and the server started them again: they go before the first deploy.
      try (ServerAdmin server = ServerAdmin.connect()) {
        server
            .removeDeployments()
            .forEach(name -> LOG.info(() -> "removed " + name + ", left over by an earlier run"));
      }
      swept = true;
    }
    DeploymentScenario coming = scenario.get();
    if (coming != null) {
      List<ArchiveKey> wanted = new ArrayList<>();
      for (Deployment d : coming.managedDeploymentsInDeployOrder()) {
        archive(d.getDescription()).map(KeptDeployments::key).ifPresent(wanted::add);
      }
      int keep = 0;
      while (keep < KEPT.size() && wanted.contains(KEPT.get(keep).key())) {
        keep++;
      }
      undeployFrom(keep);
    }
    context.proceed();
  }

  /** Deploys a managed deployment only when the same archive is not on the server already. */
  public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
    Deployment deployment = context.getEvent().getDeployment();
    Optional<Archive<?>> archive = archive(deployment.getDescription());
    if (!deployment.getDescription().managed() || archive.isEmpty()) {
      context.proceed();
      return;
    }
    ArchiveKey key = key(archive.get());
    Optional<Kept> present = KEPT.stream().filter(k -> k.key().equals(key)).findFirst();
    if (present.isPresent()) {
      protocolMetaData.set(present.get().metaData());
      deployment.deployed();
      return;
    }
    context.proceed();
    if (deployment.isDeployed()) {
      KEPT.add(
          new Kept(
              key,
              archive.get(),
              context.getEvent().getContainerName(),
              context.getEvent().getDeployableContainer(),
              protocolMetaData.get()));
    }
  }

  /** Leaves a managed deployment on the server when its class ends. */
  public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
    Deployment deployment = context.getEvent().getDeployment();
    Optional<Archive<?>> archive = archive(deployment.getDescription());
    boolean kept =
        deployment.getDescription().managed()
            && archive.isPresent()
            && KEPT.stream().anyMatch(k -> k.key().equals(key(archive.get())));
    if (kept) {
      deployment.undeployed();
    } else {
      context.proceed();
    }
  }

  /** The server stops clean: nothing of the suite stays in its configuration. */
  public void beforeStop(@Observes BeforeStop event) throws Exception {
    undeployFrom(0);
  }

  private void undeployFrom(int index) throws Exception {
    for (int i = KEPT.size() - 1; i >= index; i--) {
      Kept stale = KEPT.remove(i);
      LOG.info(() -> "undeploying " + stale.key().name() + " kept from an earlier test class");
      ContainerContext context = containerContext.get();
      context.activate(stale.containerName());
      try {
        stale.container().undeploy(stale.archive());
      } finally {
        context.deactivate();
      }
    }
  }

  private static ArchiveKey key(Archive<?> archive) {
    return KEYS.computeIfAbsent(archive, ArchiveKey::of);
  }

  private static Optional<Archive<?>> archive(DeploymentDescription description) {
    if (!description.isArchiveDeployment()) {
      return Optional.empty();
    }
    return Optional.of(
        description.getTestableArchive() != null
            ? description.getTestableArchive()
            : description.getArchive());
  }

  private record Kept(
      ArchiveKey key,
      Archive<?> archive,
      String containerName,
      DeployableContainer<?> container,
      ProtocolMetaData metaData) {}
}
