/**
 * bitext: English-Chinese sentence alignment.
 *
 * <p>Exports the facade and records ({@code dev.bitext}), segmentation ({@code dev.bitext.segment}),
 * readers and writers ({@code dev.bitext.io}), evaluation ({@code dev.bitext.eval}), lexicons ({@code dev.bitext.anchor})
 * translation-memory building ({@code dev.bitext.tm}) and document formats ({@code dev.bitext.doc}). Scoring and search
 * ({@code dev.bitext.align}) and helpers ({@code dev.bitext.internal}) are not exported.
 */
module dev.bitext {
    requires com.ibm.icu;
    requires com.google.common;
    requires org.apache.commons.text;
    requires java.xml;
    requires org.jsoup;

    exports dev.bitext;
    exports dev.bitext.segment;
    exports dev.bitext.io;
    exports dev.bitext.eval;
    exports dev.bitext.anchor;
    exports dev.bitext.tm;
    exports dev.bitext.doc;
}
