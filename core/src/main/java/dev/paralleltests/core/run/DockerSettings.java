package dev.paralleltests.core.run;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How shards run in Docker containers.
 *
 * @param image a locally available image
 * @param network {@code none} (the default: tests get no network) or {@code host}
 * @param user {@code uid:gid} to run as, so that reports belong to the caller; empty for the
 *     image's default user
 * @param docker the docker command line client
 * @param extraArgs more {@code docker run} options, before the image
 */
public record DockerSettings(
    String image, String network, Optional<String> user, String docker, List<String> extraArgs) {

  public DockerSettings {
    Objects.requireNonNull(image, "image");
    if (image.isBlank()) {
      throw new IllegalArgumentException("--image must name an image");
    }
    if (!network.equals("none") && !network.equals("host")) {
      throw new IllegalArgumentException(
          "unsupported --network '" + network + "': expected none or host");
    }
    Objects.requireNonNull(user, "user");
    extraArgs = List.copyOf(extraArgs);
  }

  /** Image {@code image}, no network, the caller's user, the {@code docker} on the PATH. */
  public static DockerSettings of(String image) {
    return new DockerSettings(image, "none", currentUser(), "docker", List.of());
  }

  /** The same settings with another network. */
  public DockerSettings withNetwork(String network) {
    return new DockerSettings(image, network, user, docker, extraArgs);
  }

  /** The caller's numeric {@code uid:gid}, when the platform tells it. */
  static Optional<String> currentUser() {
    try {
      var unix = new com.sun.security.auth.module.UnixSystem();
      return Optional.of(unix.getUid() + ":" + unix.getGid());
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }
}
