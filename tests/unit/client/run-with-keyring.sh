#!/bin/sh
# Runs a test program under its own D-Bus session with an unlocked
# gnome-keyring (Secret Service), in a throw-away home, so keychain tests
# touch no real keyring. Usage: run-with-keyring.sh PROGRAM [ARGS...]
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "run-with-keyring: dbus-run-session or gnome-keyring-daemon missing; running without a keyring" >&2
    exec "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Inside the private bus: start the keyring unlocked (password "x"), then the program.
dbus-run-session -- sh -c '
    printf x | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    RATHAUS_REQUIRE_KEYRING=1 exec "$@"' run-with-keyring "$@"
