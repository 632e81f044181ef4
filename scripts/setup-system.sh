#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real (see README, "Quick start"):
# redis-server, curl, a JDK, and the shared libraries of the Chromium that npm installs
# (@sparticuz/chromium, found by @platform/chromium), which a minimal Debian lacks. Debian's own chromium is optional:
# the browser tests prefer it when it is installed; `--with-chromium` installs it too.
# Idempotent: skips what is already present, so it is cheap on a developer machine.
set -euo pipefail
packages=()
command -v redis-server >/dev/null 2>&1 || packages+=(redis-server)
# curl runs the docs' shell samples; a JDK checks the @pattern translator against java.util.regex.
command -v curl >/dev/null 2>&1 || packages+=(curl ca-certificates)
command -v javac >/dev/null 2>&1 || packages+=(default-jdk-headless)
for pair in libnss3.so:libnss3 libexpat.so.1:libexpat1; do
  ldconfig -p | grep -F "${pair%%:*}" >/dev/null || packages+=("${pair#*:}")
done
if [ "${1:-}" = "--with-chromium" ]; then
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
