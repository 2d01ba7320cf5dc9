/**
 * Seed documents for tests: {@link org.seeddoc.testkit.SeedFixtures} holds real seed files, shipped
 * in this jar byte for byte.
 */
package org.seeddoc.testkit;
