package app.chris.adapters.sendgrid;

import com.sendgrid.Request;
import com.sendgrid.Response;
import java.io.IOException;

/** The one seam to sendgrid-java: production wraps {@code SendGrid::api}; tests may throw or answer directly. */
interface MailTransport {
  /** Returns whatever status SendGrid answered (sendgrid-java does not throw on non-2xx). */
  Response send(Request request) throws IOException;
}
