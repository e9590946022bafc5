/**
 * OpenAPI import: {@link dev.switchboard.catalog.openapi.OpenApiImporter} turns an OpenAPI 3.0 or
 * 3.1 document into a connector whose actions become MCP tools, and lists what it leaves out.
 * Everything else in this package is one step of that mapping (names, schemas, bodies, responses,
 * auth, servers). The mapping is described in {@code docs/connector-format.md}.
 *
 * <pre>{@code
 * ImportResult result = new OpenApiImporter().importDocument(yamlOrJson, "petstore");
 * catalog.add(result.connector());
 * }</pre>
 */
package dev.switchboard.catalog.openapi;
