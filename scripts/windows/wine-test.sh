#!/usr/bin/env bash
# The Windows programs under Wine, on a fresh Wine prefix:
#   1. the programs: cx-recipew.exe is a GUI-subsystem program and
#      cx-recipe.exe a console one, both with icon, version and manifest;
#   2. the command line gives the Linux build's bytes and exit codes on the
#      shipped recipes (check, summary in every format, fmt, export SVG and
#      PNG, diff, blend, a broken file);
#   3. saving beside other programs (hold-file.exe): 40 saves while a
#      scanner-like reader opens the file 25 times a second, a save during
#      a one-second hold, a read-only recipe refused with "read-only" and
#      left intact;
#   4. the MSI installs per user, the installed program runs `check`, the
#      Start menu entry and Open with are there, and uninstalling removes
#      them;
#   5. the window (needs Xvfb): opens on a fresh profile with a path holding
#      星 at 1366×768, an edit saved with Ctrl+S lands on disk, and it fits
#      1920×1080 at 150 % (LogPixels 144). Screenshots go to SHOTS_DIR.
#
#   scripts/windows/wine-test.sh LINUX_BIN [SHOTS_DIR]
#
# Needs scripts/windows/build.sh and package.sh first. Every Wine call is
# bounded by `timeout`. Exit 0 all passed, 1 a check failed, 2 Wine or the
# build is missing (the caller skips).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
linux_bin=$(realpath "${1:?usage: wine-test.sh LINUX_BIN [SHOTS_DIR]}")
shots=${2:-}
target_dir=$(realpath "${CARGO_TARGET_DIR:-target}")
win_bin="$target_dir/x86_64-pc-windows-gnu/release"
helpers="$target_dir/windows-test"
msi=$(ls "$target_dir"/windows-dist/cx-recipe-*-x64.msi 2>/dev/null | head -n 1 || true)
for f in "$win_bin/cx-recipe.exe" "$win_bin/cx-recipew.exe" "$helpers/bcryptprimitives.dll" \
  "$helpers/hold-file.exe" "$msi"; do
  [ -n "$f" ] && [ -f "$f" ] || { echo "no ${f:-MSI}: run scripts/windows/build.sh and package.sh" >&2; exit 2; }
done
command -v wine >/dev/null || { echo "no wine" >&2; exit 2; }
[ -n "$shots" ] && mkdir -p "$shots" && shots=$(realpath "$shots")

work=$(mktemp -d /tmp/cx-wine.XXXXXX)
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko installer prompts; the ProcessPrng shim over any builtin.
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n,b"
unset DISPLAY
xvfb=""
cleanup() {
  timeout 20 wineserver -k >/dev/null 2>&1 || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# Every Wine call is bounded: a hung program fails its check, never CI.
w() { timeout "${WINE_TIMEOUT:-60}" wine "$@"; }
# The Windows path of a Unix one (Wine's Z: drive).
winpath() { printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"; }

echo "== a fresh Wine prefix"
started=$SECONDS
timeout 300 wine wineboot --init >/dev/null 2>&1 || { echo "wineboot failed" >&2; exit 2; }
# Rust's std imports ProcessPrng, which Wine 8 lacks: the test shim goes
# where every program in this prefix finds it (never into a package).
cp "$helpers/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
# Keep one wineserver for the whole run: each program starts faster.
timeout 600 wineserver -p 60 >/dev/null 2>&1 &
echo "prefix ready in $((SECONDS - started)) s"

# ---------------------------------------------------------------- 1.
echo "== 1. the programs and their resources"
subsystem() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^Subsystem[[:space:]]*//p'; }
case "$(subsystem "$win_bin/cx-recipew.exe")" in
  *"Windows GUI"*) pass "cx-recipew.exe is a GUI-subsystem program (no console window)" ;;
  *) fail "cx-recipew.exe: subsystem $(subsystem "$win_bin/cx-recipew.exe")" ;;
esac
case "$(subsystem "$win_bin/cx-recipe.exe")" in
  *"Windows CUI"*) pass "cx-recipe.exe is a console program (waited for, prints, exit codes)" ;;
  *) fail "cx-recipe.exe: subsystem $(subsystem "$win_bin/cx-recipe.exe")" ;;
