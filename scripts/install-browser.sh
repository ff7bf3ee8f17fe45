#!/usr/bin/env bash
# Installs the real headless browser the HTML report tests drive: Debian's chromium and its
# matching chromedriver. Idempotent; needs root (or sudo) and the Debian package mirror.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "chromium and chromedriver already installed: $(chromium --version 2>/dev/null | head -1)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

echo "installing chromium and chromium-driver (Debian packages, about 120 MB)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
echo "installed: $(chromium --version 2>/dev/null | head -1)"
echo "           $(chromedriver --version 2>/dev/null | head -1)"
