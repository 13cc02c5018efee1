#!/bin/sh
# macOS: the PyInstaller spec makes dist/ClaimDesk.app; this wraps it in a compressed .dmg
# with a link to /Applications. Run on a Mac, from the repository root:
#
#   python3 -m venv .venv && .venv/bin/pip install -e ".[package]"
#   .venv/bin/python packaging/build.py
#   sh packaging/macos/make-dmg.sh
#
# Signing and notarising (needs an Apple Developer ID) go between the two steps:
#   codesign --deep --force --options runtime --sign "Developer ID Application: …" dist/ClaimDesk.app
#   … and after this script: xcrun notarytool submit dist/ClaimDesk-*.dmg --wait; xcrun stapler staple …
set -eu
version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
app=dist/ClaimDesk.app
[ -d "$app" ] || { echo "no $app: run packaging/build.py first" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "dist/ClaimDesk-$version.dmg"
hdiutil create -volname "ClaimDesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO \
  -ov "dist/ClaimDesk-$version.dmg"
echo "dist/ClaimDesk-$version.dmg"
