package org.medadwatch.web;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.medadwatch.evidence.EvidenceReader;
import org.medadwatch.extract.PageExtractor;
import org.medadwatch.index.PageSearch;
import org.medadwatch.review.DispatchService;
import org.medadwatch.review.FeedbackService;
import org.medadwatch.review.ReviewService;
import org.medadwatch.review.StatisticsService;
import org.medadwatch.schedule.ScheduleStatus;
import org.medadwatch.store.Store;

/**
 * What the web UI is built from. The caller opens and closes them; the app only uses them.
 *
 * @param index      the page index, searched only (serve's writer with a schedule, else a read-only follower);
 *                   empty when it could not be opened: search is then off
 * @param dispatch   派发 and 签收
 * @param feedback   处置结果 and the overdue list
 * @param statistics the figures of a period
 * @param clock      the web UI's clock: sessions, and "now" for the overdue list and today's date
 * @param schedule   the daily scan's state now ({@code serve --seeds}); {@link ScheduleStatus#off()} without one
 */
public record Services(Store store, Optional<PageSearch> index, EvidenceReader evidence, PageExtractor extractor,
                       AccountService accounts, ReviewService review, DispatchService dispatch,
                       FeedbackService feedback, StatisticsService statistics, Clock clock,
                       Supplier<ScheduleStatus> schedule) {
    public Services {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(schedule, "schedule");
    }

    /** Without a schedule. */
    public Services(Store store, Optional<PageSearch> index, EvidenceReader evidence, PageExtractor extractor,
                    AccountService accounts, ReviewService review, DispatchService dispatch,
                    FeedbackService feedback, StatisticsService statistics, Clock clock) {
        this(store, index, evidence, extractor, accounts, review, dispatch, feedback, statistics, clock, ScheduleStatus::off);
    }

    /** Dispatch, feedback and statistics made on the same store and clock; no schedule. */
    public Services(Store store, Optional<PageSearch> index, EvidenceReader evidence, PageExtractor extractor,
                    AccountService accounts, ReviewService review, Clock clock) {
        this(store, index, evidence, extractor, accounts, review, clock, ScheduleStatus::off);
    }

    /** Dispatch, feedback and statistics made on the same store and clock. */
    public Services(Store store, Optional<PageSearch> index, EvidenceReader evidence, PageExtractor extractor,
                    AccountService accounts, ReviewService review, Clock clock, Supplier<ScheduleStatus> schedule) {
        this(store, index, evidence, extractor, accounts, review, new DispatchService(store, clock),
                new FeedbackService(store, clock), new StatisticsService(store), clock, schedule);
    }
}
