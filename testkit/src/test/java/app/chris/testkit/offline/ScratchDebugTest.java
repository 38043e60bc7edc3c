package app.chris.testkit.offline;

import app.chris.core.offline.OfflineLanguageModel;
import app.chris.core.port.*;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
  @Test
  void debug() {
    OfflineLanguageModel m = OfflineCalls.MODEL;
    LanguageModel spy = new LanguageModel() {
      public String name() { return "spy"; }
      public ModelReply complete(Prompt p, TextStream s) {
        ModelReply r = m.complete(p, s);
        System.out.println("FACTS " + p.memory().facts() + " PENDING " + p.pending());
        p.toolExchanges().forEach(e -> System.out.println("  EX " + e.call().name() + e.call().arguments() + " -> " + e.result().data()));
        System.out.println("REPLY " + r);
        return r;
      }
    };
    OfflineCalls h = new OfflineCalls(spy);
    OfflineCalls.Call c = h.call("+13125550188");
    for (String line : System.getProperty("lines", "I'm Ben Cho at 120 Maple Court 1B, what's my balance?|it's ben.cho@example.com").split("\\|")) {
      c.say(line);
    }
    System.out.println(c.all());
  }
}
