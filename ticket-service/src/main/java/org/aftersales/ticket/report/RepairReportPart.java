package org.aftersales.ticket.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A part used in a repair, as the repair report (维修报告) lists it. */
@Embeddable
public class RepairReportPart {

    @Column(name = "part_number", nullable = false)
    public String partNumber;

    public String description;

    @Column(nullable = false)
    public int quantity;

    protected RepairReportPart() {
    }

    RepairReportPart(PartUsed part) {
        this.partNumber = part.partNumber().strip();
        this.description = ServiceReports.stripToNull(part.description());
        this.quantity = part.quantity();
    }

    PartUsed view() {
        return new PartUsed(partNumber, description, quantity);
    }
}
