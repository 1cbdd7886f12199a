#!/usr/bin/env bash
# Build the MSI on Linux with wixl (Debian/Ubuntu: apt-get install wixl msitools).
#
#   installer/build_msi.sh [BUNDLE_DIR] [OUT_MSI]
#
# BUNDLE_DIR defaults to dist/LCSDesktop (PyInstaller's output); OUT_MSI to
# dist/LCSDesktop-<version>.msi. The file list is harvested from the bundle with wixl-heat into
# build/msi/ (never committed). A Linux bundle can stand in for the Windows one to check the
# package's tables: its main program is copied in as LCSDesktop.exe, and the result is NOT
# installable on Windows.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
PYTHON="${PYTHON:-python3}"
BUNDLE="$(realpath "${1:-$ROOT/dist/LCSDesktop}")"
WORK="${MSI_WORK_DIR:-$ROOT/build/msi}"

for tool in wixl wixl-heat; do
  if ! command -v "$tool" >/dev/null; then
    echo "build_msi: '$tool' was not found. Install it with: apt-get install wixl msitools" >&2
    exit 2
  fi
done
if [[ ! -d "$BUNDLE" ]]; then
  echo "build_msi: no frozen bundle at $BUNDLE. Build it first: pyinstaller installer/lcs_desktop.spec" >&2
  exit 2
fi

VERSION="$("$PYTHON" "$HERE/project_version.py")"
OUT="$(realpath -m "${2:-$ROOT/dist/LCSDesktop-$VERSION.msi}")"
ICON="$ROOT/resources/app.ico"

rm -rf "$WORK"
mkdir -p "$WORK" "$(dirname "$OUT")"
PAYLOAD="$BUNDLE"
if [[ ! -f "$BUNDLE/LCSDesktop.exe" ]]; then
  if [[ ! -f "$BUNDLE/LCSDesktop" ]]; then
    echo "build_msi: $BUNDLE holds neither LCSDesktop.exe nor LCSDesktop." >&2
    exit 2
  fi
  echo "build_msi: stand-in payload (Linux bundle): copying LCSDesktop in as LCSDesktop.exe" >&2
  PAYLOAD="$WORK/payload"
  cp -a "$BUNDLE" "$PAYLOAD"
  mv "$PAYLOAD/LCSDesktop" "$PAYLOAD/LCSDesktop.exe"
fi

# Regular files only: a Linux bundle's symbolic links have no place in an MSI.
(cd "$PAYLOAD" && find . -type f | LC_ALL=C sort | wixl-heat -p ./ \
  --directory-ref INSTALLDIR --component-group AppFiles --var var.SourceDir) \
  | sed 's/\(<Component [^>]*Guid="\*"\)>/\1 Win64="yes">/' > "$WORK/files.wxs"  # 64-bit components

# wixl resolves Source paths relative to where it runs and refuses absolute ones.
cd "$WORK"
wixl --arch x64 \
  -D ProductVersion="$VERSION" \
  -D SourceDir="$(realpath --relative-to=. "$PAYLOAD")" \
  -D IconFile="$(realpath --relative-to=. "$ICON")" \
  -o "$OUT" "$HERE/lcs_desktop.wxs" "$WORK/files.wxs"

echo "MSI: $OUT ($(du -h "$OUT" | cut -f1), version $VERSION, $(grep -c '<File ' "$WORK/files.wxs") files)"
