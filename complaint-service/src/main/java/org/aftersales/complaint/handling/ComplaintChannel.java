package org.aftersales.complaint.handling;

/** How a complaint came in. REGULATOR: through a regulator (国家有关部门), which makes it SERIOUS. */
public enum ComplaintChannel {
    PHONE,
    ON_SITE,
    EMAIL,
    PORTAL,
    APP,
    LETTER,
    REGULATOR,
    SOCIAL_MEDIA
}
