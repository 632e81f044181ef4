#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real (see README, "Quick start"):
# redis-server, curl, a JDK, and the shared libraries of the Chromium that npm installs
# (@sparticuz/chromium, found by @platform/chromium), which a minimal Debian lacks. Debian's own
# chromium is optional: the browser tests prefer it when it is installed; `--with-chromium`
# installs it too.
# Idempotent: skips what is already present, so it is cheap on a developer machine.
# `--if-root` (what `npm test` runs first): install only when running as root on a machine with
# apt-get; otherwise just name what is missing, and the tests that need it skip with that reason.
set -euo pipefail
packages=()
command -v redis-server >/dev/null 2>&1 || packages+=(redis-server)
# curl runs the docs' shell samples; a JDK checks the @pattern translator against java.util.regex.
command -v curl >/dev/null 2>&1 || packages+=(curl ca-certificates)
command -v javac >/dev/null 2>&1 || packages+=(default-jdk-headless)
for pair in libnss3.so:libnss3 libexpat.so.1:libexpat1; do
  ldconfig -p | grep -F "${pair%%:*}" >/dev/null || packages+=("${pair#*:}")
done
with_chromium=no
if_root=no
for arg in "$@"; do
  case "$arg" in
    --with-chromium) with_chromium=yes ;;
    --if-root) if_root=yes ;;
  esac
done
if [ "$with_chromium" = yes ]; then
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
if [ "$if_root" = yes ] && { [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; }; then
  echo "setup-system: missing ${packages[*]}; tests that need them will skip." >&2
  echo "setup-system: run 'bash scripts/setup-system.sh' (as root or with sudo) to install them." >&2
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
