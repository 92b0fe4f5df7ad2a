#!/bin/bash
# Tries the kiosk appliance under systemd itself: a Debian 12 container (debootstrap) booted with systemd as
# its PID 1 (systemd-nspawn -b), install-kiosk.sh run in it as on a real machine, then the unit started,
# its app frozen to see the watchdog restart it, the container booted again to see the kiosk start at boot,
# and the unit stopped. The container has no screen and no tty1: a drop-in puts cage on wlroots' headless
# backend; everything else is the unit as shipped.
#
#   try-in-container.sh --wheel FILE [--find-links DIR] [--dir DIR] [--keep]
#
# Run as root, on Linux, with debootstrap and systemd-container installed and Debian's archive in reach.
# --find-links: a folder with the wheel's dependencies (pip download FILE -d DIR), for a container that
# cannot reach PyPI itself. --dir: the container's folder (default /var/lib/machines/kiosk-try; made once,
# reused). --keep: leave it there afterwards. Says each step; ends with "all tried" or the step that failed.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
UNIT=kiosk-kiosk.service
wheel="" find_links="" dir=/var/lib/machines/kiosk-try keep=no
while [ $# -gt 0 ]; do
    case $1 in
        --wheel) wheel=${2:?--wheel needs a file}; shift 2 ;;
        --find-links) find_links=${2:?--find-links needs a folder}; shift 2 ;;
        --dir) dir=${2:?--dir needs a folder}; shift 2 ;;
        --keep) keep=yes; shift ;;
        *) sed -n '8p' "${BASH_SOURCE[0]}" | sed 's/^# *//'; exit 2 ;;
    esac
done

say() { printf 'try-in-container: %s\n' "$*"; }
fail() { printf 'try-in-container: FAILED: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run me as root"
[ -f "$wheel" ] || fail "give the wheel: --wheel FILE (python3 packaging/dev.py dist makes it)"
if ! command -v debootstrap >/dev/null || ! command -v systemd-nspawn >/dev/null; then
    fail "apt-get install debootstrap systemd-container"
fi

if [ ! -x "$dir/usr/lib/systemd/systemd" ]; then
    say "making a Debian 12 system in $dir (debootstrap)"
    debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,python3,python3-venv,ca-certificates \
        bookworm "$dir" http://deb.debian.org/debian >/dev/null
fi
cp /etc/resolv.conf "$dir/etc/resolv.conf"
rm -rf "$dir/root/try" && mkdir -p "$dir/root/try"
cp "$wheel" "$dir/root/try/"
cp -R "$HERE" "$dir/root/try/linux"
links=()
if [ -n "$find_links" ]; then cp -R "$find_links" "$dir/root/try/wheels"; links=(--find-links /root/try/wheels); fi

nspawn=""
boot() {
    systemd-nspawn -b -D "$dir" --console=pipe --register=no --keep-unit >"$dir.console.log" 2>&1 &
    nspawn=$!
    for _ in $(seq 100); do
        init=$(pgrep -P "$nspawn" || true)
        if [ -n "$init" ] && inside true 2>/dev/null; then break; fi
        sleep 0.2
    done
    [ -n "$init" ] || fail "the container did not boot (see $dir.console.log)"
    inside systemctl is-system-running --wait >/dev/null || true
    say "booted: systemd $(inside systemctl --version | head -1 | cut -d' ' -f2) is PID 1 in the container"
}
inside() { nsenter -t "$init" -a env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }
poweroff() {
    inside systemctl poweroff >/dev/null 2>&1 || true
    wait "$nspawn" 2>/dev/null || true
}
shown() { inside systemctl show "$UNIT" -p "$1" --value; }
wait_for() {  # wait_for SECONDS COMMAND...: until the command succeeds (run again each time), or give up
    local seconds=$1; shift
    for _ in $(seq $((seconds * 5))); do "$@" && return 0; sleep 0.2; done
    return 1
}
ready() { [ "$(shown ActiveState)" = active ] && [ -n "$(shown StatusText)" ]; }
trap 'if [ -n "$nspawn" ] && kill -0 "$nspawn" 2>/dev/null; then poweroff; fi' EXIT

boot
say "install-kiosk.sh --wheel $(basename "$wheel"), as on a real machine"
inside bash /root/try/linux/install-kiosk.sh --wheel "/root/try/$(basename "$wheel")" "${links[@]}" \
    | sed 's/^/    /'
inside mkdir -p "/etc/systemd/system/$UNIT.d"
inside tee "/etc/systemd/system/$UNIT.d/headless.conf" >/dev/null <<'EOF'
# try-in-container.sh: this container has no screen, no tty1 and no input devices.
[Unit]
ConditionPathExists=
[Service]
TTYPath=
StandardInput=null
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
UtmpIdentifier=
Environment=WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman
EOF
inside systemctl daemon-reload

started=$(date +%s%N)
inside systemctl restart "$UNIT" || fail "systemctl restart $UNIT (journalctl -u $UNIT in the container)"
ready || fail "$UNIT is $(shown ActiveState) after its start"
say "started: $UNIT is active in $(( ($(date +%s%N) - started) / 1000000 )) ms, saying \"$(shown StatusText)\""

main=$(shown MainPID)
app=$(inside pgrep -P "$main")
before=$(shown NRestarts)
inside kill -STOP "$app"
frozen=$(date +%s)
say "froze the app (pid $app in the container; WatchdogSec=$(shown WatchdogUSec))"
restarted() { [ "$(shown NRestarts)" -gt "$before" ]; }
wait_for 90 restarted || fail "the frozen app was not restarted"
wait_for 60 ready || fail "$UNIT is $(shown ActiveState) after the watchdog's restart"
say "restarted by the watchdog $(( $(date +%s) - frozen )) s after the freeze, ready again"
inside journalctl -u "$UNIT" --no-pager -o cat | grep -E "Watchdog timeout|SIGABRT" | sed 's/^/    /'

poweroff
say "powered off; booting again"
boot
wait_for 60 ready || fail "$UNIT did not start at boot: $(shown ActiveState)"
say "at boot: $UNIT is active, saying \"$(shown StatusText)\""

started=$(date +%s%N)
inside systemctl stop "$UNIT"
left=$(inside pgrep -c -f "cage|kiosk --face" || true)
if [ "$(shown Result)" != success ] || [ "${left:-0}" -ne 0 ]; then
    fail "the stop: result $(shown Result), $left processes left"
fi
say "stopped in $(( ($(date +%s%N) - started) / 1000000 )) ms: result success, nothing left behind"

poweroff
nspawn=""
if [ "$keep" = no ]; then rm -rf "$dir" "$dir.console.log"; fi
say "all tried"
