/**
 * Configuration: the settings of a {@code .seeddoc.yaml} file, read with positioned findings for
 * bad keys and values ({@link org.seeddoc.config.SeedConfig#read(java.nio.file.Path)}), or built in
 * code, and handed to {@link org.seeddoc.validation.SeedValidator.Builder#config(SeedConfig)}.
 * Input: a file or builder calls. Output: an immutable {@link org.seeddoc.config.SeedConfig}.
 */
package org.seeddoc.config;
