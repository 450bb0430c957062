package org.zhaokao.archiving.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Archiving's REST API at {@code /zhaokao-archiving/api/v1}. */
@ApplicationPath("/api/v1")
public class ArchivingApi extends Application {}
