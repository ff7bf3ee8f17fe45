package net.sf.json;

/**
 * Compile-only stub of json-lib's {@code net.sf.json.JSONObject} (Jenkins' fork, {@code
 * org.kohsuke.stapler:json-lib}, which is not on Maven Central): the submitted form a {@code
 * GlobalConfiguration} is configured from.
 */
public final class JSONObject {

  public Object opt(String key) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
