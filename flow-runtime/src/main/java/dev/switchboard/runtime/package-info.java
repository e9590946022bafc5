/**
 * The flow runtime: definitions, expressions, validator, durable executor, run store and
 * triggers. Depends on the tool catalog only.
 */
package dev.switchboard.runtime;
