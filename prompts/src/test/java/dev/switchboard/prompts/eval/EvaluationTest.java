package dev.switchboard.prompts.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.prompts.offline.OfflinePlanner;
import dev.switchboard.runtime.validate.FlowValidator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The evaluation harness on small case files written for these tests. */
class EvaluationTest {

    private static final Catalog CATALOG = Catalog.bundled();

    private static Evaluation.Report run(String resource, long stepNanos) throws IOException {
        AtomicLong clock = new AtomicLong();
        Evaluation evaluation = new Evaluation(new FlowBuilder(new FlowValidator(CATALOG, Map.of())),
                List.of(new OfflinePlanner(CATALOG)), () -> clock.addAndGet(stepNanos));
        return evaluation.run(EvalCases.read(reader(resource)));
    }

    private static Reader reader(String resource) {
        return new InputStreamReader(EvaluationTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8);
    }

    @Test
    void smallFile_givesTheMetricsPerLanguageAndOverall() throws IOException {
        // each case takes one clock step of 2 ms; s-4 expects the wrong action and a missing approval on purpose
        Evaluation.Report report = run("/eval/small.jsonl", 2_000_000);
        Metrics all = report.metrics().get("all");
        assertThat(report.metrics()).containsOnlyKeys("en", "fr", "all");
        assertThat(all.cases()).isEqualTo(4);
        assertThat(all.skeletonExact()).isEqualTo(0.75);
        assertThat(all.triggerAccuracy()).isEqualTo(1.0);
        assertThat(all.actionF1()).isEqualTo(0.75);
        assertThat(all.controlCases()).isEqualTo(2);
        assertThat(all.controlAccuracy()).isEqualTo(0.5);
        assertThat(all.validRate()).isEqualTo(1.0);
        assertThat(all.medianMillis()).isEqualTo(2.0);
        assertThat(all.p95Millis()).isEqualTo(2.0);
        Metrics fr = report.metrics().get("fr");
        assertThat(fr.cases()).isEqualTo(2);
        assertThat(fr.skeletonExact()).isEqualTo(0.5);
        assertThat(report.metrics().get("en").skeletonExact()).isEqualTo(1.0);
        assertThat(report.table()).contains("skeleton").contains("all").contains("75.0%");
        assertThat(report.json().at("/metrics/all/skeleton_exact").asDouble()).isEqualTo(0.75);
        assertThat(report.json().at("/cases/3/id").asString()).isEqualTo("s-4");
        assertThat(report.json().at("/cases/3/skeleton_exact").asBoolean()).isFalse();
    }

    @Test
    void ownHeldOutDescriptions_stayAtNinetyFivePercentExactAndAllValid() throws IOException {
        Evaluation.Report report = run("/builder/held-out.jsonl", 1);
        for (String set : List.of("en", "fr", "all")) {
            assertThat(report.metrics().get(set).skeletonExact()).as(set).isGreaterThanOrEqualTo(0.95);
            assertThat(report.metrics().get(set).validRate()).as(set).isEqualTo(1.0);
        }
    }

    @Test
    void batchesWrittenAfterTheTuning_stayAboveNinetyFourPercentExactAndAllValid() throws IOException {
        // held-out-2: six batches of 40 written after the planner was tuned; each was measured once on first contact
        // (77.5 %, 70 %, 77.5 %, 80 %, 70 %, 85 %) before the planner learnt from it, so this guards what it learnt since
        Evaluation.Report report = run("/builder/held-out-2.jsonl", 1);
        assertThat(report.metrics().get("all").cases()).isEqualTo(240);
        for (String set : List.of("en", "fr", "all")) {
            assertThat(report.metrics().get(set).skeletonExact()).as(set).isGreaterThanOrEqualTo(0.94);
            assertThat(report.metrics().get(set).validRate()).as(set).isEqualTo(1.0);
        }
    }

    @Test
    void blindSetsReadForTheFourthRound_keepTheirTunedOnFigures() throws IOException {
        // blind-a, -b and -c were measured once blind (52.5 %, 37.5 %, 75 %), then read for general fixes: these are
        // tuned-on figures now, guarded so that later rounds do not lose what they taught
        for (String file : List.of("blind-a", "blind-b", "blind-c")) {
            Evaluation.Report report = run("/builder/blind/" + file + ".jsonl", 1);
            assertThat(report.metrics().get("all").skeletonExact()).as(file).isGreaterThanOrEqualTo(0.95);
            for (String set : List.of("en", "fr", "all")) {
                assertThat(report.metrics().get(set).skeletonExact()).as(file + " " + set).isGreaterThanOrEqualTo(0.9);
                assertThat(report.metrics().get(set).validRate()).as(file + " " + set).isEqualTo(1.0);
            }
        }
    }

    @Test
    void blindSetReadForTheFifthRound_keepsItsTunedOnFigure() throws IOException {
        // blind-d (60) gave 53.3 % exact and 96.7 % valid on first contact after the fourth round; the fifth round read
        // it for general fixes, so this is a tuned-on figure, guarded so later rounds keep what it taught
        Evaluation.Report report = run("/builder/blind/blind-d.jsonl", 1);
        assertThat(report.metrics().get("all").cases()).isEqualTo(60);
        for (String set : List.of("en", "fr", "all")) {
            assertThat(report.metrics().get(set).skeletonExact()).as("blind-d " + set).isGreaterThanOrEqualTo(0.8);
            assertThat(report.metrics().get(set).validRate()).as("blind-d " + set).isEqualTo(1.0);
        }
    }

