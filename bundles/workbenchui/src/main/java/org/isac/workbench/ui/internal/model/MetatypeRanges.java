package org.isac.workbench.ui.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The {@code min} and {@code max} of attribute definitions, read from a bundle's metatype XML: the Metatype
 * service's {@code AttributeDefinition} checks them in {@code validate} but does not tell them, and a form
 * must show the user what is allowed.
 */
public final class MetatypeRanges {

    /**
     * A range; either end may be {@code null} (unbounded).
     *
     * @param min the smallest allowed value
     * @param max the largest allowed value
     */
    public record Range(String min, String max) {
    }

    private final Map<String, Range> ranges = new HashMap<>();

    /**
     * Adds the ranges of one metatype document.
     *
     * @param xml the document ({@code OSGI-INF/metatype/*.xml})
     * @throws IOException when it is not readable XML
     */
    public void read(InputStream xml) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            document = factory.newDocumentBuilder().parse(xml);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable metatype document: " + e.getMessage(), e);
        }
        NodeList ocds = document.getElementsByTagNameNS("*", "OCD");
        for (int i = 0; i < ocds.getLength(); i++) {
            Element ocd = (Element) ocds.item(i);
            NodeList ads = ocd.getElementsByTagNameNS("*", "AD");
            for (int j = 0; j < ads.getLength(); j++) {
                Element ad = (Element) ads.item(j);
                ranges.put(key(ocd.getAttribute("id"), ad.getAttribute("id")),
                        new Range(blankToNull(ad.getAttribute("min")), blankToNull(ad.getAttribute("max"))));
            }
        }
    }

    /**
     * @param ocd an object class definition's id
     * @param attribute one of its attributes' id
     * @return its range, unbounded when the documents do not bound it
     */
    public Range of(String ocd, String attribute) {
        return ranges.getOrDefault(key(ocd, attribute), new Range(null, null));
    }

    private static String key(String ocd, String attribute) {
        return ocd + "\u0000" + attribute;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
