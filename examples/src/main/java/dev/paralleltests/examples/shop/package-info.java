/** A small shop, the code under test of the example suite. */
package dev.paralleltests.examples.shop;
