package org.medadwatch.web;

import java.util.ArrayList;
import java.util.List;
import org.medadwatch.clue.Clue;
import org.medadwatch.clue.ClueStatus;
import org.medadwatch.store.Store;

/** Stand-in for org.medadwatch.review.ReviewService until the review branch is merged. */
final class ReviewActions {
    private final Store store;

    ReviewActions(Store store) {
        this.store = store;
    }

    List<Clue> confirm(List<String> numbers, String actor, String comment) {
        List<Clue> out = new ArrayList<>();
        for (String n : numbers) {
            out.add(store.clues().changeStatus(n, ClueStatus.CONFIRMED, actor, comment));
        }
        return out;
    }

    List<Clue> dismiss(List<String> numbers, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("dismissing a clue needs a reason (排除原因)");
        }
        List<Clue> out = new ArrayList<>();
        for (String n : numbers) {
            out.add(store.clues().changeStatus(n, ClueStatus.DISMISSED, actor, reason.strip()));
        }
        return out;
    }

    List<Clue> changeJurisdiction(List<String> numbers, String gbCode, String actor, String why) {
        throw new IllegalStateException("更改属地需要审核服务（review 分支）");
    }
}
