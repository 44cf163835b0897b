#!/bin/sh
# Installs from Debian what the published `analyzer` needs at run time: the .NET runtime's native dependencies
# (no ICU: the build sets InvariantGlobalization), CA certificates for AWS's TLS, Chromium and DejaVu fonts for the
# PDF. The image's runtime stage runs it (with --slim), and so does the test that runs the published output.
#
# Installs only what is missing: on a machine that has everything it changes nothing (no apt-get update).
# --slim also removes apt's lists and caches afterwards (for the image; never on a developer's machine).
set -eu

slim=false
[ "${1:-}" = "--slim" ] && slim=true

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# Debian 13 renamed libssl3 to libssl3t64 (64-bit time_t); either one satisfies the runtime.
packages="ca-certificates tzdata libc6 libgcc-s1 libstdc++6 zlib1g chromium fonts-dejavu-core"
missing=""
for p in $packages; do
  installed "$p" || missing="$missing $p"
done
installed libssl3 || installed libssl3t64 || missing="$missing libssl"

if [ -n "$missing" ]; then
  [ "$(id -u)" -eq 0 ] || { echo "install-runtime.sh: missing$missing; run it as root" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  # Other package installs may hold dpkg's lock for a while on a shared machine: wait for it rather than fail.
  apt="apt-get -o DPkg::Lock::Timeout=600 -y -qq --no-install-recommends"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  ssl=libssl3
  if apt-cache show libssl3t64 >/dev/null 2>&1; then ssl=libssl3t64; fi
  # shellcheck disable=SC2086
  $apt install $(echo "$missing" | sed "s/\blibssl\b/$ssl/") >/dev/null
  if $slim; then
    apt-get clean
    rm -rf /var/lib/apt/lists/*
  fi
fi

# What the PDF needs, checked rather than assumed.
chromium --version >/dev/null 2>&1 || { echo "install-runtime.sh: chromium does not start" >&2; exit 1; }
test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || { echo "install-runtime.sh: DejaVu fonts are missing" >&2; exit 1; }
echo "runtime dependencies present:$([ -n "$missing" ] && echo " installed$missing" || echo " nothing to install")"
