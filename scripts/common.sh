# shellcheck shell=bash
# Shared by scripts/run, scripts/test and scripts/install-deps (sourced, not run).
# Bash only; works as root or with sudo, with or without a terminal.

RATHAUS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export DEBIAN_FRONTEND=noninteractive

# Debian 12 names; Ubuntu 24.04 has the same names (a library renamed with a
# "t64" suffix there is found through the fallback in rathaus_install_deps).
RATHAUS_PACKAGES=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git
    # Qt 6 and the libraries the code links
    qt6-base-dev qt6-httpserver-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Qt6HttpServer's CMake package needs Qt6WebSockets, which qt6-httpserver-dev does not pull in
    qt6-websockets-dev
    qt6-translations-l10n qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql
    # PDF previews of attachments in the staff workspace (optional in CMake)
    qt6-pdf-dev
    libssl-dev libargon2-dev libgl-dev
    # running the GUI: Qt's xcb plugin ships in libqt6gui6 (pulled in by
    # qt6-base-dev, with its xcb libraries); the rest of the platform plugins,
    # the keyboard and cursor libraries and a font
    qt6-qpa-plugins libxkbcommon-x11-0 libxcb-cursor0 fonts-dejavu-core
    # tests: PostgreSQL server, virtual display, D-Bus + Secret Service for the keychain
    postgresql xvfb xauth dbus dbus-x11 gnome-keyring
    # TOTP codes for the demo staff accounts
    oathtool
)

rathaus_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
rathaus_die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# rathaus_as_root CMD...: run CMD as root (directly, or through sudo).
rathaus_as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo env DEBIAN_FRONTEND=noninteractive "$@"
    else
        rathaus_die "need root to run '$*': run this script as root or install sudo"
    fi
}

rathaus_is_installed() {
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]
}

# Installs the packages above that are missing; `apt-get update` only when
# something is missing. RATHAUS_SKIP_DEPS=1 skips this (e.g. on other distros).
rathaus_install_deps() {
    if [[ -n ${RATHAUS_SKIP_DEPS:-} ]]; then
        rathaus_log "RATHAUS_SKIP_DEPS set: not checking packages"
        return 0
    fi
    command -v dpkg-query >/dev/null ||
        rathaus_die "not a Debian/Ubuntu system: install the packages listed in scripts/common.sh by hand and set RATHAUS_SKIP_DEPS=1"
    local p missing=()
    for p in "${RATHAUS_PACKAGES[@]}"; do
        rathaus_is_installed "$p" || rathaus_is_installed "${p}t64" || missing+=("$p")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        rathaus_log "All ${#RATHAUS_PACKAGES[@]} required packages are installed"
        return 0
    fi
    rathaus_log "Installing ${#missing[@]} missing packages: ${missing[*]}"
    rathaus_as_root apt-get update -q
    local install=()
    for p in "${missing[@]}"; do
        if [[ -n $(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ && $2 != "(none)" {print $2}') ]]; then
            install+=("$p")
        elif [[ -n $(apt-cache policy "${p}t64" 2>/dev/null | awk '/Candidate:/ && $2 != "(none)" {print $2}') ]]; then
            install+=("${p}t64")
        else
            rathaus_die "package '$p' is not available from the configured apt sources"
        fi
    done
    rathaus_as_root apt-get install -y -q --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${install[@]}" </dev/null
}

rathaus_jobs() {
    nproc 2>/dev/null || echo 2
}

# ccache: share hits between checkouts in different folders (CI clones anew).
rathaus_ccache_env() {
    export CCACHE_BASEDIR="$RATHAUS_ROOT"
    export CCACHE_NOHASHDIR=true
    export CCACHE_COMPILERCHECK=${CCACHE_COMPILERCHECK:-content}
    # No HOME (some CI environments): keep the cache in the build folder.
    if [[ -z ${HOME:-} && -z ${CCACHE_DIR:-} ]]; then
        export CCACHE_DIR="$RATHAUS_ROOT/build/.ccache"
    fi
}

# rathaus_configure PRESET [extra cmake args]: configures build/PRESET once
# (reconfigures when the cache is missing or from another source tree).
rathaus_configure() {
    local preset=$1
    shift
    local dir="$RATHAUS_ROOT/build/$preset"
    if [[ -f $dir/CMakeCache.txt ]] && ! grep -qxF "CMAKE_HOME_DIRECTORY:INTERNAL=$RATHAUS_ROOT" "$dir/CMakeCache.txt"; then
        rathaus_log "build/$preset was configured for another source tree: starting afresh"
        rm -rf -- "$dir"
    fi
    rathaus_log "Configuring build/$preset"
    mkdir -p -- "$RATHAUS_ROOT/build"
    (cd "$RATHAUS_ROOT" && cmake --preset "$preset" "$@" >"$RATHAUS_ROOT/build/.configure-$preset.log" 2>&1) || {
        cat "$RATHAUS_ROOT/build/.configure-$preset.log" >&2
        rathaus_die "cmake configure (preset $preset) failed"
    }
}
