package io.jenkins.plugins.paralleltests;

import java.util.Objects;

/** A resolved setting: its value and where it came from. */
record Setting<T>(T value, SettingOrigin origin) {
  Setting {
    Objects.requireNonNull(origin, "origin");
  }

  /** The first non-null of the step's value, the global one, and the built-in default. */
  static <T> Setting<T> first(T step, T global, T builtIn) {
    if (step != null) {
      return new Setting<>(step, SettingOrigin.STEP);
    }
    if (global != null) {
      return new Setting<>(global, SettingOrigin.GLOBAL);
    }
    return new Setting<>(builtIn, SettingOrigin.BUILT_IN);
  }
}
