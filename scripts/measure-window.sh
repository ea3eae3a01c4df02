#!/usr/bin/env bash
# Start-up and idle cost of a window, measured from outside under Xvfb:
#   - start-up: exec → window viewable (xdotool search --onlyvisible --pid).
#     The programs take turns, start by start (round r starts each once, in
#     turn, the order reversed every other round), so a busy moment of the
#     machine hits all of them alike. Per program: median and quartiles of
#     REPEATS starts. Against the first program (the floor): each program's
#     start over the first's in the same round, as median and quartiles;
#   - idle: once the window is up and has settled, IDLE seconds with no input:
#     frames drawn (lines the program appends to $CX_RECIPE_FRAME_LOG, one per
#     frame; "n/a" if it does not write that file), CPU ticks used (utime +
#     stime from /proc/PID/stat, all threads) and peak RSS (VmHWM).
#
#   scripts/measure-window.sh [-n REPEATS] [-i IDLE_S] [-s SETTLE_S] [COMMAND]...
#
# Each COMMAND is one string, split on spaces. Default: the bare eframe
# window (the framework's floor) and the app on the ideal-cx recipe:
#   "target/release/examples/hello" "target/release/cx-recipe recipes/ideal-cx.ron"
# Build them first: cargo build --release --bins --examples
#
# A command that fails to show a window gets a row saying so; the others are
# still measured. Installs Xvfb and friends from Debian's packages when they
# are missing (needs root). Prints a table.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2

repeats=21 idle_s=10 settle_s=2
while getopts "n:i:s:h" opt; do
  case $opt in
    n) repeats=$OPTARG ;;
    i) idle_s=$OPTARG ;;
    s) settle_s=$OPTARG ;;
    *) sed -n '2,27p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
