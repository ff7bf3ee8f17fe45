/**
 * The Jenkins-free engine of Parallel Tests. Data flows one way: JUnit reports ({@code junit}) are
 * mapped to test units ({@code unit}), recorded into a timing history ({@code history}), turned
 * into a shard plan ({@code plan}); after the shards ran, their reports are merged ({@code merge})
 * and summarized ({@code report}).
 */
package dev.paralleltests.core;
