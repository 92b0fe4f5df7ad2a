#!/bin/bash
# Turns a Debian 12 or 13 machine into a kiosk that boots into itself: the kiosk face full screen
# under the cage compositor, as the user "kiosk", on tty1, restarted by systemd when it ends or hangs.
#
#   install-kiosk.sh --wheel FILE [--find-links DIR] [--settings FILE] [--start] [--no-apt]
#   install-kiosk.sh --bundle DIR [--settings FILE] [--start] [--no-apt]
#   install-kiosk.sh --uninstall [--purge]
#
# Run as root. Running it again is safe: what is already there is kept (an existing kiosk.toml is
# replaced only by --settings), what changed is updated. See "The kiosk appliance" in the README.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
USER_NAME=kiosk
HOME_DIR=/var/lib/kiosk
PREFIX=/opt/kiosk
UNIT=kiosk-kiosk.service
UNIT_FILE=/etc/systemd/system/$UNIT
ETC=/etc/kiosk
ENV_FILE=$ETC/kiosk.env
# The kiosk user's settings, where `kiosk` run as that user looks (platformdirs' config folder).
CONFIG_DIR=$HOME_DIR/.config/kiosk
CONFIG_FILE=$CONFIG_DIR/kiosk.toml
# Debian's own Python (python3-venv), not one on root's PATH that the user kiosk may not reach.
PYTHON=/usr/bin/python3

# cage 0.1.4 (Debian 12) will not start without Xwayland, and its package does not pull it in.
# procps: pkill, for the unit's ExecStop. seatd: the screen and the input devices for cage (the unit
# has no logind session: it would take the app's READY=1 and watchdog pets away from systemd).
BASE_PACKAGES=(cage xwayland procps seatd fonts-dejavu-core fontconfig
               libgl1-mesa-dri libegl-mesa0)
# What PySide6's Qt needs from the system for its Wayland plugin (found with ldd on its plugins
# and libraries; libwayland-cursor0 and libwayland-egl1 are the ones a bare system lacks).
QT_PACKAGES=(libxkbcommon0 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3
             libwayland-client0 libwayland-cursor0 libwayland-egl1 libx11-6 libxcb1 libgssapi-krb5-2)
# Renamed in Debian 13 (the 64-bit time_t transition): the first name the archive knows is taken.
QT_RENAMED=("libglib2.0-0t64 libglib2.0-0" "libpng16-16t64 libpng16-16")

say() { printf 'install-kiosk: %s\n' "$*"; }
fail() { printf 'install-kiosk: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '5,7p' "${BASH_SOURCE[0]}" | sed 's/^# *//'
    exit "${1:-2}"
}

wheel="" bundle="" find_links="" settings="" start=no apt=yes uninstall=no purge=no
while [ $# -gt 0 ]; do
    case $1 in
        --wheel) wheel=${2:?--wheel needs a file}; shift 2 ;;
        --bundle) bundle=${2:?--bundle needs a folder}; shift 2 ;;
        --find-links) find_links=${2:?--find-links needs a folder}; shift 2 ;;
        --settings) settings=${2:?--settings needs a file}; shift 2 ;;
        --start) start=yes; shift ;;
        --no-apt) apt=no; shift ;;
        --uninstall) uninstall=yes; shift ;;
        --purge) purge=yes; shift ;;
        -h|--help) usage 0 ;;
        *) say "unknown option: $1"; usage ;;
    esac
done

[ "$(id -u)" -eq 0 ] || fail "run me as root (sudo $0 ...)"
[ -r /etc/debian_version ] || fail "this is not Debian: the packages and paths here are Debian's"

systemd_running() { [ -d /run/systemd/system ]; }

reload_systemd() {
    if systemd_running; then
        systemctl daemon-reload
    else
        say "systemd is not running here (a container?): nothing loaded or unloaded now, the change counts from the next boot"
    fi
}

