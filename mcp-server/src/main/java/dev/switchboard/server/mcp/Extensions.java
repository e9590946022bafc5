package dev.switchboard.server.mcp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where connectors, flows, management tools and fixtures plug into the MCP server. The
 * protocol layer asks every registered provider, in registration order.
 *
 * <pre>{@code
 * Extensions extensions = new Extensions();
 * extensions.addTools(connectorTools);
 * extensions.addPrompts(builderPrompts);
 * }</pre>
 */
public final class Extensions {

    private final List<ToolProvider> tools = new CopyOnWriteArrayList<>();
    private final List<ResourceProvider> resources = new CopyOnWriteArrayList<>();
    private final List<PromptProvider> prompts = new CopyOnWriteArrayList<>();
    private volatile TaskProvider tasks;

    public Extensions addTools(ToolProvider provider) {
        tools.add(provider);
        return this;
    }

    public Extensions addResources(ResourceProvider provider) {
        resources.add(provider);
        return this;
    }

    public Extensions addPrompts(PromptProvider provider) {
        prompts.add(provider);
        return this;
    }

    /** The one place task ids are looked up ({@code tasks/*}); without it the server declares no tasks capability. */
    public Extensions setTasks(TaskProvider provider) {
        this.tasks = provider;
        return this;
    }

    public java.util.Optional<TaskProvider> tasks() {
        return java.util.Optional.ofNullable(tasks);
    }

    public List<ToolProvider> toolProviders() {
        return List.copyOf(tools);
    }

    public List<ResourceProvider> resourceProviders() {
        return List.copyOf(resources);
    }

    public List<PromptProvider> promptProviders() {
        return List.copyOf(prompts);
    }
}
