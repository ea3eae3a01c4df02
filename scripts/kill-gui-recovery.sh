#!/usr/bin/env bash
# Crash recovery, proven on the real window: edit, wait for the recovery copy,
# kill -9 the app, start it again, accept the offer (Enter), save through the
# path field, and check the saved file holds the edit.
#
#   scripts/kill-gui-recovery.sh [BINARY]      (default target/release/cx-recipe)
#
# Needs Xvfb and xdotool (installed from Debian's packages if missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/cx-recipe}
[ -x "$bin" ] || { echo "FAIL: no $bin: build it first (cargo build)" >&2; exit 1; }

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xdpyinfo >/dev/null || need+=(x11-utils)
dpkg -s libxkbcommon-x11-0 >/dev/null 2>&1 || need+=(libxkbcommon-x11-0)
dpkg -s libgl1-mesa-dri >/dev/null 2>&1 || need+=(libgl1-mesa-dri libegl1 libegl-mesa0 libgl1)
dpkg -s libxcursor1 >/dev/null 2>&1 || need+=(libxcursor1 libxi6 libx11-xcb1 libxrandr2)
if [ ${#need[@]} -gt 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null 2>&1 \
    || { echo "could not install ${need[*]}" >&2; exit 2; }
fi

work=$(mktemp -d)
xvfb="" app=""
# Stops the X server and waits until it has gone (SIGKILL if it does not
# go): a server still shutting down keeps its sockets, and the next one
# started on the same number is then unreachable for the app.
stop_x() {
  [ -n "$xvfb" ] || return 0
  kill "$xvfb" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$xvfb" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  xvfb=""
}
cleanup() { [ -n "$app" ] && kill -9 "$app" 2>/dev/null; stop_x; rm -rf "$work"; }
trap cleanup EXIT
# Xvfb picks a free display itself and says which (-displayfd); the
# server counts as started once a client has connected to it.
start_x() {
  rm -f "$work/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
  xvfb=$!
  local d=""
  for _ in $(seq 200); do d=$(cat "$work/display" 2>/dev/null || true); [ -n "$d" ] && break; sleep 0.05; done
  [ -n "$d" ] || { echo "Xvfb did not start" >&2; exit 1; }
  export DISPLAY=":$d"
  for _ in $(seq 200); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.05; done
  echo "Xvfb on $DISPLAY accepts no client" >&2; exit 1
}
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" HOME="$work"
unset DBUS_SESSION_BUS_ADDRESS  # no portal: the app asks for a path itself
start_x

# Set SHOTS=DIR to keep a screenshot of each step.
shot() { [ -n "${SHOTS:-}" ] && import -window root "$SHOTS/$1.png" || true; }

# Starts the app and waits for its window. An app that could not reach the
# X server (seen here about once in five runs on a busy machine, the server
# having answered xdpyinfo) is started again on a fresh server, up to three
# times; the recipe's recovery copy is on disk, so nothing depends on the
# server.
start_app() {
  for attempt in 1 2 3; do
    "$bin" & app=$!
    for _ in $(seq 400); do
      wid=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -n 1 || true)
      if [ -n "$wid" ]; then xdotool windowfocus --sync "$wid" 2>/dev/null || true; return 0; fi
      kill -0 "$app" 2>/dev/null || break
      sleep 0.05
    done
    kill -9 "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""
    echo "no window on attempt $attempt: a fresh X server" >&2
    stop_x
    start_x
  done
  echo "FAIL: no window" >&2; exit 1
}

start_app
sleep 1
xdotool key ctrl+i          # add an ingredient; its name takes the keys
sleep 0.3
xdotool type --delay 20 " survives kill -9"
xdotool key Tab
folder="$XDG_DATA_HOME/cx-recipe"
copy=""
for _ in $(seq 100); do
  copy=$(grep -l "survives kill -9" "$folder"/recovery-*.ron 2>/dev/null | head -n 1 || true)
  [ -n "$copy" ] && break
  sleep 0.1
done
[ -n "$copy" ] || { echo "FAIL: no recovery copy with the edit in $folder" >&2; exit 1; }
echo "recovery copy written: $(wc -c < "$copy") bytes"

kill -9 "$app"; wait "$app" 2>/dev/null || true; app=""
echo "killed with SIGKILL"

start_app
sleep 1
shot 1-offer
xdotool key Return          # "Restore unsaved changes?" -> Restore
sleep 0.5
shot 2-restored
xdotool key ctrl+s          # no dialog here: the path field opens
sleep 0.5
shot 3-path-field
xdotool key ctrl+a
xdotool type --delay 40 "$work/saved.ron"
sleep 1
shot 4-path-typed
xdotool key Return
for _ in $(seq 50); do [ -f "$work/saved.ron" ] && break; sleep 0.1; done
if grep -q "survives kill -9" "$work/saved.ron" 2>/dev/null; then
  echo "PASS: the edit came back after kill -9 and was saved"
  if ls "$folder"/recovery-*.ron >/dev/null 2>&1; then
    echo "FAIL: a recovery copy outlived the save" >&2; exit 1
  fi
  exit 0
fi
echo "FAIL: the restored edit is not in the saved file" >&2
exit 1
