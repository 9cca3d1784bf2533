package org.aftersales.warranty.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All versions of one commitment and the rules for changing them: only a draft may be edited or published;
 * a published version never changes; new terms come from {@link #revise()}, which makes the next version
 * as a draft; there is at most one draft, and it is always the latest version.
 *
 * @param id       the commitment's id
 * @param versions its versions, oldest first, numbered 1, 2, …
 */
public record CommitmentHistory(String id, List<CommitmentVersion> versions) {

    /** A new commitment: version 1 of {@code document}, as a draft. */
    public static CommitmentHistory start(Commitment document) {
        return new CommitmentHistory(document.id(), List.of(new CommitmentVersion(document.id(), 1, CommitmentStatus.DRAFT, document)));
    }

    /** The newest version, draft or published. */
    public CommitmentVersion latest() {
        return versions.getLast();
    }

    /** The version in force: the newest published one, if any. */
    public Optional<CommitmentVersion> inForce() {
        return versions.reversed().stream().filter(v -> v.status() == CommitmentStatus.PUBLISHED).findFirst();
    }

    /** A version by number. */
    public Optional<CommitmentVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    /** Replaces the document of draft {@code number}; refused for a published version, another id or no such version. */
    public ChangeOutcome<CommitmentHistory> edit(int number, Commitment document) {
        if (!document.id().equals(id)) {
            return new ChangeOutcome.Refused<>("the document's id '" + document.id() + "' is not this commitment's id '" + id
                    + "'; a different id is a different commitment");
        }
        return draft(number, "edit").map(draft -> replace(new CommitmentVersion(id, number, CommitmentStatus.DRAFT, document)));
    }

    /** Publishes draft {@code number}; from then on it never changes. */
    public ChangeOutcome<CommitmentHistory> publish(int number) {
        return draft(number, "publish").map(draft ->
                replace(new CommitmentVersion(id, number, CommitmentStatus.PUBLISHED, draft.document())));
    }

    /** New terms: the next version, a draft with the latest published document to edit. */
    public ChangeOutcome<CommitmentHistory> revise() {
        CommitmentVersion latest = latest();
        if (latest.status() == CommitmentStatus.DRAFT) {
            return new ChangeOutcome.Refused<>("version " + latest.version() + " of " + id + " is still a draft; edit it instead of revising");
        }
        List<CommitmentVersion> next = new ArrayList<>(versions);
        next.add(new CommitmentVersion(id, latest.version() + 1, CommitmentStatus.DRAFT, latest.document()));
        return new ChangeOutcome.Accepted<>(new CommitmentHistory(id, List.copyOf(next)));
    }

    private ChangeOutcome<CommitmentVersion> draft(int number, String action) {
        Optional<CommitmentVersion> found = version(number);
        if (found.isEmpty()) {
            return new ChangeOutcome.Refused<>(id + " has no version " + number + "; its versions are 1 to " + versions.size());
        }
        if (found.get().status() == CommitmentStatus.DRAFT) {
            return new ChangeOutcome.Accepted<>(found.get());
        }
        CommitmentVersion latest = latest();
        String instead = latest.status() == CommitmentStatus.DRAFT
                ? action + " draft version " + latest.version() + " instead"
                : "revise it to make version " + (latest.version() + 1) + " and " + action + " that";
        return new ChangeOutcome.Refused<>("version " + number + " of " + id + " is published and never changes; " + instead);
    }

    private CommitmentHistory replace(CommitmentVersion changed) {
        List<CommitmentVersion> next = new ArrayList<>(versions);
        next.set(changed.version() - 1, changed);
        return new CommitmentHistory(id, List.copyOf(next));
    }
}
