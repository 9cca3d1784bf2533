package org.aftersales.warranty.commitment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;

/**
 * Stores commitments and their versions, and applies {@link CommitmentHistory}'s rules: a new
 * commitment starts as draft version 1; only a draft is edited or published; a published version never
 * changes; revising makes the next draft.
 */
@ApplicationScoped
public class CommitmentCatalogue {

    private static final ObjectMapper YAML = new YAMLMapper();

    private final ObjectMapper json;
    /** Published versions never change, so each is read from its JSON once. */
    private final Map<String, Commitment> publishedTerms = new ConcurrentHashMap<>();

    CommitmentCatalogue(ObjectMapper json) {
        this.json = json;
    }

    /** Parses an uploaded document (JSON or YAML), or 400 naming every problem by path. */
    public Commitment parse(String text, boolean yaml) {
        return switch (yaml ? CommitmentParser.parseYaml(text) : CommitmentParser.parseJson(text)) {
            case CommitmentParser.Valid(Commitment commitment) -> commitment;
            case CommitmentParser.Invalid(List<CommitmentProblem> problems) -> throw ProblemException.badRequest(
                    "The commitment has " + problems.size() + " problem(s)",
                    problems.stream().map(p -> new FieldProblem(p.path(), p.message())).toList());
        };
    }

    @Transactional
    public StoredCommitmentVersion create(String text, boolean yaml, String user) {
        Commitment document = parse(text, yaml);
        if (StoredCommitmentVersion.count("commitmentId", document.id()) > 0) {
            throw ProblemException.conflict("Commitment " + document.id()
                    + " exists; edit its draft or revise it to change its terms");
        }
        CommitmentVersion first = CommitmentHistory.start(document).latest();
        return store(first, asJson(text, yaml), user);
    }

    @Transactional
    public StoredCommitmentVersion edit(String id, int version, String text, boolean yaml, String user) {
        Commitment document = parse(text, yaml);
        decided(history(id).edit(version, document));
        StoredCommitmentVersion stored = stored(id, version);
        stored.document = asJson(text, yaml);
        return stored;
    }

    @Transactional
    public StoredCommitmentVersion publish(String id, int version) {
        decided(history(id).publish(version));
        StoredCommitmentVersion stored = stored(id, version);
        stored.status = CommitmentStatus.PUBLISHED;
        stored.publishedAt = Instant.now();
        return stored;
    }

    @Transactional
    public StoredCommitmentVersion revise(String id, String user) {
        CommitmentHistory revised = decided(history(id).revise());
        CommitmentVersion next = revised.latest();
        return store(next, stored(id, next.version() - 1).document, user);
    }

    public List<StoredCommitmentVersion> versions(String id) {
        List<StoredCommitmentVersion> versions = StoredCommitmentVersion.list("commitmentId = ?1 order by version", id);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("commitment", id);
        }
        return versions;
    }

    public StoredCommitmentVersion stored(String id, int version) {
        StoredCommitmentVersion stored = StoredCommitmentVersion.find("commitmentId = ?1 and version = ?2", id, version)
                .firstResult();
        if (stored == null) {
            throw ProblemException.notFound("commitment version", id + " v" + version);
        }
        return stored;
    }

    /** The terms of a published version (what contracts bind), or 409 when the version is still a draft. */
    public Commitment publishedTerms(String id, int version) {
        Commitment terms = publishedTerms.get(id + "/" + version);
        if (terms != null) {
            return terms;
        }
        StoredCommitmentVersion stored = stored(id, version);
        if (stored.status != CommitmentStatus.PUBLISHED) {
            throw ProblemException.conflict("Version " + version + " of commitment " + id
                    + " is a draft; a contract binds published terms only");
        }
        terms = parse(stored.document, false);
        publishedTerms.put(id + "/" + version, terms);
        return terms;
    }

    public JsonNode tree(String document) {
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored commitment is not JSON", e);
        }
    }

    private CommitmentHistory history(String id) {
        return new CommitmentHistory(id, versions(id).stream()
                .map(v -> new CommitmentVersion(id, v.version, v.status, parse(v.document, false)))
                .toList());
    }

    private StoredCommitmentVersion store(CommitmentVersion version, String document, String user) {
        StoredCommitmentVersion stored = new StoredCommitmentVersion();
        stored.id = UUID.randomUUID();
        stored.commitmentId = version.id();
        stored.version = version.version();
        stored.status = version.status();
        stored.document = document;
        stored.createdBy = user;
        stored.createdAt = Instant.now();
        stored.persist();
        return stored;
    }

    /** The document as JSON text: YAML uploads are kept as the equivalent JSON. */
    private String asJson(String text, boolean yaml) {
        if (!yaml) {
            return text;
        }
        try {
            return json.writeValueAsString(YAML.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed YAML commitment cannot be read again", e);
        }
    }

    private static <T> T decided(ChangeOutcome<T> decision) {
        return switch (decision) {
            case ChangeOutcome.Accepted<T> accepted -> accepted.value();
            case ChangeOutcome.Refused<T> refused -> throw ProblemException.conflict(refused.reason());
        };
    }
}
