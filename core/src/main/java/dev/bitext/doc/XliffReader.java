package dev.bitext.doc;

import dev.bitext.BitextException;

/** Reads XLIFF files. A placeholder until the XLIFF reader lands. Stateless. */
public final class XliffReader {
    private XliffReader() {
    }

    /**
     * Reads a file.
     *
     * @param bytes the file's bytes
     * @param name  the file's name, for messages
     * @return its source and target sides
     * @throws BitextException always, for now
     */
    public static XliffSides read(byte[] bytes, String name) {
        throw new BitextException(name + ": " + InputFormat.XLIFF + " files are not supported yet");
    }
}