uninstall() {
    if [ -e "$UNIT_FILE" ]; then
        if systemd_running; then
            systemctl disable --now "$UNIT" || true
        else
            systemctl disable "$UNIT" || true
        fi
        rm -f "$UNIT_FILE"
        say "removed $UNIT_FILE"
    fi
    reload_systemd
    systemctl enable getty@tty1.service && say "the login prompt on tty1 is back (getty@tty1)"
    rm -rf "$PREFIX"
    say "removed $PREFIX"
    if [ "$purge" = yes ]; then
        rm -rf "$ETC"
        if id "$USER_NAME" >/dev/null 2>&1; then
            deluser --quiet --remove-home "$USER_NAME" >/dev/null
            say "removed the user $USER_NAME and $HOME_DIR (its settings, store and logs)"
        fi
    else
        say "kept the user $USER_NAME, $HOME_DIR (settings, store, logs) and $ETC: --purge removes them"
    fi
    say "the Debian packages installed for the kiosk stay (cage, xwayland, ...): apt-get remove them if unwanted"
}

if [ "$uninstall" = yes ]; then
    uninstall
    exit 0
fi

if [ -n "$wheel" ] && [ -n "$bundle" ]; then fail "--wheel or --bundle, not both"; fi
if [ -z "$wheel" ] && [ -z "$bundle" ]; then
    if [ -x "$PREFIX/bin/kiosk" ]; then
        say "no --wheel or --bundle: keeping the kiosk installed in $PREFIX"
    else
        say "give the kiosk to install: --wheel FILE (pip wheel) or --bundle DIR (the frozen one-folder bundle)"
        usage
    fi
fi
if [ -n "$wheel" ]; then [ -f "$wheel" ] || fail "no such wheel: $wheel"; fi
if [ -n "$bundle" ]; then [ -x "$bundle/kiosk" ] || fail "no kiosk program in $bundle (a PyInstaller one-folder bundle)"; fi
if [ -n "$settings" ]; then [ -f "$settings" ] || fail "no such settings file: $settings"; fi

# --- packages -----------------------------------------------------------------------------------
available() { apt-cache show --no-all-versions "$1" >/dev/null 2>&1; }

if [ "$apt" = yes ]; then
    say "installing Debian's packages: cage, Xwayland, fonts and Qt's libraries"
    apt-get update -qq
    packages=("${BASE_PACKAGES[@]}" "${QT_PACKAGES[@]}")
    for choices in "${QT_RENAMED[@]}"; do
        picked=""
        for name in $choices; do
            if available "$name"; then picked=$name; break; fi
        done
        [ -n "$picked" ] || fail "none of these packages is in the archive: $choices"
        packages+=("$picked")
    done
    if [ -n "$wheel" ]; then packages+=(python3 python3-venv); fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    say "packages in place: ${packages[*]}"
fi
command -v cage >/dev/null || fail "cage is not installed (leave out --no-apt, or apt-get install cage)"
command -v seatd >/dev/null || fail "seatd is not installed (leave out --no-apt, or apt-get install seatd)"

# --- the user -----------------------------------------------------------------------------------
if id "$USER_NAME" >/dev/null 2>&1; then
    say "the user $USER_NAME is there already"
else
    adduser --system --group --home "$HOME_DIR" --shell /usr/sbin/nologin \
            --comment "loyalty kiosk" "$USER_NAME" >/dev/null
    say "made the system user $USER_NAME (home $HOME_DIR, no password, no login shell)"
fi
install -d -o "$USER_NAME" -g "$USER_NAME" -m 0700 "$HOME_DIR"

# --- the app ------------------------------------------------------------------------------------
install -d -m 0755 "$PREFIX" "$PREFIX/bin"
if [ -n "$wheel" ]; then
    if [ ! -x "$PREFIX/venv/bin/python" ]; then
        "$PYTHON" -m venv "$PREFIX/venv"
        say "made the virtual environment $PREFIX/venv ($("$PYTHON" --version))"
    fi
    pip_args=(--quiet --disable-pip-version-check)
    if [ -n "$find_links" ]; then pip_args+=(--no-index --find-links "$find_links"); fi
    # Its dependencies first, then this very wheel again even when its version is the one installed.
    "$PREFIX/venv/bin/pip" install "${pip_args[@]}" "$wheel"
    "$PREFIX/venv/bin/pip" install "${pip_args[@]}" --force-reinstall --no-deps "$wheel"
    rm -rf "$PREFIX/bundle"
    ln -sfn "$PREFIX/venv/bin/kiosk" "$PREFIX/bin/kiosk"
    say "installed $(basename "$wheel") into $PREFIX/venv"
