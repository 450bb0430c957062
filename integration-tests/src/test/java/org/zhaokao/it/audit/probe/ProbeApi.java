package org.zhaokao.it.audit.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The probe's endpoints, under {@code /zhaokao-audit-probe/probe}. */
@ApplicationPath("/probe")
public class ProbeApi extends Application {}
