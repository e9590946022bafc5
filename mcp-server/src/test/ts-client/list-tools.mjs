// Connects to a Switchboard server with the official MCP TypeScript SDK client over Streamable
// HTTP, follows every tools/list page and prints the tool names as a JSON array.
// Usage: node list-tools.mjs URL TOKEN
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [url, token] = process.argv.slice(2);
const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const client = new Client({ name: 'switchboard-ts-test', version: '1.0.0' });
await client.connect(transport);
const names = [];
let cursor;
let pages = 0;
do {
  const page = await client.listTools(cursor ? { cursor } : {});
  names.push(...page.tools.map((t) => t.name));
  cursor = page.nextCursor;
  pages++;
} while (cursor);
const called = await client.callTool({ name: 'test_simple_text', arguments: {} });
console.log(JSON.stringify({ names, pages, called: called.content[0].text, protocol: transport.protocolVersion }));
await client.close();
