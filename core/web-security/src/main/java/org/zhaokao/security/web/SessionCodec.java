package org.zhaokao.security.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.shiro.session.Session;
import org.apache.shiro.session.mgt.SimpleSession;

/**
 * Turns a Shiro session into bytes and back, so the shared session cache holds nothing but strings
 * and byte arrays. A clustered Infinispan cache marshals what it holds on a node that may not see
 * the deployment's classes (Shiro and {@code plugins-api} live in {@code zhaokao.ear/lib}); bytes
 * it can always carry, and only the WARs decode them, with their own class loaders.
 *
 * <p>Each attribute is encoded on its own: a stage WAR cannot load an attribute class of the core
 * WAR (the pending second-factor login, say), so it keeps such an attribute as {@link Opaque} bytes
 * and writes them back untouched when it saves the session. Shiro's HTTP sessions are these native
 * sessions, so Faces and CDI keep their session state here too (view state, session-scoped beans):
 * an attribute that cannot be serialised is left out of the bytes and lives only in this node's
 * decoded instance ({@link SessionCache}), as before. The bytes come from our own nodes; decoding
 * still bounds depth and size and refuses the classic deserialisation gadget packages.
 */
final class SessionCodec {

  private static final ObjectInputFilter FILTER =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=64;maxbytes=8388608;!org.apache.commons.collections.functors.*;"
              + "!org.apache.commons.collections4.functors.*;!org.codehaus.groovy.runtime.*;"
              + "!com.sun.org.apache.xalan.internal.xsltc.trax.*;!org.springframework.**;"
              + "!bsh.*;!com.mchange.**;!org.mozilla.javascript.**");

  private SessionCodec() {}

  /** An attribute whose class this WAR cannot load: kept as its bytes. */
  record Opaque(byte[] bytes) implements Serializable {}

  /** What is stored per session. Attribute keys are Shiro's and our own strings. */
  private record Stored(
      Serializable id,
      Date start,
      Date stop,
      Date lastAccess,
      long timeout,
      boolean expired,
      String host,
      LinkedHashMap<String, byte[]> attributes)
      implements Serializable {}

  static byte[] encode(Session session) {
    SimpleSession s = (SimpleSession) session;
    LinkedHashMap<String, byte[]> attributes = new LinkedHashMap<>();
    if (s.getAttributes() != null) {
      for (Map.Entry<Object, Object> a : s.getAttributes().entrySet()) {
        Object value = a.getValue();
        if (value instanceof Opaque opaque) {
          attributes.put(String.valueOf(a.getKey()), opaque.bytes());
        } else if (value instanceof Serializable) {
          try {
            attributes.put(String.valueOf(a.getKey()), bytes(value));
          } catch (IllegalStateException e) {
            // holds something not serialisable: this node's instance keeps it
          }
        }
      }
    }
    return bytes(
        new Stored(
            s.getId(),
            s.getStartTimestamp(),
            s.getStopTimestamp(),
            s.getLastAccessTime(),
            s.getTimeout(),
            s.isExpired(),
            s.getHost(),
            attributes));
  }

  static SimpleSession decode(byte[] bytes) {
    Stored stored = (Stored) object(bytes, SessionCodec.class.getClassLoader());
    SimpleSession s = new SimpleSession();
    s.setId(stored.id());
    s.setStartTimestamp(stored.start());
    s.setStopTimestamp(stored.stop());
    s.setLastAccessTime(stored.lastAccess());
    s.setTimeout(stored.timeout());
    s.setExpired(stored.expired());
    s.setHost(stored.host());
    if (!stored.attributes().isEmpty()) {
      ClassLoader war = Thread.currentThread().getContextClassLoader();
      Map<Object, Object> attributes = new LinkedHashMap<>();
      stored.attributes().forEach((key, value) -> attributes.put(key, attribute(value, war)));
      s.setAttributes(attributes);
    }
    return s;
  }

  private static Object attribute(byte[] value, ClassLoader war) {
    try {
      return object(value, war);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof ClassNotFoundException) {
        return new Opaque(value);
      }
      throw e;
    }
  }

  private static byte[] bytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(value);
    } catch (IOException e) {
      throw new IllegalStateException(
          "A session value of type " + value.getClass().getName() + " is not serialisable", e);
    }
    return out.toByteArray();
  }

  private static Object object(byte[] bytes, ClassLoader first) {
    try (ObjectInputStream in = new LoaderInputStream(new ByteArrayInputStream(bytes), first)) {
      in.setObjectInputFilter(FILTER);
      return in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("A stored session could not be read", e);
    }
  }

  /** Resolves against the WAR first, then against the EAR's libraries that hold this class. */
  private static final class LoaderInputStream extends ObjectInputStream {
    private final ClassLoader first;

    LoaderInputStream(InputStream in, ClassLoader first) throws IOException {
      super(in);
      this.first = first;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      if (first != null) {
        try {
          return Class.forName(desc.getName(), false, first);
        } catch (ClassNotFoundException e) {
          // not visible from the WAR: try the libraries below
        }
      }
      return super.resolveClass(desc);
    }
  }
}
