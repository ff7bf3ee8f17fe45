/**
 * Test units: what a shard runs, and how a reported test case is named as a unit at each {@link
 * dev.paralleltests.core.unit.Granularity}.
 */
package dev.paralleltests.core.unit;
