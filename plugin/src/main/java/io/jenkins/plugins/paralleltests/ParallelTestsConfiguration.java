package io.jenkins.plugins.paralleltests;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import java.util.Optional;
import java.util.function.Function;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * The administrator's defaults for {@code parallelTests}, on Manage Jenkins, System, and in
 * Configuration as Code under {@code unclassified: parallelTestsDefaults:}. Step parameters
 * override them. An empty field means "not set": the built-in default applies, and the plan's log
 * says so.
 *
 * <p>The symbol must differ from every step and global variable name: Declarative's validator
 * resolves a name that is not a step as a symbol of any {@code Describable}
 * (pipeline-model-definition@42c9dc3 {@code DescriptorLookupCache.java:133}, called from {@code
 * ModelValidatorImpl.groovy:413}), and would check {@code parallelTests(shards: 4)}'s arguments
 * against this class's fields. {@code SymbolNamespaceTest} keeps them apart.
 */
@Extension
@Symbol("parallelTestsDefaults")
public class ParallelTestsConfiguration extends GlobalConfiguration {

  private Integer defaultShards;
  private Integer maxShards;
  private String defaultImage;
  private String defaultLabel;
  private Integer timeoutMinutes;
  private Integer historyDepth;
  private MissingShardResult missingShardResult;

  /** Loads the saved configuration; Jenkins creates the one instance. */
  public ParallelTestsConfiguration() {
    load();
  }

  /** The one instance. */
  public static ParallelTestsConfiguration get() {
    return ExtensionList.lookupSingleton(ParallelTestsConfiguration.class);
  }

  /** The settings as the Jenkins-free resolution reads them. */
  GlobalDefaults toDefaults() {
    return new GlobalDefaults(
        defaultShards,
        maxShards,
        defaultImage,
        defaultLabel,
        timeoutMinutes,
        historyDepth,
        missingShardResult);
  }

  public Integer getDefaultShards() {
    return defaultShards;
  }

  @DataBoundSetter
  public void setDefaultShards(Integer defaultShards) {
    this.defaultShards = defaultShards;
    save();
  }

  public Integer getMaxShards() {
    return maxShards;
  }

  @DataBoundSetter
  public void setMaxShards(Integer maxShards) {
    this.maxShards = maxShards;
    save();
  }

  public String getDefaultImage() {
    return defaultImage;
  }

  @DataBoundSetter
  public void setDefaultImage(String defaultImage) {
    this.defaultImage = ConfigurationChecks.blankToNull(defaultImage);
    save();
  }

  public String getDefaultLabel() {
    return defaultLabel;
  }

  @DataBoundSetter
  public void setDefaultLabel(String defaultLabel) {
    this.defaultLabel = ConfigurationChecks.blankToNull(defaultLabel);
    save();
  }

  public Integer getTimeoutMinutes() {
    return timeoutMinutes;
  }

  @DataBoundSetter
  public void setTimeoutMinutes(Integer timeoutMinutes) {
    this.timeoutMinutes = timeoutMinutes;
    save();
  }

  public Integer getHistoryDepth() {
    return historyDepth;
  }

  @DataBoundSetter
  public void setHistoryDepth(Integer historyDepth) {
    this.historyDepth = historyDepth;
    save();
  }

  public MissingShardResult getMissingShardResult() {
    return missingShardResult;
  }

  @DataBoundSetter
  public void setMissingShardResult(MissingShardResult missingShardResult) {
    this.missingShardResult = missingShardResult;
    save();
  }

  /**
   * Saves the form, unless a field holds what its own check calls an error: then nothing is bound,
   * every setting keeps its earlier value, and the save fails with a message naming the field
   * ({@link ConfigurationChecks#refusal}), where an unparsable number would otherwise be saved as
   * "not set". Jenkins 2.541.3 calls this variant on a save of Manage Jenkins, System ({@code
   * Jenkins.java:4045-4056}, {@code configureDescriptor} 4087-4093, itself {@code @POST} and after
   * {@code checkPermission(MANAGE)}; this section is on the page, and so configured, only for an
   * administrator: {@code Functions.java:1237-1238}, {@code Descriptor.java:917-920}). The
   * inherited one binds the form ({@code GlobalConfiguration.java:67-88}). Stapler renders a thrown
   * {@link FormException} as the response (stapler@425108f {@code Function.java:147-156}), with its
   * message and not its field ({@code Descriptor.java:1313-1322}), so the message names the field
   * itself; a Save shows it on an error page (status 400, {@code Failure.java:66-74}, {@code
   * AbstractModelObject/error.jelly:27-28}), an Apply in a notification.
   */
  @Override
  public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
    refuseInvalid(json::opt);
    return super.configure(req, json);
  }

  /** Throws the refusal of the submitted form ({@code submitted} gives a field's value), if any. */
  static void refuseInvalid(Function<String, Object> submitted) throws FormException {
    Optional<ConfigurationChecks.Refusal> refusal = ConfigurationChecks.refusal(submitted);
    if (refusal.isPresent()) {
      throw new FormException(refusal.get().message(), refusal.get().field());
    }
  }

  @POST
  public FormValidation doCheckDefaultShards(@QueryParameter String value) {
    Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    return toForm(ConfigurationChecks.shards(value, maxShards));
  }

  @POST
  public FormValidation doCheckMaxShards(@QueryParameter String value) {
    Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    return toForm(ConfigurationChecks.maxShards(value));
  }

  @POST
  public FormValidation doCheckDefaultImage(@QueryParameter String value) {
    Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    return toForm(ConfigurationChecks.image(value));
  }

  @POST
  public FormValidation doCheckDefaultLabel(@QueryParameter String value) {
    Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    return toForm(ConfigurationChecks.label(value));
  }

  @POST
  public FormValidation doCheckTimeoutMinutes(@QueryParameter String value) {
    Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    return toForm(ConfigurationChecks.timeoutMinutes(value));
  }

  @POST
  public FormValidation doCheckHistoryDepth(@QueryParameter String value) {
    Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    return toForm(ConfigurationChecks.historyDepth(value));
  }

  static FormValidation toForm(ConfigurationChecks.Check check) {
    return switch (check.kind()) {
      case OK ->
          check.message().isEmpty() ? FormValidation.ok() : FormValidation.ok(check.message());
      case WARNING -> FormValidation.warning(check.message());
      case ERROR -> FormValidation.error(check.message());
    };
  }
}
