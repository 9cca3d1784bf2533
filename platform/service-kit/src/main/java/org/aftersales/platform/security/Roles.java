package org.aftersales.platform.security;

import java.util.Set;

/** The Keycloak realm roles of DOMAIN.md. Their names are the contract between the realm and every service. */
public final class Roles {

    /** 采购方/使用单位: the user of the equipment. */
    public static final String CUSTOMER = "customer";
    /** 经销商/特约维修点: a dealer or authorised service station, acting for the customers under it. */
    public static final String PARTNER = "partner";
    /** 接线助理: hotline and call-taking. */
    public static final String AGENT = "agent";
    /** 维修工程师: service engineer. */
    public static final String ENGINEER = "engineer";
    /** 配件发货员: spare-parts dispatcher. */
    public static final String PARTS_CLERK = "parts-clerk";
    /** 品质部: quality department, 三包 old-part assessor. */
    public static final String QUALITY = "quality";
    /** 售后经理: after-sales manager. */
    public static final String MANAGER = "manager";
    /** Operator of the system. */
    public static final String ADMIN = "admin";
    /**
     * A partner system's machine client: the service account of one client per partner, which also has
     * {@link #PARTNER} and the partner's organisation, so it acts for that organisation only.
     */
    public static final String INTEGRATION = "integration";

    /** The vendor's own staff: they act for every organisation. */
    public static final Set<String> VENDOR_STAFF = Set.of(AGENT, ENGINEER, PARTS_CLERK, QUALITY, MANAGER, ADMIN);

    private Roles() {
    }
}
