package org.zhaokao.medical.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The stage's REST API at {@code /zhaokao-medical-check/api}. */
@ApplicationPath("/api")
public class MedicalCheckApi extends Application {}
