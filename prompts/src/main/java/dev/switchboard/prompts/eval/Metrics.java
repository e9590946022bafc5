package dev.switchboard.prompts.eval;

import java.util.List;

/**
 * The figures of a set of outcomes: skeleton exact, trigger accuracy, action F1 (mean over
 * cases), control accuracy (over cases that name control kinds; null when none does), valid rate,
 * and the median and 95th percentile (nearest rank) of the time per case.
 *
 * <pre>{@code
 * Metrics all = Metrics.of(outcomes);
 * all.skeletonExact();   // 0.85
 * }</pre>
 */
public record Metrics(int cases, double skeletonExact, double triggerAccuracy, double actionF1, int controlCases,
                      Double controlAccuracy, double validRate, double medianMillis, double p95Millis) {

    public static Metrics of(List<Outcome> outcomes) {
        int n = outcomes.size();
        if (n == 0) {
            return new Metrics(0, 0, 0, 0, 0, null, 0, 0, 0);
        }
        List<Outcome> withControl = outcomes.stream().filter(Outcome::hasControl).toList();
        long[] times = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
        double median = n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2.0;
        double p95 = times[(int) Math.ceil(0.95 * n) - 1];
        return new Metrics(n,
                share(outcomes.stream().filter(Outcome::skeletonExact).count(), n),
                share(outcomes.stream().filter(Outcome::triggerRight).count(), n),
                outcomes.stream().mapToDouble(Outcome::actionF1).average().orElse(0),
                withControl.size(),
                withControl.isEmpty() ? null : share(withControl.stream().filter(Outcome::controlRight).count(), withControl.size()),
                share(outcomes.stream().filter(Outcome::valid).count(), n),
                median / 1e6, p95 / 1e6);
    }

    private static double share(long count, int total) {
        return (double) count / total;
    }
}
