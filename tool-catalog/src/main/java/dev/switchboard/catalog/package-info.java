/**
 * The tool catalog: connector definitions, the HTTP action engine, OpenAPI import, catalog
 * search, connections and their secrets. Knows nothing of flows or of MCP.
 */
package dev.switchboard.catalog;
