/**
 * The IA builder: turns a plain-language description into a flow definition, with prompt
 * templates and an offline planner for servers without an LLM.
 */
package dev.switchboard.prompts;
