/**
 * The data source's table and options. Input: Spark's options and schema; output: a scan for a
 * read, a write builder for a write. Not API.
 */
package org.seeddoc.spark.internal;
