package dev.switchboard.prompts.eval;

import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.builder.Engine;
import dev.switchboard.prompts.builder.EngineException;
import dev.switchboard.prompts.builder.FlowBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a builder over evaluation cases and reports the metrics per language and overall, as a
 * table or as JSON. Each case is built with the case's language, like a user who chose it.
 *
 * <pre>{@code
 * Evaluation eval = new Evaluation(new FlowBuilder(validator), List.of(new OfflinePlanner(catalog)), System::nanoTime);
 * Evaluation.Report report = eval.run(EvalCases.read(reader));
 * System.out.println(report.table());
 * }</pre>
 */
public final class Evaluation {

    private final FlowBuilder builder;
    private final List<Engine> engines;
    private final LongSupplier nanoTime;

    public Evaluation(FlowBuilder builder, List<Engine> engines, LongSupplier nanoTime) {
        this.builder = builder;
        this.engines = List.copyOf(engines);
        this.nanoTime = nanoTime;
    }

    /** The outcomes, and the metrics by language ({@code en}, {@code fr}) and {@code all}. */
    public record Report(List<Outcome> outcomes, Map<String, Metrics> metrics) {

        public String table() {
            StringBuilder out = new StringBuilder(String.format("%-5s %5s %9s %8s %7s %8s %6s %8s %8s%n",
                    "set", "cases", "skeleton", "trigger", "act-F1", "control", "valid", "med-ms", "p95-ms"));
            metrics.forEach((set, m) -> out.append(String.format("%-5s %5d %8.1f%% %7.1f%% %7.3f %8s %5.1f%% %8.1f %8.1f%n",
                    set, m.cases(), 100 * m.skeletonExact(), 100 * m.triggerAccuracy(), m.actionF1(),
                    m.controlAccuracy() == null ? "-" : String.format("%.1f%%", 100 * m.controlAccuracy()),
                    100 * m.validRate(), m.medianMillis(), m.p95Millis())));
            return out.toString();
        }

        public ObjectNode json() {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            ObjectNode sets = root.putObject("metrics");
            metrics.forEach((set, m) -> {
                ObjectNode o = sets.putObject(set);
                o.put("cases", m.cases()).put("skeleton_exact", m.skeletonExact()).put("trigger_accuracy", m.triggerAccuracy())
                        .put("action_f1", m.actionF1()).put("control_cases", m.controlCases());
                if (m.controlAccuracy() == null) {
                    o.putNull("control_accuracy");
                } else {
                    o.put("control_accuracy", m.controlAccuracy());
                }
                o.put("valid_rate", m.validRate()).put("median_ms", m.medianMillis()).put("p95_ms", m.p95Millis());
            });
            var list = root.putArray("cases");
            for (Outcome o : outcomes) {
                ObjectNode c = list.addObject().put("id", o.expected().id()).put("lang", o.expected().lang())
                        .put("skeleton_exact", o.skeletonExact()).put("valid", o.valid());
                if (o.got() != null) {
                    c.put("trigger", o.got().trigger());
                    o.got().actions().forEach(c.withArrayProperty("actions")::add);
                }
                if (o.error() != null) {
                    c.put("error", o.error());
                }
            }
            return root;
        }
    }

    public Report run(List<EvalCase> cases) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalCase c : cases) {
            long start = nanoTime.getAsLong();
            try {
                BuildResult result = builder.build(new BuildRequest(c.text(), c.lang(), List.of()), engines);
                outcomes.add(new Outcome(c, Skeleton.of(result.flow()), result.valid(), nanoTime.getAsLong() - start, null));
            } catch (EngineException e) {
                outcomes.add(new Outcome(c, null, false, nanoTime.getAsLong() - start, e.getMessage()));
            }
        }
        Map<String, Metrics> metrics = new LinkedHashMap<>();
        Map<String, List<Outcome>> byLang = new TreeMap<>();
        outcomes.forEach(o -> byLang.computeIfAbsent(o.expected().lang(), l -> new ArrayList<>()).add(o));
        byLang.forEach((lang, list) -> metrics.put(lang, Metrics.of(list)));
        metrics.put("all", Metrics.of(outcomes));
        return new Report(List.copyOf(outcomes), metrics);
    }
}
