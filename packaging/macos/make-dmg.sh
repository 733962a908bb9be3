#!/bin/sh
# Make a compressed, read-only disk image with SafeSteps.app and a link to /Applications (drag to install).
#   sh packaging/macos/make-dmg.sh build/pyinstaller/dist/SafeSteps.app dist/SafeSteps-0.1.0-macos-arm64.dmg "SafeSteps 0.1.0"
# packaging/build.py calls it on macOS. Needs hdiutil and ditto (both part of macOS).
set -eu

app=$1
dmg=$2
volume=${3:-SafeSteps}

[ -d "$app/Contents/MacOS" ] || { echo "make-dmg.sh: $app is not an .app bundle" >&2; exit 2; }
staging=$(mktemp -d "${TMPDIR:-/tmp}/safesteps-dmg.XXXXXX")
trap 'rm -rf "$staging"' EXIT

# ditto keeps the bundle's symbolic links, permissions and extended attributes (cp -R may not).
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
# hdiutil sometimes fails with "Resource busy" on CI machines right after a build; try a few times.
attempt=1
until hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ -format UDZO -imagekey zlib-level=9 \
        -ov "$dmg"; do
    if [ "$attempt" -ge 4 ]; then
        echo "make-dmg.sh: hdiutil create failed $attempt times" >&2
        exit 1
    fi
    attempt=$((attempt + 1))
    sleep 5
done
hdiutil verify "$dmg"
