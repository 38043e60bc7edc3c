package app.chris.core.dialogue;

import app.chris.core.address.AddressBook;
import app.chris.core.port.PropertyDirectory;

/** The address book for the directory's current version; rebuilt when the portfolio changes. Thread-safe. */
public final class AddressBooks {
  private final PropertyDirectory directory;
  private long version = Long.MIN_VALUE;
  private AddressBook book;

  public AddressBooks(PropertyDirectory directory) {
    this.directory = directory;
  }

  public synchronized AddressBook current() {
    long now = directory.version();
    if (book == null || now != version) {
      book = AddressBook.of(directory.properties());
      version = now;
    }
    return book;
  }
}
