package org.zhaokao.physical.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The stage's REST API at {@code /zhaokao-physical-test/api}. */
@ApplicationPath("/api")
public class PhysicalTestApi extends Application {}
