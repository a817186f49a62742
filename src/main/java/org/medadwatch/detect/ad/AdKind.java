package org.medadwatch.detect.ad;

/** What kind of page this is, for the purposes of advertising law. */
public enum AdKind { NOT_AD, NON_MEDICAL_AD, MEDICAL_AD }
