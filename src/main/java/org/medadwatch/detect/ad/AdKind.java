package org.medadwatch.detect.ad;

/** What a page is, as far as advertising law is concerned. */
public enum AdKind {
    /** News, government notice, popular science without solicitation, forum or complaint post. */
    NOT_AD,
    /** An ad for something that needs no prior approval: massage, 养生馆, mattress, cosmetics. */
    NON_MEDICAL_AD,
    /** An ad for medical services (including salon injections), drugs, devices or health food. */
    MEDICAL_AD
}
