#!/usr/bin/env bash
# Renders every installer icon from the one source, assets/icon.svg:
#   packaging/linux/wic-timeline-explorer.png    256 px PNG (menu entry, app-image)
#   packaging/windows/wic-timeline-explorer.ico  16-256 px (installer, launcher, shortcuts)
#   packaging/macos/wic-timeline-explorer.icns   16-1024 px (app bundle, .dmg)
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns); installs
# them with apt-get when missing and run as root. The outputs are committed: building needs none of this.
set -euo pipefail
cd "$(dirname "$0")/.."
src=assets/icon.svg
name=wic-timeline-explorer

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
[ -x /usr/bin/convert ] || need+=(imagemagick)  # /usr/bin: some machines put a stand-in first on PATH
command -v png2icns >/dev/null || need+=(icnsutils)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "make-icons: please install ${need[*]}" >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w $size -h $size "$src" -o "$tmp/$size.png"
done

# -strip drops the date chunks, so the same SVG gives byte-for-byte the same files.
/usr/bin/convert "$tmp/256.png" -strip "packaging/linux/$name.png"
/usr/bin/convert "$tmp"/{16,24,32,48,64,128,256}.png -strip "packaging/windows/$name.ico"
png2icns "packaging/macos/$name.icns" "$tmp"/{16,32,128,256,512,1024}.png >/dev/null
ls -l packaging/linux/$name.png packaging/windows/$name.ico packaging/macos/$name.icns