esac
for exe in cx-recipe.exe cx-recipew.exe; do
  listing=$(wrestool -l "$win_bin/$exe" 2>/dev/null || true)
  for kind in "type=14" "type=16" "type=24"; do
    grep -q -- "--$kind" <<<"$listing" || fail "$exe has no resource $kind (14 icon group, 16 version, 24 manifest)"
  done
  manifest=$(wrestool -x -R --type=24 "$win_bin/$exe" 2>/dev/null || true)
  for setting in PerMonitorV2 UTF-8 longPathAware 8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a; do
    grep -q "$setting" <<<"$manifest" || fail "$exe's manifest lacks $setting"
  done
  version=$(wrestool -x -R --type=16 "$win_bin/$exe" 2>/dev/null | tr -d '\0' || true)
  grep -q "CX Recipe Designer" <<<"$version" || fail "$exe's version information lacks the product name"
  if objdump -h "$win_bin/$exe" 2>/dev/null | grep -q "\.debug_"; then fail "$exe is not stripped"; fi
done
[ "$failures" -eq 0 ] && pass "both carry an icon, version information and the manifest (DPI v2, UTF-8, long paths, Windows 10/11), stripped"

# ---------------------------------------------------------------- 2.
echo "== 2. the command line: the Linux build's bytes and exit codes"
cli="$work/cli"
mkdir -p "$cli/linux" "$cli/windows"
for side in linux windows; do
  cp recipes/*.ron "$cli/$side/"
  printf '(\n    title: "Broken",\n    ingredients: [\n        (name: "Speed", amount: 2.0, unit: Cup\n' >"$cli/$side/broken.ron"
  # Not in the canonical layout, so that fmt rewrites it.
  sed 's/^    //' recipes/ideal-cx.ron >"$cli/$side/untidy.ron"
done
compared=0
# Runs the same arguments on both sides, each in its own copy of the
# files; compares stdout, stderr, the exit code and any written FILES.
both() {
  local name=$1; shift
  local outputs=()
  while [ "$1" != "--" ]; do outputs+=("$1"); shift; done
  shift
  (cd "$cli/linux" && "$linux_bin" "$@" >"../$name.l.out" 2>"../$name.l.err"; echo $? >"../$name.l.rc") || true
  (cd "$cli/windows" && w "$win_bin/cx-recipe.exe" "$@" >"../$name.w.out" 2>"../$name.w.err"; echo $? >"../$name.w.rc") || true
  local what
  for what in out err rc; do
    cmp -s "$cli/$name.l.$what" "$cli/$name.w.$what" || {
      fail "$name: $what differs ($*)"
      diff <(head -c 2000 "$cli/$name.l.$what") <(head -c 2000 "$cli/$name.w.$what") | head -n 10 >&2 || true
    }
  done
  local f
  for f in "${outputs[@]}"; do
    cmp -s "$cli/linux/$f" "$cli/windows/$f" || fail "$name: $f differs ($*)"
  done
  compared=$((compared + 1))
}
for path in recipes/*.ron; do
  r=$(basename "$path" .ron)
  both "check-$r" -- check "$r.ron"
  for format in text markdown csv json; do
    both "summary-$format-$r" -- summary --format "$format" "$r.ron"
  done
  both "fmt-check-$r" -- fmt --check "$r.ron"
  both "export-svg-$r" "$r.svg" -- export "$r.ron" -o "$r.svg"
  both "export-png-$r" "$r.png" -- export "$r.ron" -o "$r.png"
  both "check-png-$r" -- check "$r.png"
done
both "check-all" -- check --deny-warnings bake-then-cook.ron brand-promise.ron cx-kitchen.ron ideal-cx.ron star-chef.ron
both "check-broken" -- check broken.ron ideal-cx.ron
both "fmt-untidy" untidy.ron -- fmt untidy.ron
both "diff" -- diff ideal-cx.ron star-chef.ron
both "blend" team.ron -- blend ideal-cx.ron star-chef.ron cx-kitchen.ron -o team.ron
both "blend-markdown" team-md.ron -- blend --format markdown ideal-cx.ron brand-promise.ron -o team-md.ron
both "usage-error" -- export ideal-cx.ron -o chart.jpg
both "version" -- --version
both "help" -- --help
# A missing file: the system's words differ ("No such file…" / "The
# system cannot find…"), the exit code must not.
(cd "$cli/windows" && w "$win_bin/cx-recipe.exe" check missing.ron >/dev/null 2>&1; echo $? >../missing.rc) || true
[ "$(cat "$cli/missing.rc")" = 2 ] || fail "check of a missing file: exit $(cat "$cli/missing.rc"), expected 2"
[ "$failures" -eq 0 ] && pass "$compared command lines give Linux's bytes, files and exit codes"

# ---------------------------------------------------------------- 3.
echo "== 3. saving beside programs that hold the file open"
saves="$work/saves"
mkdir -p "$saves"
cp recipes/ideal-cx.ron recipes/star-chef.ron "$saves/"
"$linux_bin" export "$saves/star-chef.ron" -o "$saves/expected.svg"
cp "$saves/expected.svg" "$saves/held.svg"
# Starts hold-file.exe in the background and waits until it holds the file.
holder=""
hold() {
  w "$helpers/hold-file.exe" "$@" >"$saves/holder.out" 2>&1 &
  holder=$!
  for _ in $(seq 200); do grep -q ready "$saves/holder.out" 2>/dev/null && return 0; sleep 0.05; done
  fail "hold-file.exe did not start: $(cat "$saves/holder.out")"
}
hold scan "$(winpath "$saves/held.svg")" 60
failed_saves=0
started=$SECONDS
for i in $(seq 40); do
  if [ $((i % 2)) -eq 0 ]; then source=star-chef.ron; else source=ideal-cx.ron; fi
  if ! (cd "$saves" && w "$win_bin/cx-recipe.exe" export "$source" -o held.svg >/dev/null 2>"$saves/save.err"); then
    failed_saves=$((failed_saves + 1))
    echo "  save $i failed: $(cat "$saves/save.err")" >&2
  fi
done
kill "$holder" 2>/dev/null || true; wait "$holder" 2>/dev/null || true
echo "  40 saves in $((SECONDS - started)) s beside a reader that $(grep -o 'opened.*' "$saves/holder.out" | tail -n 1 || true)"
if [ "$failed_saves" -eq 0 ] && cmp -s "$saves/held.svg" "$saves/expected.svg"; then
  pass "40 saves beside a scanner-like reader all succeeded, the last one's bytes on disk"
else
  fail "$failed_saves of 40 saves beside a scanner-like reader failed"
fi
leftovers=$(find "$saves" -name '.*.tmp' | wc -l)
[ "$leftovers" -eq 0 ] || fail "$leftovers temporary files left beside the target"

sed 's/^    //' recipes/ideal-cx.ron >"$saves/held.ron"
hold hold "$(winpath "$saves/held.ron")" 1000
before=$(date +%s%N)
if (cd "$saves" && w "$win_bin/cx-recipe.exe" fmt held.ron >/dev/null 2>"$saves/save.err"); then
  took=$((($(date +%s%N) - before) / 1000000))
  wait "$holder" 2>/dev/null || true
  if cmp -s "$saves/held.ron" recipes/ideal-cx.ron; then
    pass "a save during a one-second hold succeeded (${took} ms, waiting for the holder to let go)"
  else
    fail "the save during a hold wrote something else"
  fi
else
  fail "a save during a one-second hold failed: $(cat "$saves/save.err")"
  wait "$holder" 2>/dev/null || true
fi

sed 's/^    //' recipes/ideal-cx.ron >"$saves/locked.ron"
cp "$saves/locked.ron" "$saves/locked.before"
w attrib +r "$(winpath "$saves/locked.ron")" >/dev/null 2>&1 || true
set +e
(cd "$saves" && w "$win_bin/cx-recipe.exe" fmt locked.ron >/dev/null 2>"$saves/locked.err")
status=$?
set -e
message=$(cat "$saves/locked.err")
if [ "$status" -eq 2 ] && grep -q "read-only" <<<"$message" && grep -q "locked.ron" <<<"$message" \
  && ! grep -q "\.tmp" <<<"$message" && cmp -s "$saves/locked.ron" "$saves/locked.before"; then
  pass "a read-only recipe is refused in words and left intact: $message"
else
  fail "read-only recipe: exit $status, message: $message"
fi

# ---------------------------------------------------------------- 4.
echo "== 4. the MSI: per user, Start menu, Open with, check, uninstall"
user=$(w cmd /c echo %USERNAME% 2>/dev/null | tr -d '\r' || true)
local_app="$WINEPREFIX/drive_c/users/$user/AppData/Local"
installed="$local_app/Programs/CX Recipe Designer"
start_menu="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
if WINE_TIMEOUT=180 w msiexec /i "$(winpath "$msi")" /qn >/dev/null 2>&1; then
  pass "msiexec /i $(basename "$msi") /qn installed it (per user, no elevation asked)"
else
  fail "msiexec /i failed"
fi
for f in cx-recipe.exe cx-recipew.exe README.md; do
  [ -f "$installed/$f" ] || fail "not installed: $installed/$f"
done
[ -f "$start_menu/CX Recipe Designer.lnk" ] && pass "the Start menu entry is there" \
  || fail "no Start menu entry in $start_menu"
grep -a -q "cx-recipew.exe" "$start_menu/CX Recipe Designer.lnk" 2>/dev/null \
  || fail "the Start menu entry does not start cx-recipew.exe"
reg_has() { w reg query "$1" 2>/dev/null | tr -d '\r' | grep -q "$2"; }
reg_has 'HKCU\Software\Classes\.ron\OpenWithProgids' CXRecipeDesigner.Recipe || fail "no Open with for .ron"
reg_has 'HKCU\Software\Classes\.png\OpenWithProgids' CXRecipeDesigner.Chart || fail "no Open with for .png"
reg_has 'HKCU\Software\Classes\.svg\OpenWithProgids' CXRecipeDesigner.Chart || fail "no Open with for .svg"
reg_has 'HKCU\Software\Classes\CXRecipeDesigner.Recipe\shell\open\command' 'cx-recipew.exe' \
  || fail "the recipe type does not open with cx-recipew.exe"
# Offered, not taken over: .ron has no default program of ours.
if reg_has 'HKCU\Software\Classes\.ron' 'REG_SZ.*CXRecipe'; then fail ".ron was made ours by default"; fi
out=$(cd "$cli/windows" && w "C:\\users\\$user\\AppData\\Local\\Programs\\CX Recipe Designer\\cx-recipe.exe" check ideal-cx.ron 2>&1 | tr -d '\r') \
  && [ "$out" = "ok ideal-cx.ron (5 ingredients)" ] && pass "the installed program runs check: $out" \
  || fail "the installed program's check said: $out"
case "$(subsystem "$installed/cx-recipew.exe")" in
  *"Windows GUI"*) pass "the Start menu's program is a GUI-subsystem program with an icon and version information" ;;
  *) fail "the installed cx-recipew.exe is not a GUI program" ;;
esac
WINE_TIMEOUT=180 w msiexec /x "$(winpath "$msi")" /qn >/dev/null 2>&1 || fail "msiexec /x failed"
left=()
[ -e "$installed" ] && left+=("$installed")
[ -e "$start_menu/CX Recipe Designer.lnk" ] && left+=("the Start menu entry")
reg_has 'HKCU\Software\Classes\.ron\OpenWithProgids' CXRecipeDesigner && left+=("Open with for .ron")
w reg query 'HKCU\Software\CX Recipe Designer' >/dev/null 2>&1 && left+=('HKCU\Software\CX Recipe Designer')
w reg query 'HKCU\Software\Classes\CXRecipeDesigner.Recipe' >/dev/null 2>&1 && left+=("the recipe file type")
if [ ${#left[@]} -eq 0 ]; then pass "uninstalling removed files, Start menu entry and registry keys"
else fail "left after uninstalling: ${left[*]}"; fi

# ---------------------------------------------------------------- 5.
echo "== 5. the window"
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
  echo "skipped: no Xvfb or xdotool"
else
  # A Japanese, Chinese or Korean Windows has fonts for its script (Yu
  # Gothic, Meiryo, Microsoft YaHei, Malgun Gothic); a fresh Wine prefix
  # has none. Debian's Noto Sans CJK in the prefix's font folder stands
  # for them, so the screenshots show the window's fallback at work.
  cjk=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
  if [ -f "$cjk" ]; then
    cp "$cjk" "$WINEPREFIX/drive_c/windows/Fonts/"
  else
    echo "  no $cjk: names in CJK show as boxes in the screenshots"
  fi
  documents="$WINEPREFIX/drive_c/users/$user/Documents/星 recipes"
  mkdir -p "$documents"
  cp recipes/ideal-cx.ron "$documents/星の料理.ron"
  win_file="C:\\users\\$user\\Documents\\星 recipes\\星の料理.ron"
  app=""
  # Starts the window on a screen of $1 and waits for it, for 90 s at most.
  # Wine's virtual desktop of that size stands for the monitor: it draws
  # the window's frame and title bar as Windows would (bare Xvfb has no
  # window manager to draw them).
  open_window() {
    local size=$1 d=""
    # Xvfb picks a free display itself and says which: no race with
    # another X server starting at the same moment.
    rm -f "$work/display"
    Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 200); do d=$(cat "$work/display" 2>/dev/null || true); [ -n "$d" ] && break; sleep 0.05; done
    [ -n "$d" ] || { fail "Xvfb did not start"; return 1; }
    export DISPLAY=":$d"
    for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
    WINE_TIMEOUT=150 w explorer "/desktop=cx,$size" "$win_bin/cx-recipew.exe" "$win_file" >/dev/null 2>&1 &
    app=$!
    wid=""
    for _ in $(seq 900); do
      wid=$(xdotool search --name "CX Recipe Designer" 2>/dev/null | head -n 1 || true)
      [ -n "$wid" ] && break
      sleep 0.1
    done
    [ -n "$wid" ] || { fail "no window on $size"; close_window; return 1; }
    sleep 4   # the first frames, and the fit to the monitor
    xdotool windowfocus --sync "$wid" 2>/dev/null || true
    # A click on the menu bar's empty end: the window takes the keys.
    xdotool mousemove --window "$wid" 700 45 click 1 2>/dev/null || true
    sleep 0.5
  }
  close_window() {
    timeout 20 wineserver -k >/dev/null 2>&1 || true
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true
    xvfb=""; unset DISPLAY
  }
  # Whether the whole window, frame and title bar included, is on a
  # screen of WxH.
  on_screen() {
    local geometry x y width height
    geometry=$(xwininfo -id "$wid" 2>/dev/null | tr -d ' ')
    x=$(sed -n 's/^Absoluteupper-leftX://p' <<<"$geometry")
    y=$(sed -n 's/^Absoluteupper-leftY://p' <<<"$geometry")
    width=$(sed -n 's/^Width://p' <<<"$geometry")
    height=$(sed -n 's/^Height://p' <<<"$geometry")
    echo "  the window: ${width}x${height} at $x,$y on $1"
    [ -n "$x" ] && [ "$x" -ge 0 ] && [ "$y" -ge 0 ] \
      && [ $((x + width)) -le "${1%x*}" ] && [ $((y + height)) -le "${1#*x}" ]
  }
  shot() { [ -n "$shots" ] && import -window root "$shots/$1.png" 2>/dev/null || true; }

  [ -d "$WINEPREFIX/drive_c/users/$user/AppData/Roaming/cx-recipe" ] \
    && fail "the profile is not fresh" || true
  if open_window 1366x768; then
    on_screen 1366x768 && pass "at 1366×768 the whole window is on screen" || fail "the window runs off a 1366×768 screen"
    shot wine-1366x768-open
    xdotool key ctrl+i; sleep 0.5
    xdotool type --delay 30 "Wine edit"; xdotool key Tab; sleep 0.3
    xdotool key ctrl+s
    for _ in $(seq 100); do grep -q "Wine edit" "$documents/星の料理.ron" 2>/dev/null && break; sleep 0.1; done
    sleep 1
    shot wine-1366x768-saved
    if grep -q "Wine edit" "$documents/星の料理.ron"; then
      pass "an edit saved with Ctrl+S through the window landed on disk (a path with 星)"
    else
      fail "the window's save did not reach $documents/星の料理.ron"
    fi
    close_window
  fi
  # 150 %: what Settings > Display > Scale sets, as Wine reads it.
  w reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d 144 /f >/dev/null 2>&1 || true
  w reg add 'HKCC\Software\Fonts' /v LogPixels /t REG_DWORD /d 144 /f >/dev/null 2>&1 || true
  timeout 20 wineserver -k >/dev/null 2>&1 || true
  if open_window 1920x1080; then
    on_screen 1920x1080 && pass "at 1920×1080 and 150 % the whole window is on screen" || fail "the window runs off 1920×1080 at 150 %"
    shot wine-1920x1080-150
    close_window
  fi
fi

echo
if [ "$failures" -eq 0 ]; then
  echo "all Windows checks passed under Wine"
else
  echo "$failures Windows check(s) failed under Wine" >&2
  exit 1
fi
