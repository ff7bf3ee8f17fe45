package net.sf.json;

import java.util.HashMap;
import java.util.Map;

/**
 * The offline tests' stand-in for json-lib's {@code JSONObject}, ahead of the compile-only stub on
 * the test class path of this module only (the real plugin build's tests use the real class), so
 * that {@code ParallelTestsConfiguration.configure} can be given a submitted form without Jenkins.
 * It keeps the values it was given, and nothing else.
 *
 * <p>Signatures of the real class (json-lib 2.4-jenkins-15, Jenkins 2.541.3's, at 4169f83: {@code
 * JSONObject.java:113} final, {@code 1346} the constructor, {@code 1662} {@code element}, {@code
 * 2069} {@code opt}).
 */
public final class JSONObject {

  private final Map<String, Object> values = new HashMap<>();

  public JSONObject() {}

  public JSONObject element(String key, Object value) {
    values.put(key, value);
    return this;
  }

  public Object opt(String key) {
    return values.get(key);
  }
}
