package dev.bitext.align;

import dev.bitext.Document;

/** Two documents to align. */
record DocumentPair(Document source, Document target) {
}
