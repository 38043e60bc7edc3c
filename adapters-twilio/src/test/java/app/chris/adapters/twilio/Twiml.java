package app.chris.adapters.twilio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/** Reads TwiML back like Twilio would (a real XML parser), so tests see the unescaped values. */
final class Twiml {
  private final Document document;

  private Twiml(Document document) {
    this.document = document;
  }

  static Twiml of(WebhookReply reply) {
    if (!(reply instanceof WebhookReply.Twiml)) {
      throw new AssertionError("expected TwiML but got " + reply);
    }
    return parse(((WebhookReply.Twiml) reply).xml());
  }

  static Twiml parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new Twiml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed TwiML: " + xml, e);
    }
  }

  /** The string value of an XPath expression, e.g. {@code /Response/Connect/@action}. */
  String at(String xpath) {
    try {
      return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  int count(String xpath) {
    return Integer.parseInt(at("count(" + xpath + ")"));
  }
}
