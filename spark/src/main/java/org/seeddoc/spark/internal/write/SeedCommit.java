package org.seeddoc.spark.internal.write;

import org.apache.spark.sql.connector.write.WriterCommitMessage;

/**
 * What one task wrote: its folder under {@code _temporary} and the names of its files there.
 *
 * @param folder the task's folder
 * @param names the files' names, which are their names in the output folder too
 */
record SeedCommit(String folder, String[] names) implements WriterCommitMessage {
  private static final long serialVersionUID = 1L;
}
