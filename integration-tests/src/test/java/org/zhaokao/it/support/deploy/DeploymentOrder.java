package org.zhaokao.it.support.deploy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes grouped by the deployments they ask for (the names of their managed
 * {@code @Deployment}s in deploy order), then by name, so that {@link KeptDeployments} can leave a
 * group's archives deployed from its first class to its last. Set as the default class order in
 * {@code junit-platform.properties}.
 */
public class DeploymentOrder implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing((ClassDescriptor d) -> signature(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
  }

  /** E.g. {@code "core|written-exam"}; "" for a class without deployments. */
  static String signature(Class<?> testClass) {
    List<Deployment> deployments = new ArrayList<>();
    for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        Deployment deployment = m.getAnnotation(Deployment.class);
        if (deployment != null && deployment.managed()) {
          deployments.add(deployment);
        }
      }
    }
    deployments.sort(Comparator.comparingInt(Deployment::order).thenComparing(Deployment::name));
    return String.join("|", deployments.stream().map(Deployment::name).toList());
  }
}
