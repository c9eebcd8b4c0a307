/** Detection-quality benchmark: a seeded synthetic fleet with ground truth, and the metrics over it. */
package org.millwright.detect.bench;
