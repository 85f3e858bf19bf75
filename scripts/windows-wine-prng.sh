#!/usr/bin/env bash
# Gives a Wine prefix the bcryptprimitives.dll that Go programs need, when the installed Wine
# lacks it. Go's Windows runtime (1.22 and later) loads ProcessPrng from bcryptprimitives.dll,
# which every supported Windows has, but Wine only ships since 9.x; Debian 12's Wine 8.0 does
# not, and every Go program then stops at start with "bcryptprimitives.dll not found". This
# builds a one-function stand-in with MinGW-w64 (ProcessPrng over bcrypt's BCryptGenRandom,
# which Wine 8 has) into the prefix's system32. It changes the test prefix only, never the
# programs under test.
#
#   WINEPREFIX=... scripts/windows-wine-prng.sh
set -euo pipefail

prefix=${WINEPREFIX:?set WINEPREFIX to the Wine prefix to complete}
system32="$prefix/drive_c/windows/system32"
CC_WINDOWS=${CC_WINDOWS:-x86_64-w64-mingw32-gcc}

[ -d "$system32" ] || { echo "windows-wine-prng: $system32 is missing; create the prefix first (wine wineboot --init)." >&2; exit 1; }
[ -e "$system32/bcryptprimitives.dll" ] && exit 0
for dir in /usr/lib/x86_64-linux-gnu/wine/x86_64-windows /usr/lib/wine/x86_64-windows /usr/lib64/wine/x86_64-windows; do
  [ -e "$dir/bcryptprimitives.dll" ] && exit 0 # this Wine has its own
done

src=$(mktemp -d "${TMPDIR:-/tmp}/attache-wine-prng.XXXXXX")
trap 'rm -rf "$src"' EXIT
cat >"$src/bcryptprimitives.c" <<'C'
#include <windows.h>
#include <bcrypt.h>

/* ProcessPrng fills data with len random bytes, as Windows' own does (it cannot fail). */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) < 0) {
            return FALSE;
        }
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
C
"$CC_WINDOWS" -shared -O2 -s -o "$src/bcryptprimitives.dll" "$src/bcryptprimitives.c" -lbcrypt
cp "$src/bcryptprimitives.dll" "$system32/"
echo "windows-wine-prng: this Wine ($(wine --version 2>/dev/null || echo unknown)) has no bcryptprimitives.dll; installed a ProcessPrng stand-in into the test prefix"
