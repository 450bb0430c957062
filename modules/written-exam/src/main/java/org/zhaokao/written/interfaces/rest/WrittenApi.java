package org.zhaokao.written.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The written exam's REST API, at {@code /zhaokao-written-exam/api}. */
@ApplicationPath("/api")
public class WrittenApi extends Application {}
