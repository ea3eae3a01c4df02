#!/usr/bin/env bash
# Screenshots of the room screen in the real window under Xvfb, projected
# at 1920x1080 and 1280x800 (the window made the screen's size), with a
# room open on 127.0.0.1 and 12 answers in it.
#
#   scripts/room-shots.sh OUT_DIR [APP]     (default target/debug/cx-recipe)
#
# Writes OUT_DIR/room-WxH.png and room-blend-WxH.png (Show the blend). The address is read back through Copy
# address (xclip); the answers come from scripts/room-answers.py.
set -euo pipefail
out=${1:?OUT_DIR}
app=${2:-target/debug/cx-recipe}
mkdir -p "$out"
for size in 1920x1080 1280x800; do
  w=${size%x*} h=${size#*x}
  work=$(mktemp -d)
  cp "$(dirname "$0")/../recipes/ideal-cx.ron" "$work/ideal-cx.ron"
  d=90
  while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
  Xvfb ":$d" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$d"
  sleep 1
  HOME="$work" CX_RECIPE_ROOM_BIND=127.0.0.1 "$app" "$work/ideal-cx.ron" >/dev/null 2>&1 &
  app_pid=$!
  wid=""
  trap 'kill $app_pid $xvfb_pid 2>/dev/null || true' EXIT
  for _ in $(seq 600); do
    wid=$(xdotool search --onlyvisible --pid $app_pid 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    sleep 0.1
  done
  [ -n "$wid" ] || { echo "the window did not appear" >&2; exit 2; }
  # Again after the window's first frames (it fits itself to the screen).
  for _ in 1 2; do
    xdotool windowmove "$wid" 0 0 windowsize "$wid" "$w" "$h"
    sleep 2
  done
  xdotool windowfocus "$wid"
  xdotool key F5; sleep 0.5; xdotool key r; sleep 0.5; xdotool key Return; sleep 1
  address=$(xdotool mousemove $(( w - 573 )) 38 click 1 >/dev/null; sleep 0.5; xclip -o -selection clipboard)
  python3 "$(dirname "$0")/room-answers.py" "$address" 0 12 0.05 5
  # The banner's ✕ ("Address copied"), then the pointer out of the way.
  xdotool mousemove 38 116 click 1 mousemove "$w" "$h"; sleep 1
  import -window root "$out/room-$size.png"
  # Show the blend: the blend screen following the room.
  xdotool mousemove $(( w - 322 )) 38 click 1 mousemove "$w" "$h"; sleep 2
  import -window root "$out/room-blend-$size.png"
  kill $app_pid $xvfb_pid 2>/dev/null || true
  rm -rf "$work"
  sleep 0.5
done
