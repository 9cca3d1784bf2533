package org.aftersales.warranty.commitment;

import static org.aftersales.warranty.commitment.CommitmentStatus.DRAFT;
import static org.aftersales.warranty.commitment.CommitmentStatus.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentHistoryTest {

    static final Commitment TERMS = Documents.valid(Documents.MINIMAL);
    static final Commitment NEW_TERMS = Documents.valid(Documents.with("title", "\"New terms\""));
    static final Commitment OTHER = Documents.valid(Documents.with("id", "\"other-commitment\""));

    @Test
    void a_new_commitment_starts_as_draft_version_1() {
        CommitmentHistory history = CommitmentHistory.start(TERMS);

        assertThat(history.versions()).containsExactly(new CommitmentVersion("test-commitment", 1, DRAFT, TERMS));
        assertThat(history.inForce()).isEmpty();
    }

    @Test
    void publishing_revising_and_publishing_again_keeps_every_version() {
        CommitmentHistory history = CommitmentHistory.start(TERMS)
                .publish(1).orElseThrow()
                .revise().orElseThrow()
                .edit(2, NEW_TERMS).orElseThrow()
                .publish(2).orElseThrow();

        assertThat(history.versions()).containsExactly(
                new CommitmentVersion("test-commitment", 1, PUBLISHED, TERMS),
                new CommitmentVersion("test-commitment", 2, PUBLISHED, NEW_TERMS));
        assertThat(history.inForce()).contains(history.versions().get(1));
    }

    @Test
    void a_revision_starts_from_the_published_terms_and_leaves_them_in_force() {
        CommitmentHistory history = CommitmentHistory.start(TERMS).publish(1).orElseThrow().revise().orElseThrow();

        assertThat(history.latest()).isEqualTo(new CommitmentVersion("test-commitment", 2, DRAFT, TERMS));
        assertThat(history.inForce().orElseThrow().version()).isEqualTo(1);
    }

    /**
     * Steps before the attempt: p = publish the latest, r = revise, e = edit the latest with new terms.
     * The attempt: edit N, edit-other N (another id), publish N, revise.
     */
    @ParameterizedTest(name = "after [{0}] {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -       | edit 1        | -
            e       | publish 1     | -
            p r     | edit 2        | -
            p       | edit 1        | version 1 of test-commitment is published and never changes; revise it to make version 2 and edit that
            p       | publish 1     | version 1 of test-commitment is published and never changes; revise it to make version 2 and publish that
            p r     | edit 1        | version 1 of test-commitment is published and never changes; edit draft version 2 instead
            p r p   | edit 2        | version 2 of test-commitment is published and never changes; revise it to make version 3 and edit that
            -       | revise        | version 1 of test-commitment is still a draft; edit it instead of revising
            p r     | revise        | version 2 of test-commitment is still a draft; edit it instead of revising
            -       | edit 2        | test-commitment has no version 2; its versions are 1 to 1
            p r     | publish 0     | test-commitment has no version 0; its versions are 1 to 2
            -       | edit-other 1  | the document's id 'other-commitment' is not this commitment's id 'test-commitment'; a different id is a different commitment
            """)
    void only_drafts_change(String steps, String attempt, String refusal) {
        CommitmentHistory before = steps == null ? CommitmentHistory.start(TERMS) : Arrays.stream(steps.split(" "))
                .reduce(CommitmentHistory.start(TERMS), CommitmentHistoryTest::step, (a, b) -> b);

        ChangeOutcome<CommitmentHistory> decision = attempt(before, attempt);

        if (refusal == null) {
            assertThat(decision).isInstanceOf(ChangeOutcome.Accepted.class);
        } else {
            assertThat(decision).isEqualTo(new ChangeOutcome.Refused<>(refusal));
        }
    }

    @Test
    void a_refused_change_leaves_the_published_version_as_it_was() {
        CommitmentHistory published = CommitmentHistory.start(TERMS).publish(1).orElseThrow();

        assertThat(published.edit(1, NEW_TERMS)).isInstanceOf(ChangeOutcome.Refused.class);
        assertThat(published.version(1).orElseThrow().document()).isEqualTo(TERMS);
    }

    private static CommitmentHistory step(CommitmentHistory history, String step) {
        int latest = history.latest().version();
        return switch (step) {
            case "p" -> history.publish(latest).orElseThrow();
            case "r" -> history.revise().orElseThrow();
            case "e" -> history.edit(latest, NEW_TERMS).orElseThrow();
            default -> throw new IllegalArgumentException(step);
        };
    }

    private static ChangeOutcome<CommitmentHistory> attempt(CommitmentHistory history, String attempt) {
        String[] words = attempt.split(" ");
        return switch (words[0]) {
            case "edit" -> history.edit(Integer.parseInt(words[1]), NEW_TERMS);
            case "edit-other" -> history.edit(Integer.parseInt(words[1]), OTHER);
            case "publish" -> history.publish(Integer.parseInt(words[1]));
            case "revise" -> history.revise();
            default -> throw new IllegalArgumentException(attempt);
        };
    }
}