commands=("$@")
if [ ${#commands[@]} -eq 0 ]; then
  commands=("target/release/examples/hello" "target/release/cx-recipe recipes/ideal-cx.ron")
fi

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xdpyinfo >/dev/null || need+=(x11-utils)
dpkg -s libxkbcommon-x11-0 >/dev/null 2>&1 || need+=(libxkbcommon-x11-0)
dpkg -s libgl1-mesa-dri >/dev/null 2>&1 || need+=(libgl1-mesa-dri libegl1 libegl-mesa0 libgl1)
dpkg -s libxcursor1 >/dev/null 2>&1 || need+=(libxcursor1 libxi6 libx11-xcb1)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null 2>&1 \
    || { echo "could not install ${need[*]}" >&2; exit 2; }
fi

work=$(mktemp -d)
d=90
while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null
  kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=":$d"
unset WAYLAND_DISPLAY
# Settings, caches and recovery files of the programs stay in here.
export XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/data" \
  XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
# The pointer in a corner, away from the windows (they open at the top left).
xdotool mousemove 1279 799 2>/dev/null

clk_tck=$(getconf CLK_TCK)
now_ns() { date +%s%N; }

# Starts "$@" with the frame log $frame_log; sets app_pid and shown_ms
# (empty when no window appeared within 30 s or the program exited).
start_and_wait() {
  rm -f "$frame_log"
  local t0
  t0=$(now_ns)
  CX_RECIPE_FRAME_LOG="$frame_log" "$@" >"$work/out.log" 2>&1 &
  app_pid=$!
  shown_ms=""
  local deadline=$((t0 + 30000000000))
  while [ "$(now_ns)" -lt "$deadline" ]; do
    kill -0 "$app_pid" 2>/dev/null || { wait "$app_pid" 2>/dev/null; app_pid=""; return; }
    if xdotool search --onlyvisible --pid "$app_pid" >/dev/null 2>&1; then
      shown_ms=$((($(now_ns) - t0) / 1000000))
      return
    fi
    sleep 0.01
  done
}

stop_app() {
  [ -n "$app_pid" ] || return
  kill "$app_pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.05; done
  kill -9 "$app_pid" 2>/dev/null
  wait "$app_pid" 2>/dev/null
  app_pid=""
}

# utime + stime of all threads; the name in field 2 may hold spaces.
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
frames() { if [ -f "$frame_log" ]; then wc -l <"$frame_log" | tr -d ' '; else echo "n/a"; fi; }

# Quartiles (nearest rank) of numbers on stdin: "q1 median q3".
quartiles() { sort -g | awk '{ a[NR] = $1 } END {
  if (NR == 0) { print "- - -"; exit }
  q1 = a[int((NR - 1) * 0.25) + 1]; q3 = a[int((NR - 1) * 0.75 + 0.5) + 1]
  med = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
  print q1, med, q3 }'; }

n=${#commands[@]}
labels=()
declare -A times failed
for i in $(seq 0 $((n - 1))); do
  read -r -a argv <<<"${commands[$i]}"
  label=$(basename "${argv[0]}")
  labels+=("$label")
  times[$i]=""
  [ -x "${argv[0]}" ] || failed[$i]="not built (${argv[0]})"
done
notes=()

echo "start-up: $repeats rounds of ${n} programs, taking turns" >&2
for round in $(seq 1 "$repeats"); do
  order=$(seq 0 $((n - 1)))
  [ $((round % 2)) -eq 0 ] && order=$(seq $((n - 1)) -1 0)
  for i in $order; do
    [ -z "${failed[$i]:-}" ] || continue
    read -r -a argv <<<"${commands[$i]}"
    frame_log="$work/frames-$i.log"
    start_and_wait "${argv[@]}"
    if [ -z "$shown_ms" ] && ! xdpyinfo >/dev/null 2>&1; then
      # The X server went away (something else on the machine ended it):
      # start it again and repeat this start, and say so.
      notes+=("round $round: the X server had gone; restarted it and repeated ${labels[$i]}'s start")
      stop_app
      Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
      xvfb_pid=$!
      for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
      start_and_wait "${argv[@]}"
    fi
    if [ -z "$shown_ms" ] && grep -q "connection to X server" "$work/out.log"; then
      # Seen here now and then on a busy Xvfb: the connection is refused
      # once. Try that start again, and say so.
      notes+=("round $round: ${labels[$i]} could not connect to the X server; its start was repeated")
      stop_app
      sleep 0.2
      start_and_wait "${argv[@]}"
    fi
    if [ -z "$shown_ms" ]; then
      failed[$i]="no window (see below)"
      notes+=("${labels[$i]}: no window in round $round; its last output:" "$(tail -n 5 "$work/out.log")")
    fi
    stop_app
    times[$i]="${times[$i]} ${shown_ms:--}"
  done
done

rows=()
for i in $(seq 0 $((n - 1))); do
  label=${labels[$i]}
  if [ -n "${failed[$i]:-}" ]; then
    rows+=("$label|${failed[$i]}|-|-|-|-|-")
    continue
  fi
  read -r q1 med q3 <<<"$(printf '%s\n' ${times[$i]} | quartiles)"
  startup="$med ($q1–$q3)"
  ratio="-"
  if [ "$i" -gt 0 ] && [ -z "${failed[0]:-}" ]; then
    # Round by round: this program's start over the first's.
    read -r -a first <<<"${times[0]}"
    read -r -a this <<<"${times[$i]}"
    read -r r1 rmed r3 <<<"$(for k in "${!first[@]}"; do
      awk -v a="${this[$k]}" -v b="${first[$k]}" 'BEGIN { printf "%.3f\n", a / b }'; done | quartiles)"
    ratio="$rmed ($r1–$r3)"
  fi
  read -r -a argv <<<"${commands[$i]}"
  frame_log="$work/frames-$i.log"
  echo "idle: ${commands[$i]}" >&2
  start_and_wait "${argv[@]}"
  if [ -z "$shown_ms" ]; then
    rows+=("$label|$startup|$ratio|no window on the idle run|-|-|-")
    continue
  fi
  sleep "$settle_s"
  frames0=$(frames)
  ticks0=$(cpu_ticks "$app_pid")
  sleep "$idle_s"
  if ! kill -0 "$app_pid" 2>/dev/null; then
    rows+=("$label|$startup|$ratio|exited while idle|-|-|-")
    app_pid=""
    continue
  fi
  frames1=$(frames)
  ticks1=$(cpu_ticks "$app_pid")
  hwm_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$app_pid/status")
  stop_app
  if [ "$frames0" = "n/a" ]; then
    idle_frames="n/a" start_frames="n/a"
  else
    idle_frames=$((frames1 - frames0)) start_frames=$frames0
  fi
  rows+=("$label|$startup|$ratio|$start_frames|$idle_frames|$((ticks1 - ticks0))|$((hwm_kb / 1024))")
done

echo
echo "Xvfb 1280x800, $(nproc) cores, CLK_TCK=$clk_tck; start-up: median (quartiles) of" \
  "$repeats starts taking turns; × first: this program's start over the first's," \
  "round by round; idle: ${idle_s} s with no input, after ${settle_s} s to settle"
fmt='%-14s %-18s %-22s %-10s %-12s %-11s %s\n'
# shellcheck disable=SC2059
printf "$fmt" "program" "start-up ms" "× first (quartiles)" "frames" "idle frames" "idle ticks" "peak RSS MiB"
for row in "${rows[@]}"; do
  IFS='|' read -r -a f <<<"$row"
  # shellcheck disable=SC2059
  printf "$fmt" "${f[0]}" "${f[1]}" "${f[2]}" "${f[3]}" "${f[4]}" "${f[5]}" "${f[6]}"
done
echo
for i in $(seq 0 $((n - 1))); do echo "${labels[$i]} start-ups ms:${times[$i]}"; done
if [ ${#notes[@]} -gt 0 ]; then
  echo
  printf '%s\n' "${notes[@]}"
fi
