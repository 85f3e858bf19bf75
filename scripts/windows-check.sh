#!/usr/bin/env bash
# Checks the Windows installer and programs under Wine, as IT would deploy them:
#  1. msiexec /i attache-VERSION-windows-amd64.msi /qn installs per machine: both programs and
#     the licence under C:\Program Files\Attaché, the Start menu shortcut, the entry in Apps &
#     features (the Uninstall key) with the version.
#  2. The installed attache-cli.exe states the version and makes, for the same selections and
#     --date, a PDF and a workbook with the same content as the Linux build of the same sources
#     (build/windows/reference/attache-cli, made by windows-build.sh): the PDF byte-identical
#     or with the same pdftotext text, the workbook byte-identical or with the same cells.
#  3. The installed attache.exe starts under Wine and Xvfb; its screenshot stays in
#     build/windows/attache-windows.png.
#  4. An MSI of the next version (the same programs) replaces it, leaving one entry; the older
#     MSI then refuses to downgrade; msiexec /x removes everything it installed.
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

msi="build/package/attache-$version-windows-amd64.msi"
for f in "$dir/attache-cli.exe" "$dir/attache.exe" "$dir/reference/attache-cli" "$msi"; do
  [ -f "$f" ] || fail "$f is missing; run 'make windows-msi' first."
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

# 1. Install silently, per machine.
# The next version, for the upgrade in step 4: the same programs in an MSI one patch newer.
IFS=. read -r major minor patch <<<"$version"
newer="$major.$minor.$((patch + 1))"
newer_msi="$work/attache-$newer-windows-amd64.msi"
MSI_VERSION=$newer scripts/windows-msi.sh "$newer_msi" >/dev/null
product_code() { msiinfo export "$1" Property | sed -n 's/^ProductCode\t//p' | tr -d '\r'; }
code=$(product_code "$msi") newer_code=$(product_code "$newer_msi")

# Windows paths of what the MSI installs, and where Wine keeps them.
installed="$WINEPREFIX/drive_c/Program Files/Attaché"
# The Start menu shortcut: Windows puts a per-machine install's in the common Start menu
# (ProgramData; the release workflow checks that on a Windows runner), Wine 8 in the Start menu
# of the user who ran msiexec. Either is where people find it.
shortcuts=("$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Attaché.lnk"
  "$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Attaché.lnk")
shortcut_installed() { [ -f "${shortcuts[0]}" ] || [ -f "${shortcuts[1]}" ]; }
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
msiexec() { wine msiexec "$@"; local s=$?; wineserver -w; return $s; }
# The version Apps & features shows for a ProductCode; nothing when it lists no such product.
display_version() { { wine reg query "$uninstall_key\\$1" /v DisplayVersion 2>/dev/null || true; } |
  tr -d '\r' | sed -n 's/.*DisplayVersion *REG_SZ *//p'; }

# A run stopped half-way may have left one installed in the kept prefix: start from none.
for c in "$code" "$newer_code"; do
  [ -n "$(display_version "$c")" ] && msiexec /x "$c" /qn
done
[ ! -e "$installed" ] || fail "$installed is still there before installing (left by an earlier run?); remove $WINEPREFIX and run again."

start=$SECONDS
msiexec /i "$(winepath -w "$msi")" /qn /l*v "$(winepath -w "$work/install.log")" ||
  fail "msiexec /i $msi /qn failed (status $?); see $work/install.log"
took=$((SECONDS - start))
for f in attache.exe attache-cli.exe LICENSE.txt; do
  [ -f "$installed/$f" ] || fail "after msiexec /i, C:\\Program Files\\Attaché\\$f is missing; see $work/install.log"
done
cmp -s "$installed/attache.exe" "$dir/attache.exe" || fail "the installed attache.exe is not build/windows/attache.exe."
shortcut_installed || fail "after msiexec /i, the Start menu shortcut Attaché.lnk is missing (looked in ${shortcuts[*]})."
got=$(display_version "$code")
[ "$got" = "$version" ] || fail "Apps & features (Uninstall\\$code) shows version '$got', want $version."
echo "windows-check: msiexec /i $(basename "$msi") /qn installed Attaché $version per machine in ${took}s: C:\Program Files\Attaché\{attache.exe,attache-cli.exe,LICENSE.txt}, Start menu shortcut, Apps & features entry $code"

# 2. The installed command line.
cli="$installed/attache-cli.exe"
got=$(wine "$cli" --version | tr -d '\r')
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
  (cd "$work/windows" && wine "$cli" "${export_args[@]}" >/dev/null) ||
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

# 3. The installed desktop app.
shot="$dir/attache-windows.png"
echo "windows-check: starting the installed attache.exe under Wine and Xvfb"
# A fresh wineserver: one left from the CLI runs above has a desktop without an X display,
# and a window opened through it fails ("Win32: Failed to create helper window").
wineserver -k 2>/dev/null || true
wineserver -w 2>/dev/null || true
if HOME="$PWD/$work/home" scripts/package-screenshot.sh "$shot" "${SCREENSHOT_TIMEOUT:-180}" -- wine "$installed/attache.exe"; then
  status=0
else
  status=$?
fi
wineserver -k 2>/dev/null || true
if [ $status -ne 0 ]; then
  [ "${WINDOWS_GUI_OPTIONAL:-0}" = 1 ] || fail "attache.exe did not draw its window under Wine; see ${shot%.png}.log"
  echo "windows-check: WARNING: attache.exe did not draw its window under Wine; see ${shot%.png}.log" >&2
fi
# 4. Upgrade, refused downgrade, uninstall.
msiexec /i "$(winepath -w "$newer_msi")" /qn /l*v "$(winepath -w "$work/upgrade.log")" ||
  fail "msiexec /i of the newer MSI ($newer) failed; see $work/upgrade.log"
[ -z "$(display_version "$code")" ] || fail "after installing $newer, Apps & features still lists $version ($code): the upgrade did not replace it."
got=$(display_version "$newer_code")
[ "$got" = "$newer" ] || fail "after the upgrade, Apps & features shows '$got' for $newer_code, want $newer."
[ -f "$installed/attache.exe" ] && shortcut_installed || fail "after the upgrade to $newer, the program or its shortcut is missing."
echo "windows-check: an MSI of $newer replaced $version: one entry in Apps & features, $newer"
if msiexec /i "$(winepath -w "$msi")" /qn /l*v "$(winepath -w "$work/downgrade.log")"; then
  fail "the older MSI ($version) installed over $newer; it must refuse to downgrade."
fi
[ "$(display_version "$newer_code")" = "$newer" ] || fail "the refused downgrade changed the installed version."
echo "windows-check: the $version MSI refuses to replace $newer"
msiexec /x "$newer_code" /qn /l*v "$(winepath -w "$work/uninstall.log")" ||
  fail "msiexec /x $newer_code /qn failed; see $work/uninstall.log"
[ ! -e "$installed/attache.exe" ] && [ ! -e "$installed/attache-cli.exe" ] ||
  fail "after msiexec /x, the programs are still in $installed."
! shortcut_installed || fail "after msiexec /x, the Start menu shortcut is still there."
[ -z "$(display_version "$newer_code")" ] || fail "after msiexec /x, Apps & features still lists Attaché."
echo "windows-check: msiexec /x /qn removed the programs, the shortcut and the Apps & features entry"
echo "windows-check: ok"
