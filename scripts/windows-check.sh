#!/usr/bin/env bash
# Checks the Windows build under Wine. attache-cli.exe states the version and makes, for the
# same selections and --date, a PDF and a workbook with the same content as the Linux build
# of the same sources (build/windows/reference/attache-cli, made by windows-build.sh): the
# PDF byte-identical or with the same pdftotext text, the workbook byte-identical or with the
# same cell values. Then the desktop app attache.exe starts under Wine and Xvfb; its
# screenshot stays in build/windows/attache-windows.png.
#
# Set WINDOWS_GUI_OPTIONAL=1 to report a GUI that does not draw under Wine as a warning
# rather than a failure (Wine's OpenGL, not the app, is then the usual cause).
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
version=$(scripts/app-version.sh)
dir=build/windows
work="$dir/check"
fail() { echo "windows-check: $*" >&2; exit 1; }

for f in "$dir/attache-cli.exe" "$dir/attache.exe" "$dir/reference/attache-cli"; do
  [ -f "$f" ] || fail "$f is missing; run 'make windows' first."
done
command -v wine >/dev/null || fail "wine is missing (Debian: wine wine64; 'make windows-check' installs them)."

# A Wine prefix of our own, kept between runs (creating one takes a while), no Mono/Gecko
# installers, and no Wine debug chatter on stderr.
export WINEPREFIX=${WINEPREFIX:-$PWD/build/wine} WINEARCH=win64 WINEDEBUG=${WINEDEBUG:--all} \
  WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  echo "windows-check: creating the Wine prefix $WINEPREFIX"
  start=$SECONDS
  wine wineboot --init >/dev/null 2>&1 || true
  wineserver -w
  [ -f "$WINEPREFIX/system.reg" ] || fail "could not create a Wine prefix in $WINEPREFIX (try: wine wineboot --init)."
  echo "windows-check: Wine prefix ready in $((SECONDS - start))s"
fi
# Go programs need bcryptprimitives.dll, which Wine before 9 lacks (see the script).
scripts/windows-wine-prng.sh

rm -rf "$work"
mkdir -p "$work/linux" "$work/windows"
"$GO" build -o "$work/workbook-cells" ./scripts/workbook-cells

got=$(wine "$dir/attache-cli.exe" --version | tr -d '\r')
[[ "$got" == "attache-cli $version" || "$got" == "attache-cli $version (commit "* ]] ||
  fail "attache-cli.exe --version says '$got', want 'attache-cli $version' (and the commit, when known)."
echo "windows-check: attache-cli.exe --version: $got"

# The selections compared: every record, with Azerbaijani and Korean text on the command
# line; a sector pair over a range; one kind of record. Wine gets the same relative names.
selection() {
  case $1 in
    all) args=(--pdf-all --title "Azərbaycan – Koreya: 대한민국") ;;
    trade-energy) args=(--sectors "trade,energy" --from 2015 --to 2019-06 --prepared-by "Desk officer") ;;
    agreements) args=(--kinds agreement --from 2006 --classification "For official use") ;;
  esac
}
for name in all trade-energy agreements; do
  selection "$name"
  export_args=(export "${args[@]}" --date 2026-01-31 --pdf "$name.pdf" --xlsx "$name.xlsx")
  (cd "$work/linux" && ../../reference/attache-cli "${export_args[@]}" >/dev/null) ||
    fail "the Linux attache-cli failed on: ${export_args[*]}"
  start=$SECONDS
  (cd "$work/windows" && wine ../../attache-cli.exe "${export_args[@]}" >/dev/null) ||
    fail "attache-cli.exe under Wine failed on: ${export_args[*]}"
  took=$((SECONDS - start))

  l="$work/linux/$name" w="$work/windows/$name"
  if cmp -s "$l.pdf" "$w.pdf"; then
    pdf="PDF byte-identical"
  else
    pdftotext -layout "$l.pdf" "$l.txt" && pdftotext -layout "$w.pdf" "$w.txt"
    diff -u "$l.txt" "$w.txt" >"$work/$name.pdf.diff" ||
      fail "$name: the PDFs' text differs between Linux and Windows; see $work/$name.pdf.diff"
    pdf="PDF same text (bytes differ)"
  fi
  if cmp -s "$l.xlsx" "$w.xlsx"; then
    xlsx="workbook byte-identical"
  else
    "$work/workbook-cells" "$l.xlsx" >"$l.cells" && "$work/workbook-cells" "$w.xlsx" >"$w.cells"
    diff -u "$l.cells" "$w.cells" >"$work/$name.xlsx.diff" ||
      fail "$name: the workbooks' cells differ between Linux and Windows; see $work/$name.xlsx.diff"
    xlsx="workbook same cells (bytes differ)"
  fi
  creator=$(pdfinfo "$w.pdf" | sed -n 's/^Creator: *//p')
  [[ "$creator" == *"$version"* ]] || fail "$name: the Windows PDF's Creator '$creator' does not state version $version."
  # grep without -q: reading to the end spares workbook-cells a broken pipe (pipefail).
  "$work/workbook-cells" "$w.xlsx" | grep "^property	Creator	.*$version" >/dev/null ||
    fail "$name: the Windows workbook's Creator property does not state version $version."
  echo "windows-check: $name: $pdf, $xlsx; version $version in both (Wine export ${took}s)"
done

shot="$dir/attache-windows.png"
echo "windows-check: starting attache.exe under Wine and Xvfb"
# A fresh wineserver: one left from the CLI runs above has a desktop without an X display,
# and a window opened through it fails ("Win32: Failed to create helper window").
wineserver -k 2>/dev/null || true
wineserver -w 2>/dev/null || true
if HOME="$PWD/$work/home" scripts/package-screenshot.sh "$shot" "${SCREENSHOT_TIMEOUT:-180}" -- wine "$dir/attache.exe"; then
  status=0
else
  status=$?
fi
wineserver -k 2>/dev/null || true
if [ $status -ne 0 ]; then
  [ "${WINDOWS_GUI_OPTIONAL:-0}" = 1 ] || fail "attache.exe did not draw its window under Wine; see ${shot%.png}.log"
  echo "windows-check: WARNING: attache.exe did not draw its window under Wine; see ${shot%.png}.log" >&2
fi
echo "windows-check: ok"
