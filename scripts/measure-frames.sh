#!/usr/bin/env bash
# The longest frame of the real window while it does the slow things at the
# file's limits, from the frame-time log (CX_RECIPE_FRAME_LOG: one line per
# frame, "egui_time_s frame_ms"): saving a 1,000-ingredient recipe,
# exporting it as PNG, and blending 200 files. Each action is given a few
# seconds; the longest frame drawn in that time is reported (goal ≤ 16 ms).
#
#   scripts/measure-frames.sh [APP]     (default target/release/cx-recipe)
#
# No file dialog opens under Xvfb, so the window's typed-path field is used,
# as it is on a system without a desktop portal. Installs Xvfb and xdotool
# from Debian's packages when they are missing (needs root).
set -euo pipefail

app=${1:-target/release/cx-recipe}
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
dpkg -s libgl1-mesa-dri >/dev/null 2>&1 || need+=(libgl1-mesa-dri libegl1 libegl-mesa0 libgl1)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'kill $app_pid $xvfb_pid 2>/dev/null || true; rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys, os
work = sys.argv[1]
def recipe(title, n, seed):
    rows = ",\n".join(
        f'(name: "Ingredient number {i+1}", amount: {1 + (i*7 + seed*11) % 31}, unit: Part, colour: "#{(i*2654435761) % 0xffffff:06x}")'
        for i in range(n))
    return f'(version: 1, title: "{title}", ingredients: [\n{rows}\n])\n'
open(os.path.join(work, "big.ron"), "w").write(recipe("A thousand", 1000, 0))
os.mkdir(os.path.join(work, "team"))
for p in range(200):
    open(os.path.join(work, "team", f"p{p:03}.ron"), "w").write(recipe(f"P{p}", 20, p))
PY

d=97
Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$d"
sleep 1
log="$work/frames.log"
HOME="$work" CX_RECIPE_FRAME_LOG="$log" "$app" "$work/big.ron" >/dev/null 2>&1 &
app_pid=$!
for _ in $(seq 100); do
  wid=$(xdotool search --onlyvisible --pid $app_pid 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  sleep 0.1
done
xdotool windowfocus "$wid"
sleep 3

mark() { wc -l < "$log"; }
longest_since() {
  tail -n +"$(( $1 + 1 ))" "$log" | awk 'BEGIN{m=0;n=0} {n++; if ($2>m) m=$2} END{printf "%d frames, longest %.1f ms\n", n, m}'
}
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.5; }
# Where File and its items are in a 1280x800 window (File ▸ Export chart…,
# File ▸ Blend…), from a screenshot of the open menu.
file_menu() { click 20 12; }

echo "a normal frame: $(longest_since 0)"
start=$(mark)
xdotool key ctrl+s; sleep 3
echo "save, 1,000 ingredients: $(longest_since "$start")"

start=$(mark)
file_menu; click 70 295; sleep 0.5
xdotool key Return; sleep 4
echo "export PNG, 1,000 ingredients: $(longest_since "$start")"

start=$(mark)
file_menu; click 47 417; sleep 0.5
xdotool type --delay 20 "$work/team"; sleep 0.3
xdotool key Return; sleep 5
echo "blend 200 files: $(longest_since "$start")"
