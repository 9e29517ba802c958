package dev.bitext.doc;

import dev.bitext.BitextException;

/** Reads SubRip and WebVTT subtitles. A placeholder until the subtitle reader lands. Stateless. */
public final class SubtitleReader {
    private SubtitleReader() {
    }

    /**
     * Reads subtitles.
     *
     * @param text   the decoded text
     * @param format {@link InputFormat#SRT} or {@link InputFormat#WEBVTT}
     * @param name   the file's name, for messages
     * @return one block a cue
     * @throws BitextException always, for now
     */
    public static StructuredText read(String text, InputFormat format, String name) {
        throw new BitextException(name + ": " + format + " files are not supported yet");
    }
}
