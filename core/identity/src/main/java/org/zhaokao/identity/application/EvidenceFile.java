package org.zhaokao.identity.application;

/** A piece of evidence handed out to a reviewer: its file name, media type and bytes. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {}
