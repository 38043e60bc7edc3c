package app.chris.app;

/** Placeholder while the wiring lands; replaced in the next commit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("usage: java -jar chris.jar [serve|scenarios|--help]");
  }
}
