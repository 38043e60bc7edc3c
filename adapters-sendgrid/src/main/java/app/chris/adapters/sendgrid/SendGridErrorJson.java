package app.chris.adapters.sendgrid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** SendGrid's error body: {@code {"errors":[{"message":"…","field":"from"|null,"help":…}],"id":"…"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SendGridErrorJson(List<Item> errors) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Item(String message, String field) {}
}
