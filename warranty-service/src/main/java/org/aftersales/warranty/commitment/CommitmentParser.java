package org.aftersales.warranty.commitment;

import static org.aftersales.warranty.commitment.Read.bool;
import static org.aftersales.warranty.commitment.Read.constant;
import static org.aftersales.warranty.commitment.Read.duration;
import static org.aftersales.warranty.commitment.Read.integer;
import static org.aftersales.warranty.commitment.Read.list;
import static org.aftersales.warranty.commitment.Read.map;
import static org.aftersales.warranty.commitment.Read.object;
import static org.aftersales.warranty.commitment.Read.percent;
import static org.aftersales.warranty.commitment.Read.period;
import static org.aftersales.warranty.commitment.Read.text;
import static org.aftersales.warranty.commitment.Read.timeLimit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.aftersales.commitment.LoanerTerm;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.warranty.sanbao.StartEvent;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a commitment document (JSON, or YAML on upload) into a {@link Commitment}, or answers every
 * problem in it by path: malformed text, unknown fields, missing fields, wrong types, bad or non-positive
 * durations, out-of-range numbers, and the rules between fields (a fault level mapped to an undefined
 * service level, duplicate components, contradictory cadences…). JSON and YAML are two front ends of the
 * same tree: both end in {@link #read(JsonNode)}.
 */
public final class CommitmentParser {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LEVEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,15}");
    private static final Pattern NAME = Pattern.compile("\\S(.{0,78}\\S)?");
    private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

    /** The largest document read, in characters: the largest real commitment is a few KiB. */
    static final int MAXIMUM_LENGTH = 256 * 1024;
    /** Objects and lists nest at most this deep; a commitment needs six levels. */
    static final int MAXIMUM_NESTING = 32;
    /** YAML aliases (*anchor) per document at most, so that a few lines cannot expand to gigabytes. */
    static final int MAXIMUM_ALIASES = 20;

    private static final StreamReadConstraints BOUNDS = StreamReadConstraints.builder()
            .maxNestingDepth(MAXIMUM_NESTING)
            .maxDocumentLength(MAXIMUM_LENGTH)
            .maxStringLength(MAXIMUM_LENGTH)
            .build();

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(BOUNDS).build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(BOUNDS)
                    .loaderOptions(yamlLimits())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CommitmentParser() {
    }

    /** The outcome of reading a document. */
    public sealed interface Result {
    }

    /** The document is a valid commitment. */
    public record Valid(Commitment commitment) implements Result {
    }

    /** The document is not valid; these are all its problems, in the order they were found. */
    public record Invalid(List<CommitmentProblem> problems) implements Result {
    }

    /** Reads a JSON document. */
    public static Result parseJson(String text) {
        return parse(JSON, "JSON", text);
    }

    /** Reads a YAML document: the same tree as JSON, so the same fields, types and rules. */
    public static Result parseYaml(String text) {
        return parse(YAML, "YAML", text);
    }

    /** Reads a document already parsed into a tree. */
    public static Result read(JsonNode tree) {
        Problems problems = new Problems();
        Commitment commitment = tree == null || tree.isMissingNode()
                ? missing(problems)
                : commitment().read(tree, "", problems);
        return problems.count() == 0 ? new Valid(commitment) : new Invalid(problems.all());
    }

    private static LoaderOptions yamlLimits() {
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(MAXIMUM_ALIASES);
        limits.setAllowRecursiveKeys(false);
        limits.setNestingDepthLimit(MAXIMUM_NESTING);
        limits.setCodePointLimit(MAXIMUM_LENGTH);
        return limits;
    }

    private static Result parse(ObjectMapper mapper, String format, String text) {
        if (text.length() > MAXIMUM_LENGTH) {
            return new Invalid(List.of(new CommitmentProblem(Problems.BODY, "is larger than " + MAXIMUM_LENGTH / 1024
                    + " KiB; a commitment document is a few KiB")));
        }
        try {
            JsonNode tree = mapper.readTree(text);
            String nul = pathOfNul(tree, "");
            if (nul != null) {
                return new Invalid(List.of(new CommitmentProblem(nul.isEmpty() ? Problems.BODY : nul,
                        "must not contain the NUL character (U+0000)")));
            }
            return read(tree);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Invalid(List.of(new CommitmentProblem(Problems.BODY, "malformed " + format + where + ": " + e.getOriginalMessage())));
        }
    }

    /** The path of a name or text in the tree that holds a NUL, which PostgreSQL cannot store; null when none does. */
    private static String pathOfNul(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue().indexOf('\0') >= 0 ? path : null;
        }
        int index = 0;
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            String childPath = path.isEmpty() ? child.getKey() : path + "." + child.getKey();
            String found = child.getKey().indexOf('\0') >= 0 ? path : pathOfNul(child.getValue(), childPath);
            if (found != null) {
                return found;
            }
        }
        for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
            String found = pathOfNul(element, path + "[" + index++ + "]");
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Commitment missing(Problems problems) {
        problems.add("", "is empty; a commitment document is an object");
        return null;
    }

    private static Read<Commitment> commitment() {
        return object(o -> {
            String id = o.required("id", text(ID, "lower-case letters and digits in words joined by dashes, e.g. seed-002-hospital-it"));
            String title = o.required("title", text());
            Optional<String> source = Optional.ofNullable(o.optional("source", text()));
            Optional<String> notes = Optional.ofNullable(o.optional("notes", text()));
            ServiceHours serviceHours = o.required("serviceHours", serviceHours());
            Map<String, ServiceLevel> levels = o.required("serviceLevels", serviceLevels());
            Map<FaultLevel, String> faultLevels = o.required("faultLevels", faultLevels());
            checkLevelMapping(o, faultLevels);
            return new Commitment(id, title, source, notes, serviceHours, levels, faultLevels,
                    o.optional("slaPauses", unique(list(constant(PauseCondition.class)), Function.identity(), "pause condition"), List.of()),
                    o.optional("reports", unique(list(report()), ReportDeadline::kind, "report"), List.of()),
                    Optional.ofNullable(o.optional("spares", spares())),
                    Optional.ofNullable(o.optional("loaner", loaner())),
                    Optional.ofNullable(o.optional("inspection", inspection())),
                    o.optional("returnVisits", list(returnVisit()), List.of()),
                    o.required("warranty", warranty()),
                    Optional.ofNullable(o.optional("repeatedFailure", object(r -> new RepeatedFailureRule(r.required("repairs", integer(1, 10), 0)), "repairs"))),
                    o.optional("extensions", unique(list(extension()), ExtensionRule::trigger, "extension trigger"), List.of()),
                    Optional.ofNullable(o.optional("outOfWarranty", outOfWarranty())),
                    o.optional("penalties", list(penalty()), List.of()),
                    Optional.ofNullable(o.optional("warningAtPercent", integer(1, 100))),
                    Optional.ofNullable(o.optional("escalatingClocks",
                            unique(list(constant(SlaTarget.class)), Function.identity(), "clock"))));
        }, "id", "title", "source", "notes", "serviceHours", "serviceLevels", "faultLevels", "slaPauses", "reports",
                "spares", "loaner", "inspection", "returnVisits", "warranty", "repeatedFailure", "extensions",
                "outOfWarranty", "penalties", "warningAtPercent", "escalatingClocks");
    }

    /** Every fault level names a defined service level, and every service level is used. */
    private static void checkLevelMapping(JsonFields o, Map<FaultLevel, String> faultLevels) {
        if (faultLevels == null || !o.has("serviceLevels")) {
            return;
        }
        Set<String> defined = o.keys("serviceLevels");
        faultLevels.forEach((fault, level) -> {
            if (!defined.contains(level)) {
                o.problem("faultLevels." + fault, "names service level '" + level + "', which serviceLevels does not define; defined: "
                        + String.join(", ", defined));
            }
        });
        for (FaultLevel fault : FaultLevel.values()) {
            if (!o.keys("faultLevels").contains(fault.name())) {
                o.problem("faultLevels." + fault, "is required: every fault level needs a service level");
            }
        }
        defined.stream()
                .filter(level -> !faultLevels.containsValue(level) && LEVEL_NAME.matcher(level).matches())
                .forEach(level -> o.problem("serviceLevels." + level, "is not used by any fault level"));
    }

    private static Read<ServiceHours> serviceHours() {
        Read<ServiceHours.WorkingHours> workingHours = object(o -> {
            var from = o.required("from", Read.timeOfDay());
            var to = o.required("to", Read.timeOfDay());
            if (from != null && to != null && !from.isBefore(to)) {
                o.problem("to", "must be after from (" + from + ")");
            }
            return new ServiceHours.WorkingHours(from, to);
        }, "from", "to");
        return object(o -> {
            ServiceHours.Coverage coverage = o.required("coverage", constant(ServiceHours.Coverage.class));
            boolean offHoursDuty = o.optional("offHoursDuty", bool(), false);
            if (coverage == ServiceHours.Coverage.WORKING_HOURS && !o.has("workingHours")) {
                o.problem("workingHours", "is required when coverage is WORKING_HOURS");
            }
            if (coverage == ServiceHours.Coverage.ALWAYS && o.has("workingHours")) {
                o.problem("workingHours", "contradicts coverage ALWAYS (7×24); leave it out or use WORKING_HOURS");
            }
            if (coverage == ServiceHours.Coverage.ALWAYS && offHoursDuty) {
                o.problem("offHoursDuty", "contradicts coverage ALWAYS (7×24), which has no off hours");
            }
            return new ServiceHours(coverage,
                    o.optional("zone", Read.zone(), ServiceHours.DEFAULT_ZONE),
                    Optional.ofNullable(o.optional("workingHours", workingHours)),
                    o.optional("holidayCalendar", text(Pattern.compile("[A-Z]{2}"), "a two-letter country code such as CN"),
                            ServiceHours.DEFAULT_HOLIDAY_CALENDAR),
                    offHoursDuty,
                    Optional.ofNullable(o.optional("hotlineChangeNotice", period())));
        }, "coverage", "zone", "workingHours", "holidayCalendar", "offHoursDuty", "hotlineChangeNotice");
    }

    private static Read<Map<String, ServiceLevel>> serviceLevels() {
        Read<Map<String, ServiceLevel>> levels = map(key -> LEVEL_NAME.matcher(key).matches() ? key : null,
                "a service level name of letters, digits, - or _ (at most 16), e.g. A", serviceLevel());
        return (value, path, problems) -> {
            if (value.isObject() && value.isEmpty()) {
                problems.add(path, "must define at least one service level");
                return null;
            }
            return levels.read(value, path, problems);
        };
    }

    private static Read<ServiceLevel> serviceLevel() {
        return object(o -> {
            TimeLimit response = o.required("response", timeLimit());
            TimeLimit onSite = o.optional("onSite", timeLimit());
            TimeLimit resolution = o.optional("resolution", timeLimit());
            ServiceLevel.ClockStart from = o.optional("resolutionFrom", constant(ServiceLevel.ClockStart.class), ServiceLevel.ClockStart.REPORT);
            if (shorter(onSite, response)) {
                o.problem("onSite", "is shorter than response; the callback comes first");
            }
            if (from == ServiceLevel.ClockStart.REPORT && shorter(resolution, onSite)) {
                o.problem("resolution", "is shorter than onSite, and both run from the report; use resolutionFrom ARRIVAL if it counts from arrival");
            }
            if (from == ServiceLevel.ClockStart.ARRIVAL && !o.has("onSite")) {
                o.problem("resolutionFrom", "ARRIVAL needs an onSite target");
            }
            return new ServiceLevel(response, Optional.ofNullable(onSite), Optional.ofNullable(resolution), from,
                    o.optional("resolutionByFaultType", map(key -> enumOrNull(FaultType.class, key),
                            "one of " + Read.names(FaultType.class), timeLimit()), Map.of()));
        }, "response", "onSite", "resolution", "resolutionFrom", "resolutionByFaultType");
    }

    /** Whether both limits are elapsed time and {@code a} is shorter than {@code b}. */
    private static boolean shorter(TimeLimit a, TimeLimit b) {
        return a instanceof TimeLimit.Elapsed(var x) && b instanceof TimeLimit.Elapsed(var y) && x.compareTo(y) < 0;
    }

    private static Read<Map<FaultLevel, String>> faultLevels() {
        Read<Map<FaultLevel, String>> entries = map(key -> enumOrNull(FaultLevel.class, key),
                "a fault level, one of " + Read.names(FaultLevel.class), text());
        return entries.then((read, path, problems) -> {
            Map<FaultLevel, String> byLevel = new EnumMap<>(FaultLevel.class);
            byLevel.putAll(read);
            return Collections.unmodifiableMap(byLevel);
        });
    }

    private static Read<ReportDeadline> report() {
        return object(o -> new ReportDeadline(
                o.required("kind", constant(ReportDeadline.Kind.class)),
                o.required("after", constant(ReportDeadline.After.class)),
                Optional.ofNullable(o.optional("within", timeLimit())),
                o.optional("contents", unique(list(constant(ReportDeadline.Item.class)), Function.identity(), "item"), List.of())),
                "kind", "after", "within", "contents");
    }

    private static Read<SpareSupply> spares() {
        return object(o -> {
            if (!o.has("delivery") && !o.has("minimumLocalStockPercent")) {
                o.problem("promises nothing; give delivery, minimumLocalStockPercent or both");
            }
            boolean backupUnits = o.optional("backupUnits", bool(), false);
            if (backupUnits && !o.has("delivery")) {
                o.problem("backupUnits", "needs a delivery time for the backup units");
            }
            return new SpareSupply(Optional.ofNullable(o.optional("delivery", timeLimit())), backupUnits,
                    Optional.ofNullable(o.optional("minimumLocalStockPercent", percent())));
        }, "delivery", "backupUnits", "minimumLocalStockPercent");
    }

    /** The loaner term; none without its duration, whose problem is recorded (LoanerTerm requires one). */
    private static Read<LoanerTerm> loaner() {
        return object(o -> {
            Duration repairLongerThan = o.required("repairLongerThan", duration());
            boolean onlyWhenReturnedToFactory = o.optional("onlyWhenReturnedToFactory", bool(), false);
            return repairLongerThan == null ? null : new LoanerTerm(repairLongerThan, onlyWhenReturnedToFactory);
        }, "repairLongerThan", "onlyWhenReturnedToFactory");
    }

    private static Read<Inspection> inspection() {
        return object(o -> {
            List<Inspection.Cadence> cadence = o.optional("cadence", list(cadence()), List.of());
            boolean beforeMajorEvents = o.optional("beforeMajorEvents", bool(), false);
            if (!o.has("cadence") && !beforeMajorEvents) {
                o.problem("cadence", "is required unless inspections are only before major events");
            }
            if (cadence.size() == o.size("cadence")) {
                checkCadencesAgree(o, cadence);
            }
            return new Inspection(cadence, Optional.ofNullable(o.optional("report", timeLimit())), beforeMajorEvents);
        }, "cadence", "report", "beforeMajorEvents");
    }

    private static Read<Inspection.Cadence> cadence() {
        return object(o -> {
            Integer every = o.optional("every", integer(1, 24));
            List<Integer> months = o.optional("months", unique(list(integer(1, 12)), Function.identity(), "month"), List.of());
            if (o.has("every") == o.has("months")) {
                o.problem("needs exactly one of every (months between visits) or months (calendar months)");
            }
            if (o.size("months") == 0) {
                o.problem("months", "must name at least one month");
            }
            if (o.has("day") && o.has("every")) {
                o.problem("day", "applies only to calendar months; every counts from the schedule's start");
            }
            Period from = o.optional("from", period(), Period.ZERO);
            Period until = o.optional("until", period());
            if (until != null && !REFERENCE.plus(until).isAfter(REFERENCE.plus(from))) {
                o.problem("until", "must be after from (" + from + ")");
            }
            return new Inspection.Cadence(o.required("name", text(NAME, "a name of at most 80 characters")),
                    Optional.ofNullable(every), months, o.optional("day", integer(1, 28), Inspection.Cadence.MID_MONTH),
                    from, Optional.ofNullable(until));
        }, "name", "every", "months", "day", "from", "until");
    }

    /** One inspection (same name) has at most one schedule at a time. */
    private static void checkCadencesAgree(JsonFields o, List<Inspection.Cadence> cadence) {
        for (int j = 0; j < cadence.size(); j++) {
            for (int i = 0; i < j; i++) {
                Inspection.Cadence a = cadence.get(i);
                Inspection.Cadence b = cadence.get(j);
                if (a.name().equals(b.name()) && overlap(a, b)) {
                    o.problem("cadence[" + j + "]", "contradicts cadence[" + i + "]: both schedule '" + a.name()
                            + "' at the same time; let one end (until) where the other starts (from)");
                }
            }
        }
    }

    private static boolean overlap(Inspection.Cadence a, Inspection.Cadence b) {
        LocalDate aFrom = REFERENCE.plus(a.from());
        LocalDate bFrom = REFERENCE.plus(b.from());
        LocalDate aUntil = a.until().map(REFERENCE::plus).orElse(LocalDate.MAX);
        LocalDate bUntil = b.until().map(REFERENCE::plus).orElse(LocalDate.MAX);
        return aFrom.isBefore(bUntil) && bFrom.isBefore(aUntil);
    }

    private static Read<ReturnVisitRule> returnVisit() {
        return object(o -> {
            ReturnVisitRule.Trigger trigger = o.required("trigger", constant(ReturnVisitRule.Trigger.class));
            if (trigger == ReturnVisitRule.Trigger.PERIODIC) {
                if (!o.has("timesPerYear")) {
                    o.problem("timesPerYear", "is required for PERIODIC return visits");
                }
                if (o.has("within")) {
                    o.problem("within", "applies only to return visits after an event, not PERIODIC ones");
                }
            } else if (trigger != null) {
                if (!o.has("within")) {
                    o.problem("within", "is required for return visits after " + trigger);
                }
                if (o.has("timesPerYear")) {
                    o.problem("timesPerYear", "applies only to PERIODIC return visits");
                }
            }
            return new ReturnVisitRule(trigger, Optional.ofNullable(o.optional("within", timeLimit())),
                    Optional.ofNullable(o.optional("timesPerYear", integer(1, 52))), o.optional("keyCustomersOnly", bool(), false));
        }, "trigger", "within", "timesPerYear", "keyCustomersOnly");
    }

    private static Read<WarrantyTerms> warranty() {
        Read<WarrantyTerms.ComponentPeriod> component = object(o -> new WarrantyTerms.ComponentPeriod(
                o.required("component", text(NAME, "a name of at most 80 characters")), o.required("period", period())),
                "component", "period");
        Read<WarrantyTerms.CoveredCosts> coverage = object(o -> new WarrantyTerms.CoveredCosts(
                o.required("parts", bool(), false), o.required("labour", bool(), false), o.required("travel", bool(), false)),
                "parts", "labour", "travel");
        return object(o -> new WarrantyTerms(
                o.required("startsAt", constant(StartEvent.class)),
                o.required("period", period()),
                o.optional("components", unique(list(component), WarrantyTerms.ComponentPeriod::component, "component"), List.of()),
                o.required("covers", coverage),
                o.optional("softwareUpgrades", bool(), false),
                o.optional("replacedPartsRewarranted", bool(), false),
                o.optional("unrepairableReplaced", bool(), false),
                o.optional("exclusions", unique(list(constant(WarrantyTerms.Exclusion.class)), Function.identity(), "exclusion"), List.of())),
                "startsAt", "period", "components", "covers", "softwareUpgrades", "replacedPartsRewarranted",
                "unrepairableReplaced", "exclusions");
    }

    private static Read<ExtensionRule> extension() {
        return object(o -> new ExtensionRule(o.required("trigger", constant(ExtensionRule.Trigger.class)),
                o.required("extendBy", period())), "trigger", "extendBy");
    }

    private static Read<OutOfWarrantyCharges> outOfWarranty() {
        return object(o -> new OutOfWarrantyCharges(o.required("parts", constant(OutOfWarrantyCharges.PartsPricing.class)),
                o.required("labourCharged", bool(), false)), "parts", "labourCharged");
    }

    private static Read<Penalty> penalty() {
        return object(o -> {
            Penalty.Consequence consequence = o.required("consequence", constant(Penalty.Consequence.class));
            if (consequence == Penalty.Consequence.PERCENT_OF_CONTRACT_PRICE && !o.has("percent")) {
                o.problem("percent", "is required for PERCENT_OF_CONTRACT_PRICE");
            }
            if (consequence == Penalty.Consequence.VENDOR_BEARS_ALL_COSTS && o.has("percent")) {
                o.problem("percent", "applies only to PERCENT_OF_CONTRACT_PRICE");
            }
            return new Penalty(o.required("breach", constant(Penalty.Breach.class)), consequence,
                    Optional.ofNullable(o.optional("percent", percent())));
        }, "breach", "consequence", "percent");
    }

    /**
     * A list whose elements must differ in {@code key}; a repeated one is refused at its index, naming the
     * first (duplicate component names, months, exclusions…).
     */
    private static <T, K> Read<List<T>> unique(Read<List<T>> elements, Function<T, K> key, String what) {
        return (value, path, problems) -> {
            List<T> read = elements.read(value, path, problems);
            if (read == null || read.size() != value.size()) {
                return read;
            }
            Map<K, Integer> first = new HashMap<>();
            List<T> kept = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                Integer earlier = first.putIfAbsent(key.apply(read.get(i)), i);
                if (earlier == null) {
                    kept.add(read.get(i));
                } else {
                    problems.add(Problems.element(path, i), "duplicate " + what + " '" + key.apply(read.get(i))
                            + "', also at " + Problems.element(path, earlier));
                }
            }
            return List.copyOf(kept);
        };
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