elif [ -n "$bundle" ]; then
    rm -rf "$PREFIX/bundle.new"
    # root's files, readable by all (the user kiosk runs them), whoever built the bundle with whatever umask.
    cp -R --preserve=mode,timestamps "$bundle" "$PREFIX/bundle.new"
    chown -R root:root "$PREFIX/bundle.new"
    chmod -R a+rX,go-w "$PREFIX/bundle.new"
    rm -rf "$PREFIX/bundle" "$PREFIX/venv"
    mv "$PREFIX/bundle.new" "$PREFIX/bundle"
    ln -sfn "$PREFIX/bundle/kiosk" "$PREFIX/bin/kiosk"
    say "copied the bundle $bundle to $PREFIX/bundle"
fi
install -m 0755 "$HERE/kiosk-stop-app" "$PREFIX/bin/kiosk-stop-app"
version=$(runuser -u "$USER_NAME" -- "$PREFIX/bin/kiosk" --version) || fail "$PREFIX/bin/kiosk does not run"
say "$PREFIX/bin/kiosk says: $version"

# --- settings -----------------------------------------------------------------------------------
install -d -o "$USER_NAME" -g "$USER_NAME" -m 0700 "$HOME_DIR/.config" "$CONFIG_DIR"
if [ -n "$settings" ]; then
    install -o "$USER_NAME" -g "$USER_NAME" -m 0600 "$settings" "$CONFIG_FILE"
    say "settings from $settings written to $CONFIG_FILE (0600, $USER_NAME's)"
elif [ ! -e "$CONFIG_FILE" ]; then
    # umask first: the file is never readable by others, not even for a moment.
    (umask 077; cat > "$CONFIG_FILE" <<'TOML'
# kiosk's settings for the kiosk appliance (see `kiosk settings` run as the user kiosk).
# Without a loyalty server (api_url), the kiosk runs on its built-in sandbox with demo data.
face = "kiosk"
TOML
    )
    chown "$USER_NAME:$USER_NAME" "$CONFIG_FILE"
    say "wrote $CONFIG_FILE (0600, $USER_NAME's): the demo on the built-in sandbox until you set api_url"
else
    chown "$USER_NAME:$USER_NAME" "$CONFIG_FILE"
    chmod 0600 "$CONFIG_FILE"
    say "kept the settings in $CONFIG_FILE (0600, $USER_NAME's)"
fi
install -d -m 0700 "$ETC"
if [ ! -e "$ENV_FILE" ]; then
    (umask 077; cat > "$ENV_FILE" <<'ENV'
# Variables for kiosk-kiosk.service (root's only). For example, the keyboard layout a barcode
# scanner types in, for cage:
#XKB_DEFAULT_LAYOUT=it
ENV
    )
    say "wrote $ENV_FILE (0600, root's) for the keyboard layout and other variables"
fi

# --- the unit -----------------------------------------------------------------------------------
install -m 0644 "$HERE/$UNIT" "$UNIT_FILE"
say "installed $UNIT_FILE"
reload_systemd
systemctl enable seatd.service "$UNIT"
# The login prompt on tty1 would fight the kiosk for the screen at boot (the unit's Conflicts=
# stops it when the kiosk starts; disabled, it is not started at all).
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
say "enabled seatd and $UNIT, and disabled the login prompt on tty1 (getty@tty1): the kiosk starts at the next boot"
if [ "$start" = yes ]; then
    if systemd_running; then
        systemctl restart "$UNIT"
        say "started $UNIT now (systemctl status $UNIT)"
    else
        say "not started: systemd is not running here"
    fi
else
    say "start it now with: systemctl start $UNIT (it takes over tty1)"
fi
