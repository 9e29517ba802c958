package dev.bitext.doc;

import dev.bitext.BitextException;

/** Reads Word (OOXML) documents. A placeholder until the DOCX reader lands. Stateless. */
public final class DocxReader {
    private DocxReader() {
    }

    /**
     * Reads a document.
     *
     * @param bytes the file's bytes
     * @param name  the file's name, for messages
     * @return its text and blocks
     * @throws BitextException always, for now
     */
    public static StructuredText read(byte[] bytes, String name) {
        throw new BitextException(name + ": " + InputFormat.DOCX + " files are not supported yet");
    }
}