    @Test
    void blindSetReadForTheSixthRound_keepsItsTunedOnFigure() throws IOException {
        // blind-e (60) gave 68.3 % exact and 100 % valid on first contact after the fifth round; the sixth round read
        // it for general fixes, so this is a tuned-on figure, guarded so later rounds keep what it taught (95 % after
        // the seventh round)
        Evaluation.Report report = run("/builder/blind/blind-e.jsonl", 1);
        assertThat(report.metrics().get("all").cases()).isEqualTo(60);
        assertThat(report.metrics().get("all").skeletonExact()).as("blind-e all").isGreaterThanOrEqualTo(0.93);
        for (String set : List.of("en", "fr", "all")) {
            assertThat(report.metrics().get(set).validRate()).as("blind-e " + set).isEqualTo(1.0);
        }
    }

    @Test
    void blindSetReadForTheSeventhRound_keepsItsTunedOnFigure() throws IOException {
        // blind-f (60) gave 73.3 % exact and 100 % valid on first contact after the sixth round; the seventh round read
        // it for general fixes (95 %: en 93.3, fr 96.7), so this is a tuned-on figure
        Evaluation.Report report = run("/builder/blind/blind-f.jsonl", 1);
        assertThat(report.metrics().get("all").cases()).isEqualTo(60);
        assertThat(report.metrics().get("all").skeletonExact()).as("blind-f all").isGreaterThanOrEqualTo(0.93);
        for (String set : List.of("en", "fr", "all")) {
            assertThat(report.metrics().get(set).skeletonExact()).as("blind-f " + set).isGreaterThanOrEqualTo(0.9);
            assertThat(report.metrics().get(set).validRate()).as("blind-f " + set).isEqualTo(1.0);
        }
    }

    @Test
    void blindSetMeasuredAfterTheSeventhRound_isAllValid() throws IOException {
        // blind-g (60) was written during the seventh round by someone who saw neither the planner nor the other sets:
        // 50 % exact before that round, 55 % after it (first contact), 100 % valid both times; it is seen from now on.
        // The eighth round was tuned on it: 80 % (en 80, fr 80)
        Evaluation.Report report = run("/builder/blind/blind-g.jsonl", 1);
        assertThat(report.metrics().get("all").cases()).isEqualTo(60);
        assertThat(report.metrics().get("all").skeletonExact()).as("blind-g all").isGreaterThanOrEqualTo(0.78);
        for (String set : List.of("en", "fr", "all")) {
            assertThat(report.metrics().get(set).validRate()).as("blind-g " + set).isEqualTo(1.0);
        }
    }

    @Test
    void blindSetMeasuredAfterTheEighthRound_isAllValid() throws IOException {
        // blind-h (60) was written during the eighth round by someone who saw neither the planner nor the other sets:
        // 53.3 % exact before that round, 58.3 % after it (first contact), 100 % valid both times; seen from now on
        Evaluation.Report report = run("/builder/blind/blind-h.jsonl", 1);
        assertThat(report.metrics().get("all").cases()).isEqualTo(60);
        assertThat(report.metrics().get("all").skeletonExact()).as("blind-h all").isGreaterThanOrEqualTo(0.56);
        for (String set : List.of("en", "fr", "all")) {
            assertThat(report.metrics().get(set).validRate()).as("blind-h " + set).isEqualTo(1.0);
        }
    }

    @Test
    void malformedLine_isRejectedWithItsNumberAndWhatToFix() {
        assertThatThrownBy(() -> EvalCases.read(reader("/eval/malformed.jsonl")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2: \"expect.actions\" must be a list of action ids (an entry may be a list of accepted ids)");
        assertThatThrownBy(() -> EvalCases.read(new StringReader("{\"id\": 1\n")))
                .hasMessageStartingWith("line 1: not a JSON object");
        assertThatThrownBy(() -> EvalCases.read(new StringReader("{\"lang\": \"de\", \"text\": \"x\"}")))
                .hasMessage("line 1: \"lang\" must be \"en\" or \"fr\"");
    }

    @Test
    void actionF1_ignoresOrderAndAcceptsAnyListedAlternative() {
        EvalCase expected = new EvalCase("c", "en", "t", "a.t", List.of(List.of("x.one"), List.of("y.two", "z.two")),
                List.of(), 1);
        Outcome swapped = new Outcome(expected, new Skeleton("a.t", List.of("z.two", "x.one"), Set.of()), true, 0, null);
        assertThat(swapped.actionF1()).isEqualTo(1.0);
        assertThat(swapped.skeletonExact()).isFalse();
        Outcome extra = new Outcome(expected, new Skeleton("a.t", List.of("x.one", "q.extra"), Set.of()), true, 0, null);
        assertThat(extra.actionF1()).isCloseTo(0.5, within(1e-9));
        Outcome failed = new Outcome(expected, null, false, 0, "no flow");
        assertThat(failed.actionF1()).isZero();
        assertThat(failed.triggerRight()).isFalse();
    }

    @Test
    void timePercentiles_useTheMedianAndTheNearestRank() {
        EvalCase c = new EvalCase("c", "en", "t", "a.t", List.of(), List.of(), 1);
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (int ms = 1; ms <= 20; ms++) {
            outcomes.add(new Outcome(c, new Skeleton("a.t", List.of(), Set.of()), true, ms * 1_000_000L, null));
        }
        Metrics m = Metrics.of(outcomes);
        assertThat(m.medianMillis()).isEqualTo(10.5);
        assertThat(m.p95Millis()).isEqualTo(19.0);
        assertThat(m.controlAccuracy()).isNull();
    }
}
