package org.aftersales.ticket.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.contract.ContractActivated.LoanerTerm;
import org.aftersales.events.contract.ContractActivated.PenaltyTerm;
import org.aftersales.events.contract.ContractActivated.ReportTerm;
import org.aftersales.events.contract.ContractActivated.SlaTerm;
import org.aftersales.events.contract.ContractActivated.TimeTarget;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.platform.installedbase.KnownContract;
import org.aftersales.platform.installedbase.KnownDevice;

/** Puts a device under a contract into ticket-service's local copy, as warranty-service's events would. */
public final class ContractedDevices {

    static final ContractActivated.ServiceCalendar ALWAYS =
            new ContractActivated.ServiceCalendar("ALWAYS", "Asia/Shanghai", null, null, "CN");

    private ContractedDevices() {
    }

    public static TimeTarget elapsed(String duration) {
        return new TimeTarget(duration, null);
    }

    public static SlaTerm term(FaultLevel level, String serviceLevel, TimeTarget response, TimeTarget onSite,
            TimeTarget resolution) {
        return new SlaTerm(level, serviceLevel, response, onSite, resolution, "REPORT", Map.of());
    }

    /** A 7×24 contract with these terms for a new device of dealer-a/customer-a; returns the device's serial. */
    static String underContract(ObjectMapper json, List<SlaTerm> terms, List<String> pauses, List<ReportTerm> reports,
            List<PenaltyTerm> penalties) {
        return new TestContract(terms).pauses(pauses).reports(reports).penalties(penalties).device(json);
    }

    static String underContract(ObjectMapper json, ContractActivated.ServiceCalendar calendar, List<SlaTerm> terms,
            List<String> pauses, List<ReportTerm> reports, List<PenaltyTerm> penalties) {
        return new TestContract(terms).calendar(calendar).pauses(pauses).reports(reports).penalties(penalties)
                .device(json);
    }

    static ContractActivated.ServiceCalendar workingHours() {
        return new ContractActivated.ServiceCalendar("WORKING_HOURS", "Asia/Shanghai", LocalTime.of(8, 30),
                LocalTime.of(17, 30), "CN");
    }

    /** The terms of a contract to put a device under; 7×24 and nothing else unless said. */
    public static final class TestContract {

        private final List<SlaTerm> terms;
        private ContractActivated.ServiceCalendar calendar = ALWAYS;
        private List<String> pauses = List.of();
        private List<ReportTerm> reports = List.of();
        private List<PenaltyTerm> penalties = List.of();
        private Integer warningAtPercent;
        private List<String> escalatingClocks;
        private LoanerTerm loaner;

        public TestContract(List<SlaTerm> terms) {
            this.terms = terms;
        }

        public TestContract calendar(ContractActivated.ServiceCalendar value) {
            calendar = value;
            return this;
        }

        public TestContract pauses(List<String> value) {
            pauses = value;
            return this;
        }

        public TestContract reports(List<ReportTerm> value) {
            reports = value;
            return this;
        }

        public TestContract penalties(List<PenaltyTerm> value) {
            penalties = value;
            return this;
        }

        public TestContract warningAtPercent(int value) {
            warningAtPercent = value;
            return this;
        }

        public TestContract escalatingClocks(List<String> value) {
            escalatingClocks = value;
            return this;
        }

        public TestContract loaner(LoanerTerm value) {
            loaner = value;
            return this;
        }

        /** A new device of dealer-a/customer-a under a contract of these terms; returns its serial. */
        public String device(ObjectMapper json) {
            String serial = "SN-SLA-" + UUID.randomUUID().toString().substring(0, 8);
            UUID contractId = UUID.randomUUID();
            ContractActivated activated = new ContractActivated(contractId, "HT-" + serial, "dealer-a/customer-a",
                    List.of(serial), LocalDate.parse("2026-01-01"), null, "test-commitment", 1, calendar, terms,
                    pauses, List.of(), null, List.of(), Instant.now(), reports, penalties, warningAtPercent,
                    escalatingClocks, null, loaner, null);
            QuarkusTransaction.requiringNew().run(() -> {
                KnownContract contract = new KnownContract();
                contract.contractId = contractId;
                contract.contractNumber = activated.contractNumber();
                contract.customerOrganisation = activated.customerOrganisation();
                contract.startsOn = activated.startsOn();
                contract.deviceSerials.add(serial);
                try {
                    contract.terms = json.writeValueAsString(activated);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                contract.persist();
                KnownDevice device = new KnownDevice();
                device.serialNumber = serial;
                device.deviceId = UUID.randomUUID();
                device.customerOrganisation = "dealer-a/customer-a";
                device.model = "PM-9000";
                device.brand = "Mindray";
                device.persist();
            });
            return serial;
        }
    }
}
