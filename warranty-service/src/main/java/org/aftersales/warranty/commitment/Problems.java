package org.aftersales.warranty.commitment;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one document, so that a reader can go on after the first. */
final class Problems {

    /** The path of the document as a whole. */
    static final String BODY = "body";

    private final List<CommitmentProblem> found = new ArrayList<>();

    void add(String path, String message) {
        found.add(new CommitmentProblem(path.isEmpty() ? BODY : path, message));
    }

    int count() {
        return found.size();
    }

    List<CommitmentProblem> all() {
        return List.copyOf(found);
    }

    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }
}
