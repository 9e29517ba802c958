package dev.bitext.io;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Parses TMX text, validating it against the TMX 1.4b DTD from the shared directory. */
public final class TmxValidator {
    private TmxValidator() {
    }

    /** Where the TMX 1.4b DTD is expected: {@code ${bitext.shared}/spec/tmx14.dtd}. */
    public static Path dtd() {
        return Path.of(System.getProperty("bitext.shared", "../shared"), "spec", "tmx14.dtd");
    }

    /** The DOM of {@code xml}; fails the test on any validation warning or error, skips it without the DTD. */
    public static Document parse(String xml) throws Exception {
        Path dtd = dtd();
        Assumptions.assumeTrue(Files.isRegularFile(dtd), "no TMX DTD at " + dtd);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) ->
                systemId != null && systemId.endsWith("tmx14.dtd") ? new InputSource(dtd.toUri().toString()) : null);
        List<String> problems = new ArrayList<>();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        Document doc = builder.parse(new InputSource(new StringReader(xml)));
        Assertions.assertEquals(List.of(), problems, "TMX does not validate:\n" + xml);
        return doc;
    }

    /**
     * The DOM of {@code xml} parsed without validation and without reading the DTD (an empty external
     * subset stands in for it), so that well-formedness is checked even when the DTD is absent.
     *
     * @throws SAXParseException if the text is not well-formed XML
     */
    public static Document parseWellFormed(String xml) throws Exception {
        DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder.parse(new InputSource(new StringReader(xml)));
    }
}
