#!/usr/bin/env bash
# Builds the installed app with the JDK's jpackage: an app image (a folder with its own trimmed Java runtime,
# made by jlink) and, on Linux, a .deb with a desktop menu entry and the gallery-wall icon.
# jpackage builds for the system it runs on, so the same script on Windows (Git Bash, with the WiX Toolset 3
# on PATH) makes an .msi and an .exe, and on macOS a .dmg; see README "Download and double-click".
#
# Usage: bash scripts/package.sh [--check]
#   TYPES="app-image deb"  what to build (default per system: Linux app-image deb; Windows app-image msi exe;
#                          macOS app-image dmg)
#   --check                afterwards run the image's launcher with no Java on PATH, and inspect the .deb
#                          (Linux only)
# Output: target/package/  (the jar is built first if target/latent-explorer.jar is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
[ "${1:-}" = "--check" ] && check=true

name="Latent Explorer"
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)
jar=target/latent-explorer.jar
out=target/package
[ -f "$jar" ] || mvn -B -q package -DskipTests

case "$(uname -s)" in
  Linux*) os=linux; default_types="app-image deb"; icon_ext=png ;;
  Darwin*) os=mac; default_types="app-image dmg"; icon_ext=icns ;;
  MINGW*|MSYS*|CYGWIN*) os=win; default_types="app-image msi exe"; icon_ext=ico ;;
  *) echo "unsupported system: $(uname -s)" >&2; exit 1 ;;
esac
types=${TYPES:-$default_types}

rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"
# The image is for one system, so the jar inside drops the other two systems' JavaFX and MXNet natives
# (Linux: 211 -> 122 MB; the image is 175 MB with its 52 MB runtime). Without zip (e.g. plain Git Bash) the full jar goes in; it works the same.
case "$os" in
  linux) others=('*.dll' '*.dylib') ;;
  mac) others=('*.dll' '*.so' '*.so.*') ;;
  win) others=('*.so' '*.so.*' '*.dylib') ;;
esac
if command -v zip >/dev/null 2>&1; then zip -q -d "$out/input/latent-explorer.jar" "${others[@]}"; fi

# The icon: drawn as PNG (Linux uses it as is). Windows wants .ico and macOS .icns: convert the PNG with your
# system's tools (e.g. `sips`/`iconutil` on macOS) into target/package/icon.ico|icns, or jpackage's default
# icon is used.
java -Djava.awt.headless=true scripts/MakeIcon.java "$out/icon.png" 256
icon=()
[ -f "$out/icon.$icon_ext" ] && icon=(--icon "$out/icon.$icon_ext")

# The modules the jar needs: `jdeps --print-module-deps --ignore-missing-deps --multi-release 17` on the jar
# (java.base, java.compiler, java.management, java.scripting, java.sql, jdk.jfr, jdk.unsupported,
# jdk.unsupported.desktop), plus what it reaches by reflection or service lookup: java.desktop (AWT images),
# java.logging, java.prefs, java.xml, jdk.zipfs, and jdk.localedata for the English and Chinese formats.
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs,jdk.localedata
jlink --add-modules "$modules" --include-locales=en,zh --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$out/runtime"

common=(--name "$name" --app-version "$version" --vendor "Latent Explorer"
  --description "See, train and probe autoencoders and VAEs on a gallery wall of the latent space")
jpackage --type app-image "${common[@]}" --input "$out/input" --main-jar latent-explorer.jar \
  --main-class org.latentexplorer.Launcher --runtime-image "$out/runtime" "${icon[@]}" \
  --java-options "-Dprism.forceGPU=true" --dest "$out"

# dpkg-deb's default xz spends minutes on content that is already compressed (the jar, jlink's --compress=2
# modules) for little gain; gzip is quick and every dpkg reads it.
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}
for type in $types; do
  [ "$type" = app-image ] && continue
  extra=()
  case "$type" in
    deb) extra=(--linux-package-name latent-explorer --linux-shortcut --linux-menu-group "Education;Science;"
                --linux-app-category science --license-file LICENSE) ;;
    msi|exe) extra=(--win-menu --win-shortcut --win-dir-chooser --license-file LICENSE) ;;
    dmg) extra=(--license-file LICENSE) ;;
  esac
  jpackage --type "$type" "${common[@]}" --app-image "$out/$name" "${icon[@]}" "${extra[@]}" --dest "$out"
done

echo "built in $out:"
du -sh "$out/$name" "$out"/*.deb "$out"/*.msi "$out"/*.exe "$out"/*.dmg 2>/dev/null || true

if $check; then
  [ "$os" = linux ] || { echo "--check runs on Linux only" >&2; exit 1; }
  launcher="$out/$name/bin/$name"
  home=$(mktemp -d)
  # No java on PATH and no JAVA_HOME: the image must bring its own runtime.
  if ! env -i HOME="$home" PATH=/nonexistent LANG=C.UTF-8 "$launcher" presets >"$home/presets.txt" 2>"$home/err.txt"; then
    cat "$home/err.txt" >&2; echo "check failed: the launcher did not run presets" >&2; exit 1
  fi
  grep -q "vae-mlp-2d" "$home/presets.txt" || { echo "check failed: presets printed nothing known" >&2; exit 1; }
  echo "check: '$launcher presets' ran with no Java on PATH ($(wc -l <"$home/presets.txt") lines)"
  rm -rf "$home"
  deb=$(ls "$out"/*.deb 2>/dev/null || true)
  [ -n "$deb" ] || exit 0
  # Captured first: with pipefail, `producer | grep -q` fails when grep stops reading early.
  [ "$(dpkg-deb --field "$deb" Package)" = latent-explorer ] || { echo "check failed: package name" >&2; exit 1; }
  contents=$(dpkg-deb --contents "$deb")
  desktop=$(grep -o '\./[^ ]*\.desktop$' <<<"$contents" | head -1)
  [ -n "$desktop" ] || { echo "check failed: no desktop entry in $deb" >&2; exit 1; }
  entry=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO "$desktop")
  grep -q "^Name=$name$" <<<"$entry" || { echo "check failed: desktop entry $desktop lacks Name=$name" >&2; exit 1; }
  grep -q "^Icon=" <<<"$entry" || { echo "check failed: desktop entry $desktop has no icon" >&2; exit 1; }
  postinst=$(dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst)
  grep -q "xdg-desktop-menu install" <<<"$postinst" || { echo "check failed: postinst does not install the menu entry" >&2; exit 1; }
  echo "check: $deb carries $desktop:"
  echo "$entry" | sed 's/^/    /'
fi
