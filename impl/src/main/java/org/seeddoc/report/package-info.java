/**
 * Reports of what a run found, in every output format of {@code seeddoc check}: text, JSON, SARIF,
 * GitHub annotations, JUnit XML and GitLab Code Quality. Input: a {@link
 * org.seeddoc.report.FileOutcome} per file, in order. Output: the report's text. Used by the
 * command-line tool and the Maven plugin.
 */
package org.seeddoc.report;
