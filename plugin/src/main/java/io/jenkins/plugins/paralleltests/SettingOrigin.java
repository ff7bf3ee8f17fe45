package io.jenkins.plugins.paralleltests;

/** Where the value of a setting came from, so the plan's log can say it. */
enum SettingOrigin {
  STEP("step parameter"),
  GLOBAL("global configuration"),
  BUILT_IN("built-in default");

  private final String label;

  SettingOrigin(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
