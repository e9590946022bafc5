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

    /**
     * The independent blind sets, each written by someone who saw neither the planner nor the other sets and measured
     * once on first contact (README, "IA builder"). A set read for a round of general fixes is tuned on from then on:
     * its guard keeps what it taught. {@code perLanguage} is null where only the overall figure is guarded; {@code valid}
     * is the share of valid drafts required, per language and overall.
     */
    private record Guard(String file, int cases, double all, Double perLanguage, double valid, String history) {
    }

    private static final List<Guard> BLIND_SETS = List.of(
            new Guard("blind-a", 40, 0.95, 0.9, 1.0, "45 % on first contact, then tuned on"),
            new Guard("blind-b", 40, 0.95, 0.9, 1.0, "30 % on first contact, then tuned on"),
            new Guard("blind-c", 40, 0.95, 0.9, 1.0, "47.5 % on first contact, then tuned on"),
            new Guard("blind-d", 60, 0.94, 0.8, 1.0, "53.3 % after round 4; tuned on in round 5 (88.3 %), 90 % after round 7, "
                    + "91.7 % after round 10, 93.3 % after rounds 14-17; 95 % after rounds 18-19"),
            new Guard("blind-e", 60, 0.96, null, 1.0, "68.3 % after round 5; tuned on in rounds 6-7 (95 %)"),
            new Guard("blind-f", 60, 0.98, 0.9, 1.0, "73.3 % after round 6; tuned on in round 7 (95 %); 96.7 % after rounds 18-19, 98.3 % after round 25"),
            new Guard("blind-g", 60, 0.9, null, 1.0, "50 % before round 7, 55 % after it; tuned on in round 8 (80 %), read again "
                    + "in round 10 (88.3 %); 90 % after round 23"),
            new Guard("blind-h", 60, 0.9, null, 1.0, "53.3 % before round 8, 58.3 % after it; tuned on in round 9 (71.7 %), read "
                    + "again in round 10 (86.7 %); 88.3 % after round 20"),
            new Guard("blind-i", 60, 0.9, null, 1.0, "55 % before round 9, 56.7 % after it; tuned on in round 10 (80 %); one "
                    + "French draft not built (no app named: the planner found no action); 81.7 % after round 12, 85 % after rounds 14-17, 88.3 % after round 25, 90 % and every draft built after round 27"),
            new Guard("blind-j", 60, 0.96, null, 1.0, "first contact 71.7 %; round 11 (tuned on): 91.7 %; 95 % after round 12, 96.7 % "
                    + "after rounds 14-17"),
            new Guard("blind-k", 60, 0.91, null, 1.0, "first contact 61.7 %; round 11 (tuned on): 80 %, 78.3 % merged with round 10; "
                    + "round 12 (read again): 86.7 %; 88.3 % after rounds 14-17"),
            new Guard("blind-l", 60, 0.95, null, 1.0, "first contact 68.3 % (98.3 % valid) before rounds 10-11, 75 % after them "
                    + "and the fix of the one draft not built; round 12 (tuned on): 95 %"),
            new Guard("blind-m", 60, 0.75, null, 1.0, "first contact 46.7 % (98.3 % valid); tuned on in round 12 (70 %); 73.3 % after round 24, "
                    + "75 % after round 25"),
            new Guard("blind-n", 60, 0.83, null, 1.0, "first contact 63.3 %, not read; 70 % after rounds 12-13; "
                    + "73.3 % after rounds 18-19; 75 % after round 23, 76.7 % after round 24, 81.7 % after round 28, 83.3 % after round 29"),
            new Guard("blind-o", 60, 0.85, null, 1.0, "first contact 56.7 %; read for round 13 (tuned on): 71.7 %; 73.3 % after "
                    + "rounds 14-17; 76.7 % after rounds 18-19"),
            new Guard("blind-p", 60, 0.75, null, 1.0, "first contact 56.7 % after round 12 (before round 13), 56.7 % after "
                    + "it, 58.3 % after rounds 14-17; not read; 61.7 % after rounds 18-19; read for round 24 (forms whose reports are the event): 70 %; 75 % after round 29"),
            new Guard("blind-q", 60, 0.70, null, 1.0, "first contact 45 % after round 12 (before round 13), 45 % after it; "
                    + "48.3 % before round 17; read for round 17 (tuned on): 50 %, 51.7 % merged with round 16; 65 % after rounds 18-19, "
                    + "66.7 % after round 20, 68.3 % after round 21, 70 % after round 24"),
            new Guard("blind-r", 60, 0.71, null, 1.0, "first contact 41.7 % after round 13 (facilities coordinator, chat style); "
                    + "read for round 14 (tuned on): 56.7 %, 58.3 % after rounds 15-17; 63.3 % after rounds 18-19; read again in round 21: "
                    + "66.7 %; 70 % after round 24, 71.7 % after round 28"),
            new Guard("blind-s", 60, 0.68, null, 1.0, "first contact 31.7 % after round 13 (revenue-operations tickets); "
                    + "read for round 15 (tuned on): 46.7 %; 51.7 % after rounds 18-19, 53.3 % after round 20; read again in round 21: 61.7 %; 63.3 % after round 22; "
                    + "read again in round 26: 66.7 %; 68.3 % after round 28"),
            new Guard("blind-t", 60, 0.80, null, 1.0, "first contact 46.7 % after round 13 (small-business owner, orders out of order); "
                    + "read for round 16 (tuned on): 73.3 %; 75 % after rounds 18-19, 76.7 % after round 22; 78.3 % after round 23, 80 % after round 28"),
            new Guard("blind-u", 60, 0.73, null, 1.0, "first contact 55 % after rounds 14-16 (48.3 % on the build before them); "
                    + "IT and operations admin, formal; not read; 60 % after rounds 18-19, 63.3 % after round 21; 66.7 % after round 23, 68.3 % after round 24, "
                    + "71.7 % after round 25, 73.3 % after round 28"),
            new Guard("blind-v", 60, 0.73, null, 1.0, "first contact 66.7 % after rounds 14-16 (63.3 % on the build before them); "
                    + "events coordinator, casual; not read; read for round 24 (a test on a form's answers): 71.7 %; 73.3 % after round 26"),
            new Guard("blind-w", 60, 0.78, null, 1.0, "first contact 18.3 % (98.3 % valid; field supervisor dictating to a phone: "
                    + "no punctuation, fillers, self-corrections); read for round 19 (Dictation): 56.7 %; 68.3 % after the round-19 follow-ups, 73.3 % after round 22; 76.7 % after round 23, 78.3 % after round 28"),
            new Guard("blind-x", 60, 0.71, null, 1.0, "first contact 31.7 % before rounds 18-19, 35 % after them (agency project "
                    + "manager, user stories and acceptance criteria); read for round 20 (Lines, Stories, Background): 63.3 %; read again "
                    + "in round 21: 68.3 %; 71.7 % after round 24"),
            new Guard("blind-y", 60, 0.98, null, 1.0, "first contact 58.3 % before round 20 (en 40, fr 76.7; writers in a "
                    + "language not their own: calques, wrong prepositions, slips), 58.3 % after it; read for round 21 (Calques, "
                    + "Unconnected): 98.3 %"),
            new Guard("blind-z", 60, 0.88, null, 1.0, "first contact 63.3 % before round 21 (vet clinics and a bus company, "
                    + "Swiss and Belgian French), 66.7 % after its first part; read for round 21: 88.3 %"),
            new Guard("blind-aa", 60, 0.98, null, 1.0, "first contact 70 % after round 21 (68.3 % on the build before it; two "
                    + "cases read to mend two rules that had made them fail); university helpdesk and shop owner, hospital and "
                    + "Québec French; read for round 22 (letters, formal French passives): 98.3 %"),
            new Guard("blind-ab", 60, 0.90, null, 1.0, "first contact 58.3 % before round 22, 60 % after its first part "
                    + "(logistics, warehouses, field crews, municipal services; letters, ticket lines, voice notes); read for round 22: "
                    + "83.3 %; 85 % after round 24 (approval branches), 90 % after round 29"),
            new Guard("blind-ac", 60, 1.0, null, 1.0, "first contact 65 % before and after round 22 (vet clinics, a publisher, a "
                    + "sports league, bookkeepers; Québec and France French); one case read to mend a flow round 22 had made "
                    + "invalid; not read otherwise; read for round 23 (orders not wanted, aims before a colon, answers to the caller): 100 %"),
            new Guard("blind-ad", 60, 0.80, null, 1.0, "first contact 58.3 % (98.3 % valid) before round 23 and 58.3 % after its "
                    + "first part (vet clinics' operations manager, a campus facilities coordinator); read for its second part "
                    + "(titles before an arrow, forms sent in, searches before an export of some data): 63.3 %; 66.7 % after round 24, 70 % after round 28; read again in round 29 (polling said "
                    + "as how to work, alerts that arrive by mail, an HR sheet filled by others): 80 %"),
            new Guard("blind-ae", 60, 0.70, null, 1.0, "first contact 31.7 % before round 23, 33.3 % after it (en 36.7, fr 30; "
                    + "payroll officer of a builder, a Belgian school office, a Swiss hotel); read for round 24 (habits before the "
                    + "event, approval branches, Kizeo events): 61.7 %; read again in round 28 (a response that goes in a sheet, teams at work "
                    + "before the event): 68.3 %; read again in round 29 (an app told of in the context): 70 %"),
            new Guard("blind-af", 60, 0.81, null, 0.96, "first contact 56.7 % (98.3 % valid) before round 24 (facility-management "
                    + "operations team); read for round 24: 81.7 %; one vague French case (no app, a verb the planner does not know) "
                    + "still gets a clear error instead of a draft"),
            new Guard("blind-ag", 60, 0.75, null, 1.0, "first contact 55 % on the build before round 24 and 61.7 % after it "
                    + "(en 56.7, fr 66.7; trigger accuracy 81.7 → 91.7 %; home-care agency, e-commerce shop, construction "
                    + "subcontractor), measured before reading; not read; 63.3 % after round 25; read in round 28 (values kept between runs, "
                    + "an order said without a comma after 'for each new X'): 70 %; read again in round 29 ('the daily site diary' "
                    + "in an event, a heading before it): 75 %"),
            new Guard("blind-ah", 60, 1.0, null, 1.0, "first contact 68.3 % before round 25 (en 70, fr 66.7; trigger accuracy "
                    + "81.7 %; field service, HR, shops, hospitals, agriculture; one trigger given as two equally right mailboxes); "
                    + "read for round 25: 100 %"),
            new Guard("blind-ai", 60, 0.91, null, 1.0, "written during round 25: 58.3 % on the build before the round, 60 % "
                    + "after its first half, measured before reading (trigger accuracy 75 %; property, logistics, vets, schools, "
                    + "municipal services, insurance); read for the second half: 91.7 %"),
            new Guard("blind-aj", 60, 0.81, null, 1.0, "written during round 25 and never read: 68.3 % (98.3 % valid) on the "
                    + "build before the round, 75 % after it (en 70 -> 80, fr 66.7 -> 70; trigger accuracy 83.3 -> 88.3 %; home care, "
                    + "car rental, pest control, venues, helpdesk, utilities); one case seen in round 26 while checking a tool, "
                    + "none read for a fix: 76.7 % after round 26; one case read in round 28 (a French imperative after a loop, the "
                    + "only draft not built): 81.7 %, every draft valid"),
            new Guard("blind-ak", 60, 0.98, null, 1.0, "first contact 75 % on the build before round 26 (en 66.7, fr 83.3); "
                    + "read for round 26: 98.3 %"),
            new Guard("blind-al", 60, 0.81, null, 1.0, "written during round 26 and never read: 75 % on the build before the "
                    + "round (en 66.7, fr 83.3; trigger accuracy 91.7 %), 76.7 % after its first part, 78.3 % after it; 81.7 % after round 28"),
            new Guard("blind-am", 60, 0.98, null, 1.0, "written during round 26: 71.7 % on the build before the round, 70 % "
                    + "after its first part, measured before reading; read for its second part: 98.3 %"),
            new Guard("blind-an", 60, 0.93, null, 1.0, "written at the start of round 27: 65 % on the build before the round "
                    + "(en 73.3, fr 56.7), measured before reading; read for round 27: 93.3 %"),
            new Guard("blind-ao", 60, 0.80, null, 1.0, "written at the start of round 27: 58.3 % on the build before the round "
                    + "(en 66.7, fr 50; trigger accuracy 88.3 %), 58.3 % after it, measured before reading; read in round 28: 80 %"),
            new Guard("blind-ap", 60, 0.98, null, 1.0, "written at the start of round 28: 60 % on the build before the round with "
                    + "the writer's labels, 70 % (en 66.7, fr 73.3) once nine submissions labelled 'pushed data received' were relabelled "
                    + "'data saved' (the catalog's pull event is a pushed data reaching a device) and one Gmail case given the read "
                    + "its sender and subject need; measured before reading; read for round 28: 98.3 %"),
            new Guard("blind-aq", 60, 0.75, null, 1.0, "written at the start of round 28 and never read: 61.7 % on the build before "
                    + "the round with the writer's labels, 70 % (en 70, fr 70; trigger accuracy 93.3 %) once its nine 'received' "
                    + "submissions that speak of no push or device were relabelled 'data saved' without reading them; 73.3 % after it, "
                    + "75 % after round 29"),
            new Guard("blind-ar", 60, 0.98, null, 1.0, "written at the start of round 29 by a writer told what Kizeo's pushed-data "
                    + "events mean: 61.7 % on the build before the round (en 56.7, fr 66.7; trigger accuracy 78.3 %), measured before "
                    + "reading; read for round 29: 98.3 %"),
            new Guard("blind-as", 60, 0.81, null, 1.0, "written at the start of round 29 and never read: 80 % on the build before "
                    + "the round (en 86.7, fr 73.3; trigger accuracy 95 %), 81.7 % after it"),
            new Guard("blind-at", 60, 0.78, null, 1.0, "written in the middle of round 29 and never read: 78.3 % on the build "
                    + "before the round (en 76.7, fr 80; trigger accuracy 93.3 %) and after it"));

    @Test
    void blindSets_keepTheirGuardedFigures() throws IOException {
        for (Guard guard : BLIND_SETS) {
            Evaluation.Report report = run("/builder/blind/" + guard.file() + ".jsonl", 1);
            String name = guard.file() + " (" + guard.history() + ")";
            assertThat(report.metrics().get("all").cases()).as(name).isEqualTo(guard.cases());
            assertThat(report.metrics().get("all").skeletonExact()).as(name).isGreaterThanOrEqualTo(guard.all());
            for (String set : List.of("en", "fr", "all")) {
                if (guard.perLanguage() != null) {
                    assertThat(report.metrics().get(set).skeletonExact()).as(name + " " + set)
                            .isGreaterThanOrEqualTo(guard.perLanguage());
                }
                assertThat(report.metrics().get(set).validRate()).as(name + " " + set).isGreaterThanOrEqualTo(guard.valid());
            }
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
        assertThatThrownBy(() -> EvalCases.read(new StringReader(
                "{\"lang\": \"en\", \"text\": \"x\", \"expect\": {\"trigger\": [\"gmail.new_email\", 3], \"actions\": []}}")))
                .hasMessage("line 1: \"expect.trigger\" must be app.event, e.g. \"schedule.cron\", or a list of them");
    }

    @Test
    void aTriggerMayListTheEventsThatAreEquallyRight() throws IOException {
        EvalCase mail = EvalCases.read(new StringReader("{\"lang\": \"en\", \"text\": \"x\", \"expect\": "
                + "{\"trigger\": [\"gmail.new_email\", \"outlook.new_email\"], \"actions\": [\"slack.send_message\"]}}")).get(0);
        Skeleton outlook = new Skeleton("outlook.new_email", List.of("slack.send_message"), Set.of());
        assertThat(new Outcome(mail, outlook, true, 0, null).skeletonExact()).isTrue();
        Skeleton jira = new Skeleton("jira.new_issue", List.of("slack.send_message"), Set.of());
        assertThat(new Outcome(mail, jira, true, 0, null).triggerRight()).isFalse();
    }

    @Test
    void actionF1_ignoresOrderAndAcceptsAnyListedAlternative() {
        EvalCase expected = new EvalCase("c", "en", "t", List.of("a.t"), List.of(List.of("x.one"), List.of("y.two", "z.two")),
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
        EvalCase c = new EvalCase("c", "en", "t", List.of("a.t"), List.of(), List.of(), 1);
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
