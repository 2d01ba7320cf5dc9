/**
 * How a configuration is read and matched. Input: the text of a {@code .seeddoc.yaml} file, or glob
 * patterns. Output: the settings it holds with a positioned SD013 finding for each bad key or value
 * ({@link org.seeddoc.config.internal.ConfigParser}), and gitignore-style matching of paths ({@link
 * org.seeddoc.config.internal.Globs}).
 */
package org.seeddoc.config.internal;
