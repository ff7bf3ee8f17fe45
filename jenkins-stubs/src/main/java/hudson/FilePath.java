package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;

/** Compile-only stub of jenkins-core's {@code hudson.FilePath}. */
public final class FilePath {

  public FilePath(@NonNull File localPath) {}

  public FilePath(@NonNull FilePath base, @NonNull String rel) {}

  public @NonNull String getRemote() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull String getName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull String getBaseName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull FilePath child(String relOrAbsolute) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull FilePath sibling(String rel) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public FilePath getParent() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isRemote() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public FilePath absolutize() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void mkdirs() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean exists() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isDirectory() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public long length() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean delete() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void deleteRecursive() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public List<FilePath> list() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public FilePath[] list(final String includes) throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public FilePath[] list(final String includes, final String excludes)
      throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public InputStream read() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String readToString() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public OutputStream write() throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void write(final String content, final @CheckForNull String encoding)
      throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void copyFrom(FilePath src) throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void copyTo(FilePath target) throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public FilePath createTempFile(final String prefix, final String suffix)
      throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  /** Compile-only stub of {@code FilePath.FileCallable}. */
  public interface FileCallable<T> extends Serializable {
    T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
  }
}
