package org.zhaokao.discipline.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Discipline's REST API at {@code /zhaokao-discipline/api/v1}. */
@ApplicationPath("/api/v1")
public class DisciplineApi extends Application {}
