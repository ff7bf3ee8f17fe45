/**
 * JMH benchmarks and simulations of Parallel Tests. Build with {@code ./mvnw -B -pl benchmarks -am
 * package -DskipTests} and run {@code java -jar benchmarks/target/benchmarks.jar}; the figures are
 * recorded in docs/performance.md.
 */
package dev.paralleltests.benchmarks;
