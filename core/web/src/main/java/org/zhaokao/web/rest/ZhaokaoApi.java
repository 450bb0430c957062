package org.zhaokao.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1, at {@code /zhaokao/api/v1}: JSON, ISO-8601 times with offset, errors as
 * RFC 9457 {@code application/problem+json}. Its OpenAPI document is served at {@code
 * /zhaokao/openapi}.
 */
@ApplicationPath("/api/v1")
public class ZhaokaoApi extends Application {}
