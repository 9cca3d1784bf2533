package org.aftersales.complaint.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import org.aftersales.complaint.ComplaintConfig;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.platform.installedbase.InstalledBase;

/**
 * The targets that apply to a complaint: those of the contract in force on the day it was received, for one of its
 * devices, else for its organisation (with that contract's service calendar); else the defaults on the default
 * calendar.
 */
@ApplicationScoped
public class ComplaintTargets {

    private final InstalledBase installedBase;
    private final Targets defaults;

    ComplaintTargets(InstalledBase installedBase, ComplaintConfig config) {
        this.installedBase = installedBase;
        this.defaults = Targets.defaults(config);
    }

    public Targets of(Complaint complaint) {
        return installedBase.contractInForce(complaint.deviceIds, complaint.customerOrganisation, complaint.receivedAt)
                .map(installedBase::terms)
                .map(defaults::under)
                .orElse(defaults);
    }
}
