package org.aftersales.warranty.installedbase;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.inject.Inject;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.aftersales.events.device.DeviceAccepted;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.device.DeviceRegistered;
import org.aftersales.events.device.DeviceReplaced;
import org.aftersales.events.device.DeviceTransferred;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.platform.security.OrganisationScope;
import org.aftersales.warranty.installedbase.ImportReport.RowProblem;

/** The installed base (客户档案): registers devices one by one or from CSV, and finds them for a caller. */
@ApplicationScoped
public class InstalledBase {

    /** The CSV columns; each is a field of {@link NewDevice}. */
    static final List<String> COLUMNS = List.of("serialNumber", "model", "brand", "lotNumber", "quantity",
            "customerOrganisation", "site", "invoiceDate", "deliveryDate", "acceptanceDate", "productCategory",
            "price");
    private static final int SERIAL_LOOKUP_CHUNK = 1_000;
    /** The advisory lock (PostgreSQL) that registrations of serials take in their transaction. */
    private static final long SERIAL_REGISTRATION_LOCK = 0x5e81a1_0028L;

    private final Outbox outbox;
    private final Validator validator;
    @Inject
    Clock clock;

    InstalledBase(Outbox outbox, Validator validator) {
        this.outbox = outbox;
        this.validator = validator;
    }

    /** Registers one device with its {@code aftersales.device.registered.v1} event, in one transaction. */
    @Transactional
    public Device register(NewDevice device, Caller caller) {
        if (!caller.canAccess(device.customerOrganisation())) {
            throw ProblemException.forbidden(
                    "customerOrganisation " + device.customerOrganisation() + " is outside your organisation");
        }
        String serial = device.serialNumber().strip();
        lockSerials();
        Map<String, Registration> registrations = registrations(List.of(serial), caller);
        if (registrations.get(serial) == null) {
            throw new ProblemException(409, "Conflict", "A device with this serial number is registered already",
                    List.of(new FieldProblem("serialNumber", "is registered already")));
        }
        return store(device, caller.username(), Instant.now(clock), registrations.get(serial));
    }

    /**
     * How a registration of each serial by this caller stands (ADR 0028): absent from the map when the caller can see a
     * device of that serial already (409: it discloses nothing the caller cannot list), {@link Registration#PENDING}
     * when only organisations outside the caller's scope hold it — answered exactly like a fresh registration, so that
     * the caller learns nothing and blocks nothing —, {@link Registration#REGISTERED} otherwise.
     */
    private static Map<String, Registration> registrations(List<String> serials, Caller caller) {
        Map<String, Registration> registrations = new HashMap<>();
        serials.forEach(serial -> registrations.put(serial, Registration.REGISTERED));
        for (int from = 0; from < serials.size(); from += SERIAL_LOOKUP_CHUNK) {
            List<Device> standing = Device.list("serialNumber in ?1 and registration in ?2",
                    serials.subList(from, Math.min(serials.size(), from + SERIAL_LOOKUP_CHUNK)), Registration.STANDING);
            for (Device device : standing) {
                if (caller.canAccess(device.customerOrganisation)) {
                    registrations.put(device.serialNumber, null);
                } else if (registrations.get(device.serialNumber) != null) {
                    registrations.put(device.serialNumber, Registration.PENDING);
                }
            }
        }
        return registrations;
    }

