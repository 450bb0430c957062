package org.zhaokao.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.shiro.session.mgt.SimpleSession;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.support.DefaultSubjectContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhaokao.plugins.api.security.AccountPrincipal;

class SessionCacheTest {

  private final ConcurrentMap<Object, Object> store = new ConcurrentHashMap<>();

  @AfterEach
  void noRoute() {
    System.clearProperty(RoutedSessionIds.ROUTE);
  }

  @Test
  void storesOnlyBytesAndReadsTheSessionBack() {
    SimpleSession s = session("s1");
    new SessionCache(store).put("s1", s);

    assertInstanceOf(byte[].class, store.get("s1"));
    SimpleSession read = (SimpleSession) new SessionCache(store).get("s1");
    assertEquals("s1", read.getId());
    assertEquals("10.0.0.1", read.getHost());
    assertEquals(s.getStartTimestamp(), read.getStartTimestamp());
    assertEquals(s.getTimeout(), read.getTimeout());
    PrincipalCollection principals =
        (PrincipalCollection) read.getAttribute(DefaultSubjectContext.PRINCIPALS_SESSION_KEY);
    assertEquals(7L, principals.oneByType(AccountPrincipal.class).accountId());
    assertEquals("token-1", read.getAttribute("csrf"));
  }

  @Test
  void servesTheSameInstanceUntilAnotherNodeWrites() {
    SessionCache here = new SessionCache(store);
    SessionCache there = new SessionCache(store);
    here.put("s1", session("s1"));
    Object first = here.get("s1");
    assertSame(first, here.get("s1"));

    SimpleSession changed = (SimpleSession) there.get("s1");
    changed.setAttribute("csrf", "token-2");
    there.put("s1", changed);

    assertEquals("token-2", ((SimpleSession) here.get("s1")).getAttribute("csrf"));
  }

  @Test
  void keepsAnAttributeItCannotLoadAndWritesItBackUnchanged() throws Exception {
    SimpleSession s = session("s1");
    s.setAttribute("pending", new Probe("core WAR only"));
    byte[] stored = SessionCodec.encode(s);
    // as a stage WAR sees it: the attribute's class is not there (renamed in the bytes)
    byte[] elsewhere = rename(stored, "Probe", "Prxbe");

    SimpleSession read = SessionCodec.decode(elsewhere);
    assertNull(read.getAttribute("pending"));
    assertEquals("token-1", read.getAttribute("csrf"));
    read.setAttribute("csrf", "token-2");
    byte[] written = SessionCodec.encode(read);

    SimpleSession back = SessionCodec.decode(rename(written, "Prxbe", "Probe"));
    assertEquals(new Probe("core WAR only"), back.getAttribute("pending"));
    assertEquals("token-2", back.getAttribute("csrf"));
  }

  @Test
  void everyWarOfTheNodeSeesOneSessionInstance() {
    SessionCache core = new SessionCache(store);
    SessionCache stage = new SessionCache(store);
    store.put("s1", SessionCodec.encode(session("s1")));
    SimpleSession read = (SimpleSession) core.get("s1");
    read.setAttribute("view", new Probe("core view state"));
    assertSame(read, stage.get("s1"));
    assertEquals(new Probe("core view state"), read.getAttribute("view"));
  }

  @Test
  void decodesAnAttributeOnlyWhenItIsRead() {
    SimpleSession read = SessionCodec.decode(SessionCodec.encode(session("s1")));
    java.util.Collection<Object> stored = read.getAttributes().values();
    assertTrue(stored.stream().allMatch(SessionCodec.Encoded.class::isInstance));
    assertEquals("token-1", read.getAttribute("csrf"));
    assertTrue(stored.contains("token-1"));
    assertEquals(1, stored.stream().filter(SessionCodec.Encoded.class::isInstance).count());
  }

  @Test
  void leavesOutWhatCannotBeSerialisedButKeepsItOnThisNode() {
    SessionCache cache = new SessionCache(store);
    SimpleSession s = session("s1");
    Object live = new Object();
    s.setAttribute("bean", live);
    s.setAttribute("list", new java.util.ArrayList<>(java.util.List.of(new Object())));
    cache.put("s1", s);
    assertSame(live, ((SimpleSession) cache.get("s1")).getAttribute("bean"));
    SimpleSession elsewhere = SessionCodec.decode((byte[]) store.get("s1"));
    assertNull(elsewhere.getAttribute("bean"));
    assertNull(elsewhere.getAttribute("list"));
    assertEquals("token-1", elsewhere.getAttribute("csrf"));
  }

  @Test
  void removesAndListsSessions() {
    SessionCache cache = new SessionCache(store);
    cache.put("s1", session("s1"));
    cache.put("s2", session("s2"));
    store.put("legacy", new Object());
    assertEquals(2, cache.values().size());
    assertTrue(cache.keys().contains("s2"));
    assertEquals("s1", ((SimpleSession) cache.remove("s1")).getId());
    assertNull(cache.get("s1"));
    assertNull(cache.get("legacy"));
  }

  @Test
  void sessionIdsCarryTheRouteOnlyWhenOneIsSet() {
    RoutedSessionIds ids = new RoutedSessionIds();
    assertFalse(String.valueOf(ids.generateId(null)).contains("."));
    System.setProperty(RoutedSessionIds.ROUTE, "node1");
    assertTrue(String.valueOf(ids.generateId(null)).endsWith(".node1"));
    System.setProperty(RoutedSessionIds.ROUTE, "bad route;");
    assertFalse(String.valueOf(ids.generateId(null)).contains("."));
  }

  record Probe(String value) implements java.io.Serializable {}

  private static byte[] rename(byte[] bytes, String from, String to) {
    byte[] copy = bytes.clone();
    byte[] f = from.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] t = to.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i + f.length <= copy.length; i++) {
      if (java.util.Arrays.equals(copy, i, i + f.length, f, 0, f.length)) {
        System.arraycopy(t, 0, copy, i, t.length);
      }
    }
    return copy;
  }

  private static SimpleSession session(String id) {
    SimpleSession s = new SimpleSession("10.0.0.1");
    s.setId(id);
    s.setStartTimestamp(new Date(1_700_000_000_000L));
    s.setTimeout(1_800_000L);
    s.setAttribute(
        DefaultSubjectContext.PRINCIPALS_SESSION_KEY,
        new SimplePrincipalCollection(new AccountPrincipal(7L, "CANDIDATE", "张*"), "zhaokao"));
    s.setAttribute("csrf", "token-1");
    return s;
  }
}
