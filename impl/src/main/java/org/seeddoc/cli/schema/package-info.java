/**
 * {@code seeddoc schema}. Input: the format's schema table and {@code docs/format.md}'s field
 * tables. Output: the JSON Schema of the front matter, and each key's description for the language
 * server's hovers.
 */
package org.seeddoc.cli.schema;