    /** One registration at a time decides whether a serial is free, so that two cannot both register it. */
    private static void lockSerials() {
        Device.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, SERIAL_REGISTRATION_LOCK).getSingleResult();
    }

    /**
     * Registers the devices of a CSV document. Every bad row is reported with its line, field and
     * reason; {@link ImportMode#ALL_OR_NOTHING} stores nothing when any row is bad.
     */
    @Transactional
    public ImportReport importCsv(CsvTable table, ImportMode mode, Caller caller) {
        List<String> unknown = table.header().stream().filter(column -> !COLUMNS.contains(column)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("The CSV has columns this import does not know; the columns are " + COLUMNS,
                    unknown.stream().map(column -> new FieldProblem(column, "unknown column")).toList());
        }
        List<RowProblem> problems = new ArrayList<>();
        Map<Integer, NewDevice> good = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            NewDevice device = read(row, problems);
            if (device != null && check(row.line(), device, caller, problems)) {
                good.put(row.line(), device);
            }
        }
        lockSerials();
        Map<String, Registration> registrations = rejectRepeatedSerials(good, problems, caller);
        problems.sort(Comparator.comparingInt(RowProblem::line).thenComparing(RowProblem::field));
        if (mode == ImportMode.ALL_OR_NOTHING && !problems.isEmpty()) {
            return new ImportReport(mode, table.rows().size(), 0, problems);
        }
        Instant now = Instant.now(clock);
        good.keySet().stream().sorted().forEach(line -> store(good.get(line), caller.username(), now,
                registrations.get(good.get(line).serialNumber().strip())));
        return new ImportReport(mode, table.rows().size(), good.size(), problems);
    }

    /** Records the customer's sign-off (验收) once, with {@code aftersales.device.accepted.v1}. */
    @Transactional
    public Device accept(UUID id, DeviceChanges.Acceptance acceptance, Caller caller) {
        Device device = find(id, caller);
        if (device.acceptanceDate != null) {
            throw ProblemException.conflict("Device " + device.serialNumber + " was accepted on " + device.acceptanceDate);
        }
        if (device.deliveryDate != null && acceptance.acceptanceDate().isBefore(device.deliveryDate)) {
            throw ProblemException.badRequest("Acceptance follows delivery", List.of(new FieldProblem("acceptanceDate",
                    "must not be before the delivery date " + device.deliveryDate)));
        }
        device.acceptanceDate = acceptance.acceptanceDate();
        Instant now = Instant.now(clock);
        if (device.isRegistered()) { // a pending claim publishes nothing (ADR 0028)
            outbox.append(DeviceEvents.ACCEPTED, device.id.toString(), now, new DeviceAccepted(device.id,
                    device.serialNumber, device.customerOrganisation, device.acceptanceDate, caller.username(), now));
        }
        return device;
    }

    /** Moves a device to another customer organisation, with {@code aftersales.device.transferred.v1}. */
    @Transactional
    public Device transfer(UUID id, DeviceChanges.Transfer transfer, Caller caller) {
        Device device = find(id, caller);
        String to = transfer.customerOrganisation();
        if (!caller.canAccess(to)) {
            throw ProblemException.forbidden("customerOrganisation " + to + " is outside your organisation");
        }
        if (to.equals(device.customerOrganisation)) {
            throw ProblemException.badRequest("The device belongs to that organisation already",
                    List.of(new FieldProblem("customerOrganisation", "is the device's organisation already")));
        }
        String from = device.customerOrganisation;
        device.customerOrganisation = to;
        device.site = stripped(transfer.site());
        Instant now = Instant.now(clock);
        if (device.isRegistered()) { // a pending claim publishes nothing (ADR 0028)
            outbox.append(DeviceEvents.TRANSFERRED, device.id.toString(), now, new DeviceTransferred(device.id,
                    device.serialNumber, from, to, device.site, caller.username(), now));
        }
        return device;
    }

    /**
     * Exchanges a device for a new unit (换新): the new unit is registered with its warranty running from
     * the handover, the old one is marked replaced; {@code aftersales.device.replaced.v1}.
     */
    /** 一包: records a part replaced on the device; 400 for the whole unit (that is an exchange) or a future day. */
    @Transactional
    public Device partReplaced(UUID id, DeviceChanges.PartReplaced replaced, Caller caller) {
        Device device = find(id, caller);
        if (replaced.component().equals(Claim.WHOLE_UNIT)) {
            throw ProblemException.badRequest("The whole unit is exchanged, not replaced as a part", List.of(
                    new FieldProblem("component", "must be a component; exchange the whole unit with /replacement")));
        }
        Instant now = Instant.now(clock);
        if (replaced.replacedOn().isAfter(LocalDate.ofInstant(now, Claim.CHINA_TIME))) {
            throw ProblemException.badRequest("The replacement lies in the future",
                    List.of(new FieldProblem("replacedOn", "must not be in the future")));
        }
        device.partReplacements.add(new PartReplacement(replaced.component(), replaced.replacedOn(),
                replaced.ticketId(), caller.username(), now));
        return device;
    }

    @Transactional
    public Device replace(UUID id, DeviceChanges.Replacement replacement, Caller caller) {
        Device old = find(id, caller);
        if (old.replacedByDeviceId != null) {
            throw ProblemException.conflict("Device " + old.serialNumber + " was replaced already");
        }
        NewDevice unit = new NewDevice(replacement.serialNumber(),
                replacement.model() == null || replacement.model().isBlank() ? old.model : replacement.model(),
                old.brand, null, old.quantity, old.customerOrganisation, old.site, replacement.replacedOn(),
                replacement.replacedOn(), replacement.replacedOn(), old.productCategory, old.price, null);
        Device replacementDevice = register(unit, caller);
        old.replacedByDeviceId = replacementDevice.id;
        Instant now = Instant.now(clock);
        if (old.isRegistered()) { // a pending claim publishes nothing (ADR 0028)
            outbox.append(DeviceEvents.REPLACED, old.id.toString(), now, new DeviceReplaced(old.id, old.serialNumber,
                    replacementDevice.id, replacementDevice.serialNumber, old.customerOrganisation,
                    replacement.replacedOn(), replacement.reason().strip(), caller.username(), now));
        }
        return replacementDevice;
    }

    /** The device, or 404 when it does not exist or belongs to an organisation the caller may not see. */
    public Device find(UUID id, Caller caller) {
        Device device = Device.findById(id);
        if (device == null || !device.isStanding()) {
            throw ProblemException.notFound("device", id);
        }
        caller.requireAccess(device.customerOrganisation, "device", id);
        return device;
    }

    /** A page of the devices the caller may see, optionally of one organisation (and below) or one serial number. */
    public DevicePage list(String organisation, String serialNumber, int page, int size, Caller caller) {
        OrganisationScope scope = organisation == null ? caller.scope() : caller.scope().narrowedTo(organisation);
        StringBuilder query = new StringBuilder(scope.jpql("customerOrganisation"));
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        query.append(" and registration in :standing");
        parameters.put("standing", Registration.STANDING);
        if (serialNumber != null) {
            query.append(" and serialNumber = :serialNumber");
            parameters.put("serialNumber", serialNumber);
        }
        PanacheQuery<Device> devices = Device.find(query.toString(), Sort.by("serialNumber"), parameters);
        return new DevicePage(devices.page(Page.of(page, size)).list().stream().map(DeviceView::of).toList(), page, size,
                devices.count());
    }

    private Device store(NewDevice request, String registeredBy, Instant now, Registration registration) {
        Device device = new Device();
        device.id = UUID.randomUUID();
        device.registration = registration;
        device.serialNumber = request.serialNumber().strip();
        device.model = request.model().strip();
        device.brand = request.brand().strip();
        device.lotNumber = stripped(request.lotNumber());
        device.quantity = request.quantity() == null ? 1 : request.quantity();
        device.customerOrganisation = request.customerOrganisation();
        device.site = stripped(request.site());
        device.invoiceDate = request.invoiceDate();
        device.deliveryDate = request.deliveryDate();
        device.acceptanceDate = request.acceptanceDate();
        device.productCategory = stripped(request.productCategory());
        device.price = request.price();
        if (request.components() != null) {
            request.components().forEach(c -> device.components.add(new DeviceComponent(c.name().strip(),
                    stripped(c.serialNumber()), c.warrantyPeriod() == null ? null : Period.parse(c.warrantyPeriod()))));
        }
        device.registeredBy = registeredBy;
        device.registeredAt = now;
        device.persist();
        if (device.isRegistered()) {
            publishRegistered(device, now);
        }
        return device;
    }

    /** {@code aftersales.device.registered.v1}: the device is in its organisation's installed base. */
    void publishRegistered(Device device, Instant now) {
        outbox.append(DeviceEvents.REGISTERED, device.id.toString(), now, new DeviceRegistered(device.id,
                device.serialNumber, device.model, device.brand, device.lotNumber, device.quantity,
                device.customerOrganisation, device.site, device.invoiceDate, device.deliveryDate, device.acceptanceDate,
                now, device.productCategory, device.price));
    }

    /** The row as a {@link NewDevice}, or null with its problems when a cell cannot be read. */
    private static NewDevice read(CsvTable.Row row, List<RowProblem> problems) {
        int before = problems.size();
        Integer quantity = cell(row, "quantity", Integer::valueOf, "must be a whole number", problems);
        LocalDate invoice = cell(row, "invoiceDate", CsvTable::date, "must be a date like 2024-06-28", problems);
        LocalDate delivery = cell(row, "deliveryDate", CsvTable::date, "must be a date like 2024-06-28", problems);
        LocalDate acceptance = cell(row, "acceptanceDate", CsvTable::date, "must be a date like 2024-06-28", problems);
        BigDecimal price = cell(row, "price", BigDecimal::new, "must be an amount in yuan like 3999.00", problems);
        if (problems.size() > before) {
            return null;
        }
        return new NewDevice(text(row, "serialNumber"), text(row, "model"), text(row, "brand"), text(row, "lotNumber"),
                quantity, text(row, "customerOrganisation"), text(row, "site"), invoice, delivery, acceptance,
                text(row, "productCategory"), price, null);
    }

    private boolean check(int line, NewDevice device, Caller caller, List<RowProblem> problems) {
        Set<ConstraintViolation<NewDevice>> violations = validator.validate(device);
        violations.forEach(v -> problems.add(new RowProblem(line, field(v), v.getMessage())));
        if (violations.isEmpty() && !caller.canAccess(device.customerOrganisation())) {
            problems.add(new RowProblem(line, "customerOrganisation", "is outside your organisation"));
            return false;
        }
        return violations.isEmpty();
    }

    /**
     * A serial number may stand once in the file and must not be registered already where the caller sees it; the
     * registration of each serial left (pending where an organisation outside the caller's scope holds it).
     */
    private static Map<String, Registration> rejectRepeatedSerials(Map<Integer, NewDevice> good,
            List<RowProblem> problems, Caller caller) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Integer line : good.keySet().stream().sorted().toList()) {
            String serial = good.get(line).serialNumber().strip();
            Integer earlier = firstLine.putIfAbsent(serial, line);
            if (earlier != null) {
                good.remove(line);
                problems.add(new RowProblem(line, "serialNumber", "repeats line " + earlier));
            }
        }
        Map<String, Registration> registrations = registrations(new ArrayList<>(firstLine.keySet()), caller);
        for (Map.Entry<String, Integer> serial : firstLine.entrySet()) {
            if (registrations.get(serial.getKey()) == null) {
                good.remove(serial.getValue());
                problems.add(new RowProblem(serial.getValue(), "serialNumber", "is registered already"));
            }
        }
        return registrations;
    }

    private static <T> T cell(CsvTable.Row row, String column, Function<String, T> parse, String message,
            List<RowProblem> problems) {
        String value = row.cell(column).orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            problems.add(new RowProblem(row.line(), column, message));
            return null;
        }
    }

    private static String text(CsvTable.Row row, String column) {
        return row.cell(column).orElse(null);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.isEmpty() ? "row" : path;
    }
}
