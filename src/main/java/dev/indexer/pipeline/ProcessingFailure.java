package dev.indexer.pipeline;

/**
 * Describes a failure by its type and where it was thrown, never by its message: messages of
 * libraries may quote the data they failed on; code locations cannot.
 */
final class ProcessingFailure {

  private static final String OWN_CODE = "dev.indexer.";

  private ProcessingFailure() {}

  /**
   * The exception's class and where it was thrown ({@code " at Class.method:line"}) and, when that
   * is outside this service, the innermost frame of this service's own code that led there.
   */
  static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(e.getClass().getName());
    StackTraceElement[] frames = e.getStackTrace();
    if (frames.length == 0) {
      return b.toString();
    }
    b.append(" at ").append(frame(frames[0]));
    if (!frames[0].getClassName().startsWith(OWN_CODE)) {
      for (StackTraceElement f : frames) {
        if (f.getClassName().startsWith(OWN_CODE)) {
          b.append(" from ").append(frame(f));
          break;
        }
      }
    }
    return b.toString();
  }

  private static String frame(StackTraceElement f) {
    return f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber();
  }
}
