package org.bitext.output;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses TMX bytes with a validating parser against the TMX 1.4 DTD kept in test resources. */
public final class TmxValidation {
    private static final String DTD = "tmx14.dtd";

    private TmxValidation() {
    }

    /** The parsed document; throws on any validation error or warning. */
    public static Document parseValid(byte[] tmx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId == null || !systemId.endsWith("/" + DTD) && !systemId.equals(DTD)) {
                throw new SAXException("unexpected external entity " + systemId);
            }
            InputStream dtd = TmxValidation.class.getResourceAsStream(DTD);
            if (dtd == null) {
                throw new SAXException("missing test resource " + DTD);
            }
            InputSource source = new InputSource(dtd);
            source.setSystemId(systemId);
            return source;
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return builder.parse(new ByteArrayInputStream(tmx));
    }
}
