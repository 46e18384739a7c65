/**
 * What a recognizer is and what it reports: the {@link dev.indexer.pii.spi.Recognizer} port, the
 * {@link dev.indexer.pii.spi.PiiType}s and the {@link dev.indexer.pii.spi.Finding}s. The built-in
 * recognizers and the redactor both depend on this package and not on each other's insides.
 */
package dev.indexer.pii.spi;
