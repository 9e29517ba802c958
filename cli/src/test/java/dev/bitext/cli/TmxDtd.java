package dev.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Validates TMX files written by the command line against {@code ${bitext.shared}/spec/tmx14.dtd}. */
final class TmxDtd {
    private TmxDtd() {
    }

    /** The DOM of {@code tmx} parsed without validation (the DTD is not read). */
    static Document parse(Path tmx) throws Exception {
        DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return builder.parse(tmx.toFile());
    }

    /** The DOM of {@code tmx}; fails on any validation problem, skips the test when the DTD is absent. */
    static Document validate(Path tmx) throws Exception {
        Path dtd = Path.of(System.getProperty("bitext.shared", "../shared"), "spec", "tmx14.dtd");
        Assumptions.assumeTrue(Files.isRegularFile(dtd), "no TMX DTD at " + dtd);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(dtd.toUri().toString()));
        List<String> problems = new ArrayList<>();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        Document doc = builder.parse(tmx.toFile());
        assertThat(problems).as("validation problems of %s", tmx).isEmpty();
        return doc;
    }
}
