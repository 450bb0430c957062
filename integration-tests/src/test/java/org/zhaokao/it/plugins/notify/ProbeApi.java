package org.zhaokao.it.plugins.notify;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The probe's test-only endpoint at {@code /zhaokao-notify-probe/api}. */
@ApplicationPath("/api")
public class ProbeApi extends Application {}
