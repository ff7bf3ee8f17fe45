#!/usr/bin/env bash
# Makes a Docker engine and the test images available on this machine, for the Docker tests of
# `parallel-tests run --image` (and for trying --image by hand). Idempotent: run it again and it
# only does what is missing.
#
#   - installs Debian's docker.io (and busybox-static) when dockerd is missing (needs root, apt);
#   - starts dockerd as root with --bridge=none --iptables=false when no engine answers
#     (containers then use --network none or host: no bridge, no NAT rules are needed);
#   - builds, without any registry, the local images
#       parallel-tests/busybox:1  a busybox-static rootfs (docker import), ~2 MB
#       parallel-tests/jre:17     the same plus a copy of this machine's Java runtime and the
#                                 shared libraries it needs, so shards can run JVM tests.
# Environment: DOCKER_SETUP_NO_JRE=1 skips the JRE image; DOCKER_SETUP_REBUILD=1 rebuilds images;
# DOCKER_SETUP_NO_INSTALL=1 never installs packages (the tests use it to start an installed engine).
set -euo pipefail

log() { echo "docker-setup: $*"; }
BUSYBOX_IMAGE=parallel-tests/busybox:1
JRE_IMAGE=parallel-tests/jre:17

static_busybox() {
  local candidate
  for candidate in /bin/busybox /usr/bin/busybox; do
    # ldd fails on a statically linked binary: that one runs in an otherwise empty root.
    if [ -x "$candidate" ] && ! ldd "$candidate" >/dev/null 2>&1; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! command -v dockerd >/dev/null 2>&1 || ! static_busybox >/dev/null; then
  if [ -n "${DOCKER_SETUP_NO_INSTALL:-}" ]; then
    log "dockerd or a static busybox is missing (DOCKER_SETUP_NO_INSTALL: not installing)" >&2
    exit 1
  fi
  if [ "$(id -u)" != 0 ]; then
    log "dockerd or busybox is missing and I am not root: install docker.io and busybox-static" >&2
    exit 1
  fi
  log "installing docker.io and busybox-static"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io busybox-static >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    log "no Docker engine answers and I am not root, so I cannot start one" >&2
    exit 1
  fi
  log "starting dockerd (--bridge=none --iptables=false)"
  nohup dockerd --bridge=none --iptables=false >/var/log/parallel-tests-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 0.5
  done
  if ! docker info >/dev/null 2>&1; then
    log "dockerd did not come up within 30 s; its log:" >&2
    tail -20 /var/log/parallel-tests-dockerd.log >&2 || true
    exit 1
  fi
fi
log "engine $(docker version --format '{{.Server.Version}}') answers"

have_image() { [ -z "${DOCKER_SETUP_REBUILD:-}" ] && docker image inspect "$1" >/dev/null 2>&1; }

# A root file system with busybox's applets, /tmp and a passwd that knows the caller's uid.
make_busybox_root() {
  local root="$1" bb
  bb="$(static_busybox)" || { log "no statically linked busybox (busybox-static)" >&2; exit 1; }
  mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,tmp,etc,proc,sys,dev,root}
  chmod 1777 "$root/tmp"
  cp "$bb" "$root/bin/busybox"
  for applet in $("$bb" --list); do
    [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if have_image "$BUSYBOX_IMAGE"; then
  log "$BUSYBOX_IMAGE is there"
else
  log "building $BUSYBOX_IMAGE"
  make_busybox_root "$work/bb"
  tar -C "$work/bb" -c . | docker import -c 'ENV PATH=/bin:/usr/bin:/sbin:/usr/sbin' - "$BUSYBOX_IMAGE" >/dev/null
fi

if [ -n "${DOCKER_SETUP_NO_JRE:-}" ]; then
  log "skipping $JRE_IMAGE (DOCKER_SETUP_NO_JRE)"
elif have_image "$JRE_IMAGE"; then
  log "$JRE_IMAGE is there"
else
  java_bin="$(readlink -f "$(command -v java)")"
  java_home="$(dirname "$(dirname "$java_bin")")"
  log "building $JRE_IMAGE from $java_home"
  root="$work/jre"
  make_busybox_root "$root"
  mkdir -p "$root/opt"
  mkdir -p "$root/opt/java"
  # -h: Debian's JDK links its conf and security files into /etc; the copy must hold them.
  # Sources, jmods, demos and man pages are not needed to run tests (src.zip is often dangling).
  (cd "$java_home" && tar -ch --exclude=./lib/src.zip --exclude=./jmods --exclude=./demo \
      --exclude=./man .) | tar -C "$root/opt/java" -x
  # The shared libraries the runtime loads, at the same paths, with the dynamic loader.
  find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 ldd 2>/dev/null | grep -o '/[^ ]*' | grep -v '^/opt/' | sort -u \
    | while read -r lib; do
        [ -e "$lib" ] || continue
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
      done
  # The loader of this architecture, under its usual names.
  for loader in /lib64/ld-linux-x86-64.so.2 /lib/ld-linux-aarch64.so.1; do
    if [ -e "$loader" ]; then
      mkdir -p "$root$(dirname "$loader")"
      cp -L "$loader" "$root$loader"
    fi
  done
  tar -C "$root" -c . | docker import \
    -c 'ENV PATH=/opt/java/bin:/bin:/usr/bin:/sbin:/usr/sbin' -c 'ENV JAVA_HOME=/opt/java' \
    - "$JRE_IMAGE" >/dev/null
  docker run --rm --network none "$JRE_IMAGE" java -version 2>&1 | head -1 | sed 's/^/docker-setup: /'
fi
log "images ready: $BUSYBOX_IMAGE$([ -z "${DOCKER_SETUP_NO_JRE:-}" ] && echo ", $JRE_IMAGE")"
