/**
 * Benchmarks and the synthetic data they run on (issue 8; docs/performance.md). Test sources of the
 * {@code bench} Maven profile: never packaged.
 */
package org.wicexplorer.bench;
