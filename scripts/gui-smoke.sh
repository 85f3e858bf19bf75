#!/usr/bin/env bash
# GUI smoke test: build the real desktop app, start it under Xvfb on the bundled dataset,
# wait until its window is mapped and drawn, take a screenshot and fail when the window is
# blank (too few distinct colours), when the app dies, or when it logs an error. The
# screenshot stays in build/smoke.png and the app's log in build/smoke.log, as artefacts.
#
# Needs: go (with cgo), xvfb-run, ImageMagick (import, identify); xwininfo or xdotool when
# present, else the screenshot is polled until the window shows.
#
# Environment: SMOKE_MIN_COLOURS (default 256), SMOKE_TIMEOUT seconds (default 60).
set -euo pipefail

cd "$(dirname "$0")/.."
out=build
bin="$out/attache"
shot="$out/smoke.png"
log="$out/smoke.log"
min_colours="${SMOKE_MIN_COLOURS:-256}"
timeout="${SMOKE_TIMEOUT:-60}"

for tool in xvfb-run import identify; do
    command -v "$tool" >/dev/null || { echo "gui-smoke: $tool is missing (Debian: apt-get install xvfb imagemagick)" >&2; exit 1; }
done

mkdir -p "$out"
rm -f "$shot" "$log"
echo "gui-smoke: building $bin"
go build -tags migrated_fynedo -o "$bin" .

# A fresh home: no remembered selection or window size, no user fonts, no session bus, not
# even a cache folder (a new account has none; Fyne must not log that it cannot make its
# own in it); and the bare "C" locale that a CI runner has, which the app must start under
# without errors.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home/.config" "$scratch/runtime"
chmod 700 "$scratch/runtime"

export SMOKE_BIN="$bin" SMOKE_SHOT="$shot" SMOKE_LOG="$log" SMOKE_TIMEOUT="$timeout" SMOKE_MIN_COLOURS="$min_colours"
env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    LANG=C HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
    XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
set -u
"$SMOKE_BIN" >"$SMOKE_LOG" 2>&1 &
app=$!

mapped() {
    if command -v xwininfo >/dev/null; then
        xwininfo -root -tree 2>/dev/null | grep -q "\"Attaché"
    elif command -v xdotool >/dev/null; then
        xdotool search --onlyvisible --name "Attaché" >/dev/null 2>&1
    else
        import -window root "$SMOKE_SHOT" 2>/dev/null &&
            [ "$(identify -format %k "$SMOKE_SHOT")" -ge "$SMOKE_MIN_COLOURS" ]
    fi
}

deadline=$((SECONDS + SMOKE_TIMEOUT))
until mapped; do
    if ! kill -0 "$app" 2>/dev/null; then
        echo "gui-smoke: the app exited before its window was mapped" >&2
        exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
        echo "gui-smoke: no window after ${SMOKE_TIMEOUT}s" >&2
        kill "$app" 2>/dev/null
        exit 1
    fi
    sleep 0.5
done
sleep 3 # the first frames, and the preview built in the background
import -window root "$SMOKE_SHOT"
if ! kill -0 "$app" 2>/dev/null; then
    echo "gui-smoke: the app died after mapping its window" >&2
    exit 1
fi
kill "$app"
wait "$app" 2>/dev/null || true
'

colours="$(identify -format %k "$shot")"
echo "gui-smoke: $shot has $colours distinct colours (at least $min_colours wanted)"
if [ "$colours" -lt "$min_colours" ]; then
    echo "gui-smoke: the window looks blank" >&2
    exit 1
fi
# Fyne reports problems as "Fyne error:"; a session without a desktop bus legitimately
# cannot watch the system theme, which is not the app's fault.
if grep -v -e "failed to watch theme settings" -e "dbus-launch" -e "Cause: exec" -e "At: .*app_xdg.go" "$log" |
    grep -q -i -e "error" -e "panic"; then
    echo "gui-smoke: the app logged errors:" >&2
    cat "$log" >&2
    exit 1
fi
echo "gui-smoke: ok"
