package org.aftersales.warranty.commitment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Ready-made commitments taken from the seeds, to start a contract's commitment from
 * ({@code GET /api/v1/commitment-templates}). They live as JSON in {@code commitment-templates/} and are read
 * by the same {@link CommitmentParser} as uploads, so a template is valid by the same rules.
 */
public final class CommitmentTemplates {

    /** The template ids; each is the file {@code commitment-templates/<id>.json}. */
    public static final List<String> IDS = List.of(
            "seed-000-network-systems",
            "seed-001-plant-equipment",
            "seed-002-hospital-it",
            "seed-003-field-equipment");

    private static final String FOLDER = "commitment-templates/";

    private final List<Commitment> templates;

    private CommitmentTemplates(List<Commitment> templates) {
        this.templates = templates;
    }

    /** Reads and validates every template; a template that is missing or invalid is a build error and fails here. */
    public static CommitmentTemplates load() {
        return new CommitmentTemplates(IDS.stream().map(CommitmentTemplates::read).toList());
    }

    /** Every template, in {@link #IDS} order. */
    public List<Commitment> all() {
        return templates;
    }

    public Optional<Commitment> byId(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The template's document as written, JSON text. */
    public static String text(String id) {
        String resource = FOLDER + id + ".json";
        try (InputStream in = CommitmentTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("commitment template " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Commitment read(String id) {
        return switch (CommitmentParser.parseJson(text(id))) {
            case CommitmentParser.Valid(Commitment commitment) when commitment.id().equals(id) -> commitment;
            case CommitmentParser.Valid(Commitment commitment) ->
                    throw new IllegalStateException(FOLDER + id + ".json has id " + commitment.id() + ", not " + id);
            case CommitmentParser.Invalid(List<CommitmentProblem> problems) ->
                    throw new IllegalStateException(FOLDER + id + ".json is not a valid commitment: " + problems);
        };
    }
}
