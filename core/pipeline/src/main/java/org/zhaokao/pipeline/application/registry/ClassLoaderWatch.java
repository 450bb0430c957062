package org.zhaokao.pipeline.application.registry;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Watches the class loaders of unregistered plugins through weak references, the way Tomcat's "find
 * leaks" does: a loader still reachable after a collection means something (in the core, the
 * plugin, or a library) still holds the undeployed plugin.
 */
final class ClassLoaderWatch {

  private record Watched(String stageId, WeakReference<ClassLoader> loader) {}

  private static final int COLLECTIONS = 5;

  private final List<Watched> watched = new CopyOnWriteArrayList<>();

  void watch(String stageId, ClassLoader loader) {
    watched.add(new Watched(stageId, new WeakReference<>(loader)));
  }

  /** Collects garbage a few times, forgets what was collected, and names what was not. */
  List<String> retained() {
    for (int i = 0;
        i < COLLECTIONS && watched.stream().anyMatch(w -> w.loader().get() != null);
        i++) {
      System.gc();
      pause();
    }
    watched.removeIf(w -> w.loader().get() == null);
    List<String> ids = new ArrayList<>();
    watched.forEach(w -> ids.add(w.stageId()));
    return ids;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
