package dev.switchboard.server;

import dev.switchboard.catalog.search.LiveToolIndex;
import dev.switchboard.prompts.offline.OfflinePlanner;
import dev.switchboard.server.builder.BuildTools;
import dev.switchboard.server.catalog.AppTools;
import dev.switchboard.server.catalog.ConnectorResources;
import dev.switchboard.server.catalog.ConnectorTools;
import dev.switchboard.server.catalog.SearchTools;
import dev.switchboard.server.conformance.ConformanceFixtures;
import dev.switchboard.server.connections.ConnectionStore;
import dev.switchboard.server.connections.ConnectionTools;
import dev.switchboard.server.flows.FlowEditTools;
import dev.switchboard.server.flows.FlowPrompts;
import dev.switchboard.server.flows.FlowResources;
import dev.switchboard.server.flows.FlowTasks;
import dev.switchboard.server.flows.FlowTools;
import dev.switchboard.server.flows.FlowTransfer;
import dev.switchboard.server.flows.FlowTransferTools;
import dev.switchboard.server.flows.FolderTools;
import dev.switchboard.server.flows.Folders;
import dev.switchboard.server.flows.PublishedFlowTools;
import dev.switchboard.server.flows.RunTools;
import dev.switchboard.server.mcp.Extensions;
import dev.switchboard.server.templates.TemplateCatalog;
import dev.switchboard.server.templates.TemplateTools;
import dev.switchboard.server.triggers.TriggerTools;
import java.time.Clock;
import java.util.Optional;

/**
 * Every MCP tool, resource and prompt the server offers, registered in one place over the
 * assembled application's parts. The transports serve what this returns.
 *
 * <pre>{@code
 * Extensions extensions = McpSurface.register(app, connectionStore, index, clock);
 * }</pre>
 */
final class McpSurface {

    private McpSurface() {
    }

    static Extensions register(Switchboard app, ConnectionStore store, LiveToolIndex index, Clock clock) {
        var catalog = app.catalog();
        var flows = app.flows();
        var runtime = app.runtime();
        var dataSource = app.database().dataSource();
        var flowWait = app.config().flowWait();
        Extensions extensions = new Extensions();
        extensions.addTools(new SearchTools(index));
        extensions.addTools(new AppTools(catalog));
        extensions.addTools(new ConnectorTools(catalog, app.runner(), store));
        extensions.addTools(new ConnectionTools(app.connections()));
        extensions.addTools(new FlowTools(flows, app.triggers().info()));
        extensions.addTools(new FlowEditTools(flows));
        extensions.addTools(new FolderTools(new Folders(dataSource, clock, flows)));
        extensions.addTools(new FlowTransferTools(new FlowTransfer(flows, store, clock)));
        extensions.addTools(new TemplateTools(TemplateCatalog.load(), flows));
        extensions.addTools(new RunTools(runtime, flows, app.waiter(), flowWait));
        FlowTasks tasks = new FlowTasks(runtime, app.waiter(), dataSource, clock);
        extensions.addTools(new PublishedFlowTools(flows, runtime, app.waiter(), tasks, flowWait));
        extensions.setTasks(tasks);
        extensions.addTools(new TriggerTools(flows, app.triggers(), app::publicUrl));
        extensions.addResources(new FlowResources(flows, runtime));
        extensions.addResources(new ConnectorResources(catalog));
        extensions.addPrompts(new FlowPrompts(catalog, runtime, app.buildPrompts()));
        // the offline planner is the engine of last resort: the builder works with no model at all
        extensions.addTools(new BuildTools(flows, catalog, store, app.buildPrompts(), app.llmEngine(),
                mine -> Optional.of(new OfflinePlanner(catalog, mine))));
        if (app.config().conformanceFixtures()) {
            ConformanceFixtures.register(extensions);
        }
        return extensions;
    }
}
