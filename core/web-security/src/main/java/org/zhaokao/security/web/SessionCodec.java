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
 * <p>Each attribute is encoded on its own and decoded only when it is first read, with the class
 * loader of the WAR reading it ({@link Attributes}): the core WAR and every stage WAR share one
 * session per node, as they share the HTTP session, and each reads its own attributes (Faces view
 * state, session-scoped beans, the pending second-factor login). An attribute the reading WAR
 * cannot load reads as absent there and stays encoded for the WAR that can, and is written back
 * untouched when the session is saved. An attribute that cannot be serialised is left out of the
 * bytes and lives only in this node's decoded instance ({@link SessionCache}), as before. The bytes
 * come from our own nodes; decoding still bounds depth and size and refuses the classic
 * deserialisation gadget packages.
 */
final class SessionCodec {

  private static final ObjectInputFilter FILTER =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=64;maxbytes=8388608;!org.apache.commons.collections.functors.*;"
              + "!org.apache.commons.collections4.functors.*;!org.codehaus.groovy.runtime.*;"
              + "!com.sun.org.apache.xalan.internal.xsltc.trax.*;!org.springframework.**;"
              + "!bsh.*;!com.mchange.**;!org.mozilla.javascript.**");

  private SessionCodec() {}

  /** An attribute not read yet on this node, or not readable by the WARs that asked: its bytes. */
  record Encoded(byte[] bytes) implements Serializable {}

  /**
   * A session's attributes, decoded one by one as they are read. Iterating gives the stored values,
   * {@link Encoded} ones included, so saving the session writes those back as they came.
   */
  static final class Attributes extends LinkedHashMap<Object, Object> {
    private static final long serialVersionUID = 1L;

    @Override
    public synchronized Object get(Object key) {
      Object value = super.get(key);
      if (!(value instanceof Encoded encoded)) {
        return value;
      }
      try {
        Object decoded = object(encoded.bytes(), Thread.currentThread().getContextClassLoader());
        put(key, decoded);
        return decoded;
      } catch (IllegalStateException e) {
        if (e.getCause() instanceof ClassNotFoundException) {
          return null; // another WAR's attribute
        }
        throw e;
      }
    }
  }

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
        if (value instanceof Encoded encoded) {
          attributes.put(String.valueOf(a.getKey()), encoded.bytes());
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
    Attributes attributes = new Attributes();
    stored.attributes().forEach((key, value) -> attributes.put(key, new Encoded(value)));
    s.setAttributes(attributes);
    return s;
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
