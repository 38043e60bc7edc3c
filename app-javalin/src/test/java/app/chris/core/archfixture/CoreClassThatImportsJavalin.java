package app.chris.core.archfixture;

import io.javalin.http.Context;

/** Test fixture only: a "core" class that breaks the dependency rule, so the rule is shown to catch it. */
final class CoreClassThatImportsJavalin {
  String path(Context ctx) {
    return ctx.path();
  }
}
