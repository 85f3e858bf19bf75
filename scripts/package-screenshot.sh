#!/usr/bin/env bash
# Starts a desktop program on a virtual X display (Xvfb), waits for its window to draw,
# saves a screenshot of the whole screen and fails if the screen stays blank.
#
#   scripts/package-screenshot.sh OUT.png TIMEOUT_SECONDS -- COMMAND [ARGS...]
#
# "Blank" means fewer than MIN_COLOURS distinct colours (default 64): an empty Xvfb screen
# has one, a drawn Attaché window has hundreds (text antialiasing, the icon, the chart).
# The program's output goes to OUT.log beside the screenshot.
set -euo pipefail

if [ $# -lt 4 ] || [ "$3" != "--" ]; then
  echo "usage: $0 OUT.png TIMEOUT_SECONDS -- COMMAND [ARGS...]" >&2
  exit 2
fi
out=$1 timeout=$2
shift 3

if [ -z "${ATTACHE_SCREENSHOT_DISPLAY:-}" ]; then
  for tool in xvfb-run import convert compare; do
    command -v "$tool" >/dev/null || { echo "package-screenshot: $tool is missing (Debian: xvfb xauth imagemagick)" >&2; exit 1; }
  done
  ATTACHE_SCREENSHOT_DISPLAY=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$out" "$timeout" -- "$@"
fi

min_colours=${MIN_COLOURS:-64}
log="${out%.png}.log"
mkdir -p "$(dirname "$out")"
rm -f "$out"

"$@" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

colours() { convert "$1" -format %k info: 2>/dev/null || echo 0; }

start=$SECONDS
count=0
while [ $((SECONDS - start)) -lt "$timeout" ]; do
  sleep 1
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" && status=0 || status=$?
    echo "package-screenshot: '$*' exited (status $status) before drawing a window; its output ($log):" >&2
    sed 's/^/  /' "$log" >&2
    exit 1
  fi
  import -window root "$out" 2>/dev/null || continue
  count=$(colours "$out")
  if [ "$count" -ge "$min_colours" ]; then
    # The first frames can come before the window has its full size, fonts and chart, and
    # the preview fills in off the UI thread: wait until the screen has stayed the same for
    # three seconds (at most 30 s more).
    prev="${out%.png}.prev.png"
    same=0
    for _ in $(seq 30); do
      mv "$out" "$prev"
      sleep 1
      import -window root "$out"
      changed=$(compare -metric AE "$prev" "$out" null: 2>&1 || true)
      if [ "$changed" = 0 ]; then same=$((same + 1)); else same=0; fi
      [ "$same" -ge 3 ] && break
    done
    rm -f "$prev"
    count=$(colours "$out")
    echo "package-screenshot: window drawn after $((SECONDS - start))s, $count colours: $out"
    if grep -q -e '^panic:' -e '^fatal error:' "$log"; then
      echo "package-screenshot: the program panicked; its output ($log):" >&2
      sed 's/^/  /' "$log" >&2
      exit 1
    fi
    exit 0
  fi
done
echo "package-screenshot: the screen stayed blank for ${timeout}s ($count colours, need $min_colours): $out; program output in $log" >&2
exit 1
