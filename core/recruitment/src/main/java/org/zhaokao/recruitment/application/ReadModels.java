package org.zhaokao.recruitment.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The public pages' read models in the shared Infinispan cache ({@code
 * cache-container=zhaokao/local-cache=read-models}, entries live 60 s, see config/cli): the
 * announcements list and each published recruitment with its applicant counts. In the season these
 * pages take most of the traffic; a minute-old applicant count is what the public expects, and it
 * keeps counting queries to one per recruitment per minute, whatever the load.
 *
 * <p>Each node has its own copies: a change is announced to every node ({@link Broadcast}), which
 * drops them; the 60 s lifespan bounds the staleness should an announcement be lost.
 *
 * <p>Keys carry an id of this deployment: the cache outlives a redeploy, and an entry made of the
 * previous deployment's classes must never be read back.
 */
@ApplicationScoped
public class ReadModels {

  /** JNDI name of the read-models cache. */
  public static final String JNDI = "java:jboss/infinispan/cache/zhaokao/read-models";

  @Resource(lookup = JNDI)
  private ConcurrentMap<Object, Object> cache;

  private final String prefix = "recruitment/" + UUID.randomUUID() + "/";

  /** The cached value, or a freshly computed one (then cached). */
  @SuppressWarnings("unchecked")
  public <T> T get(String key, Class<? super T> type, Supplier<T> compute) {
    Object cached = cache.get(prefix + key);
    if (type.isInstance(cached)) {
      return (T) cached;
    }
    T fresh = compute.get();
    if (fresh != null) {
      cache.put(prefix + key, fresh);
    }
    return fresh;
  }

  @Inject private Broadcast broadcast;

  /**
   * Drops what a publication change makes wrong, the list and that recruitment: here at once, and
   * on every node (this one again) once the caller's transaction commits, so that no request that
   * read the old state before the commit leaves it cached.
   */
  public void evict(long recruitmentId) {
    evictHere(recruitmentId);
    broadcast.changed(recruitmentId);
  }

  /** Drops this node's copies of the list and that recruitment. */
  public void evictHere(long recruitmentId) {
    cache.remove(prefix + "list");
    cache.remove(prefix + "detail/" + recruitmentId);
  }

  /** Tells every node, when the current transaction commits, that a recruitment changed. */
  public interface Broadcast {
    void changed(long recruitmentId);
  }
}
