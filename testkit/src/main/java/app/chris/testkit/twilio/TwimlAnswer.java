package app.chris.testkit.twilio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A webhook's answer as the simulated caller read it: status, raw body and, for a stream, its URL and parameters. */
public record TwimlAnswer(int status, String body, Optional<String> streamUrl, Map<String, String> parameters) {
  public TwimlAnswer {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(streamUrl, "streamUrl");
    parameters = Map.copyOf(parameters);
  }

  /** Parses {@code <Connect><Stream url><Parameter name value/>} out of TwiML; anything else has no stream. */
  static TwimlAnswer parse(int status, String body) {
    if (status != 200 || body.isBlank()) {
      return new TwimlAnswer(status, body, Optional.empty(), Map.of());
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      NodeList streams = doc.getElementsByTagName("Stream");
      if (streams.getLength() == 0) {
        return new TwimlAnswer(status, body, Optional.empty(), Map.of());
      }
      Element stream = (Element) streams.item(0);
      Map<String, String> parameters = new LinkedHashMap<>();
      NodeList params = stream.getElementsByTagName("Parameter");
      for (int i = 0; i < params.getLength(); i++) {
        Element p = (Element) params.item(i);
        parameters.put(p.getAttribute("name"), p.getAttribute("value"));
      }
      return new TwimlAnswer(status, body, Optional.of(stream.getAttribute("url")), parameters);
    } catch (Exception e) {
      throw new IllegalStateException("webhook answered unparseable TwiML: " + body, e);
    }
  }

  public boolean connectsStream() {
    return streamUrl.isPresent();
  }
}
