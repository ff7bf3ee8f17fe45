package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** Compile-only stub of jenkins-core's {@code hudson.model.Run}. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
    extends Actionable
    implements ExtensionPoint, Comparable<RunT>, AccessControlled, PersistenceRoot {

  protected Run(@NonNull JobT job) throws IOException {}

  protected Run(@NonNull JobT project, @NonNull File buildDir) throws IOException {}

  @Override
  public int compareTo(@NonNull RunT that) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @CheckForNull Result getResult() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void setResult(@NonNull Result r) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @CheckForNull Executor getExecutor() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isBuilding() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull List<Cause> getCauses() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @CheckForNull <T extends Cause> T getCause(Class<T> type) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull JobT getParent() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull Calendar getTimestamp() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public final long getTimeInMillis() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public final long getStartTimeInMillis() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public long getDuration() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull String getFullDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public int getNumber() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull String getId() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @CheckForNull RunT getPreviousBuild() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public final @CheckForNull RunT getPreviousCompletedBuild() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @CheckForNull RunT getPreviousSuccessfulBuild() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull List<RunT> getPreviousBuildsOverThreshold(
      int numberOfBuilds, @NonNull Result threshold) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @CheckForNull RunT getNextBuild() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull String getUrl() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public @NonNull File getRootDir() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull InputStream getLogInputStream() throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull String getLog() throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull List<String> getLog(int maxLines) throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public synchronized void save() throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull EnvVars getEnvironment(@NonNull TaskListener listener)
      throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  @Override
  public ACL getACL() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull String getExternalizableId() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @CheckForNull Run<?, ?> fromExternalizableId(String id)
      throws IllegalArgumentException, AccessDeniedException {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
