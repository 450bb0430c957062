package org.zhaokao.security.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.shiro.cache.Cache;
import org.apache.shiro.session.Session;

/**
 * Shiro's session cache over the shared Infinispan cache, holding each session as the bytes of
 * {@link SessionCodec}: a clustered cache carries them to every node, and any node's WARs can read
 * them back.
 *
 * <p>Shiro reads a session many times per request. The decoded session is remembered against the
 * very byte array the store holds, in a weak map: while the store keeps that array (nobody wrote
 * the session since), the same decoded instance is served, as an unserialised local cache would; a
 * write here or on another node replaces the array, the next read decodes the new one, and the old
 * entry goes with the garbage collector.
 */
final class SessionCache implements Cache<Object, Object> {

  private final ConcurrentMap<Object, Object> store;

  /**
   * Shared by every WAR of the deployment (this class is in the EAR's lib), so that they all see
   * one session instance per node, as they see one HTTP session.
   */
  private static final Map<byte[], Session> DECODED =
      Collections.synchronizedMap(new WeakHashMap<>());

  SessionCache(ConcurrentMap<Object, Object> store) {
    this.store = store;
  }

  @Override
  public Object get(Object key) {
    return session(store.get(key));
  }

  @Override
  public Object put(Object key, Object value) {
    byte[] bytes = SessionCodec.encode((Session) value);
    DECODED.put(bytes, (Session) value);
    return session(store.put(key, bytes));
  }

  @Override
  public Object remove(Object key) {
    return session(store.remove(key));
  }

  @Override
  public void clear() {
    store.clear();
  }

  @Override
  public int size() {
    return store.size();
  }

  @Override
  public Set<Object> keys() {
    return Set.copyOf(store.keySet());
  }

  @Override
  public Collection<Object> values() {
    Collection<Object> sessions = new ArrayList<>();
    for (Object bytes : store.values()) {
      Session s = session(bytes);
      if (s != null) {
        sessions.add(s);
      }
    }
    return Collections.unmodifiableCollection(sessions);
  }

  private Session session(Object stored) {
    if (!(stored instanceof byte[] bytes)) {
      // nothing, or an entry of an older deployment that held live objects: not ours to read
      return null;
    }
    Session known = DECODED.get(bytes);
    if (known != null) {
      return known;
    }
    Session fresh = SessionCodec.decode(bytes);
    DECODED.put(bytes, fresh);
    return fresh;
  }
}
