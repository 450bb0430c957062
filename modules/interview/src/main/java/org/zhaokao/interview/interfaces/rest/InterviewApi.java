package org.zhaokao.interview.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The interview stage's REST API, at {@code /zhaokao-interview/api/v1}. */
@ApplicationPath("/api/v1")
public class InterviewApi extends Application {}
