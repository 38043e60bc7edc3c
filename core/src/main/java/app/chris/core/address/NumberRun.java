package app.chris.core.address;

import java.util.ArrayList;
import java.util.List;

/** One spoken number being read word by word: finished pieces plus the open one. Single use, not shared. */
final class NumberRun {
  private final List<String> pieces = new ArrayList<>();
  private boolean multiplied;
  private boolean open;
  private long total;
  private long current;

  void add(String word) {
    Integer multiplier = NumberWords.MULTIPLIERS.get(word);
    if (multiplier != null) {
      multiply(multiplier);
      return;
    }
    int value = smallValue(word);
    if (value == 0) {
      closePiece(); // a spoken zero ("twelve oh five") is always its own digit
      pieces.add("0");
    } else if (!open || canAbsorb(current, value)) {
      current += value;
      open = true;
    } else {
      closePiece();
      current = value;
      open = true;
    }
  }

  private void multiply(int multiplier) {
    multiplied = true;
    open = true;
    if (multiplier == 1000) {
      total += (current == 0 ? 1 : current) * 1000;
      current = 0;
    } else {
      current = (current == 0 ? 1 : current) * 100;
    }
  }

  private void closePiece() {
    if (open) {
      pieces.add(Long.toString(total + current));
    }
    total = 0;
    current = 0;
    open = false;
  }

  List<String> pieces() {
    closePiece();
    return pieces;
  }

  boolean multiplied() {
    return multiplied;
  }

  private static boolean canAbsorb(long current, int value) {
    long low = current % 100;
    return current == 0 || low == 0 || (low >= 20 && low % 10 == 0 && value < 10);
  }

  private static int smallValue(String word) {
    if (word.equals("oh")) {
      return 0;
    }
    Integer value = NumberWords.DIGITS.get(word);
    if (value == null) {
      value = NumberWords.TEENS.get(word);
    }
    return value == null ? NumberWords.TENS.get(word) : value;
  }
}
