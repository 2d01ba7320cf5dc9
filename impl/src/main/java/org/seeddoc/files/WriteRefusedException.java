package org.seeddoc.files;

import java.io.IOException;

/**
 * Why {@link SafeFiles} left a file as it was rather than write it: it is read-only, it changed
 * since it was read, or its owner could not be kept. The file is untouched.
 */
public final class WriteRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why, in words for a person, without the file's name
   */
  public WriteRefusedException(String message) {
    super(message);
  }
}
