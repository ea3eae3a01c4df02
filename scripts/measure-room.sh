#!/usr/bin/env bash
# The longest frame of the real window while participants' answers stream
# into a room opened in it, from the frame-time log (CX_RECIPE_FRAME_LOG:
# one line per frame, "egui_time_s frame_ms"). The window listens on
# 127.0.0.1 only (CX_RECIPE_ROOM_BIND); a script submits 200 answers from
# 200 loopback addresses (127.0.x.y, scripts/room-answers.py, so each is its own device under the
# room's per-device caps) spread over 10 seconds, twice: first with the
# room screen showing (the counter), then with the blend screen following
# the room (each new answer read and blended again, on a worker past 20).
# Goal: every frame ≤ 16 ms.
#
#   scripts/measure-room.sh [APP]     (default target/release/cx-recipe)
#
# The room opens as a facilitator opens it from the keyboard: F5, R, Enter.
# Its address is read back through Copy address and the clipboard (xclip).
# Installs Xvfb, xdotool and xclip from Debian's packages when missing
# (needs root).
set -euo pipefail

app=${1:-target/release/cx-recipe}
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xclip >/dev/null || need+=(xclip)
dpkg -s libgl1-mesa-dri >/dev/null 2>&1 || need+=(libgl1-mesa-dri libegl1 libegl-mesa0 libgl1)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
app_pid="" xvfb_pid=""
trap 'kill $app_pid $xvfb_pid 2>/dev/null || true; rm -rf "$work"' EXIT
cat > "$work/our-cx.ron" <<'RON'
(version: 1, title: "Our CX", ingredients: [
(name: "Efficiency", amount: 1, unit: Part, colour: "#1f77b4", tag: Some(Baking)),
(name: "Speed", amount: 1, unit: Part, colour: "#ff7f0e"),
(name: "Storytelling", amount: 1, unit: Part, colour: "#9467bd", tag: Some(Cooking)),
])
RON

d=90
while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$d"
sleep 1
log="$work/frames.log"
HOME="$work" CX_RECIPE_FRAME_LOG="$log" CX_RECIPE_ROOM_BIND=127.0.0.1 \
  "$app" "$work/our-cx.ron" >/dev/null 2>&1 &
app_pid=$!
wid=""
for _ in $(seq 600); do
  wid=$(xdotool search --onlyvisible --pid $app_pid 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  sleep 0.1
done
[ -n "$wid" ] || { echo "the window did not appear" >&2; exit 2; }
xdotool windowfocus "$wid"
sleep 2

mark() { wc -l < "$log"; }
longest_since() {
  tail -n +"$(( $1 + 1 ))" "$log" | sort -k2 -g | awk '
    { v[NR] = $2 } END {
      if (NR == 0) { print "no frames"; exit }
      printf "%d frames, median %.1f ms, longest %.1f ms\n", NR, v[int((NR + 1) / 2)], v[NR] }'
}

# F5 presents, R shows the room screen, Enter opens the room.
xdotool key F5; sleep 0.5
xdotool key r; sleep 0.5
xdotool key Return; sleep 1
# Copy address and Show the blend, where the room screen's bar has them
# in a 1280x800 window (from a screenshot of it).
xdotool mousemove 707 38 click 1; sleep 0.5
address=$(xclip -o -selection clipboard)
case "$address" in
  http://127.0.0.1:*/*/) ;;
  *) echo "no room address on the clipboard: '$address'" >&2; exit 2 ;;
esac
echo "room: $address"

# 200 answers from 200 loopback addresses within 10 seconds.
submit() { python3 "$(dirname "$0")/room-answers.py" "$address" "$1" 200 0.05; }

echo "a frame at rest: $(longest_since 0)"
start=$(mark)
submit 0
sleep 1
echo "200 answers, the room screen showing: $(longest_since "$start")"

xdotool mousemove 942 38 click 1; sleep 2
start=$(mark)
submit 200
sleep 3
echo "200 more, the blend following the room: $(longest_since "$start")"
