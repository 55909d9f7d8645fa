#!/usr/bin/env bash
# A throwaway PostgreSQL server for the `postgres` test label.
#
#   postgres-fixture.sh start DIR   start a server on 127.0.0.1 and a free port;
#                                   writes its URL to DIR/url
#   postgres-fixture.sh stop DIR    stop it and remove DIR
#
# The URL is postgres://rathaus:PASSWORD@127.0.0.1:PORT/postgres: `rathaus` is a
# superuser with a random password (scram-sha-256 on TCP and on the socket),
# so the tests can create one database per test. The server listens on
# 127.0.0.1 only; its data directory and unix socket live in a private
# directory under ${TMPDIR:-/tmp} (short socket path, and readable by the
# `postgres` user even when DIR is under /root). Durability is switched off:
# this is a test fixture, not a database.
#
# PostgreSQL refuses to run as root: as root the server runs as `postgres`
# (runuser); otherwise as the calling user. A leftover from a crashed run in
# the same DIR is stopped first, so `start` can always be repeated.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
action=$1
dir=$2

log() { echo "postgres-fixture: $*" >&2; }
die() {
    log "$*"
    exit 1
}

find_bindir() {
    local candidate best=""
    # Highest installed major version (15 on Debian 12, 16 on Ubuntu 24.04).
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
        [[ -x $candidate/initdb && -x $candidate/pg_ctl ]] && best=$candidate
    done
    if [[ -z $best ]] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        best=$(dirname "$(command -v initdb)")
    fi
    [[ -n $best ]] || die "no PostgreSQL server binaries found (apt-get install postgresql)"
    echo "$best"
}

# as_pg CMD...: run CMD as the user that owns the server.
as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    # A successful connect means somebody listens there. No python, no ss needed.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

random_port() {
    echo $((20000 + (RANDOM * 32768 + RANDOM) % 40000))
}

# stop_server: stops whatever DIR points to; silent when nothing is there.
stop_server() {
    local base="" data pid
    if [[ -f $dir/base ]]; then
        base=$(<"$dir/base")
    fi
    if [[ -n $base && -d $base ]]; then
        data=$base/data
        if [[ -f $data/postmaster.pid ]]; then
            local bindir
            bindir=$(find_bindir)
            if ! as_pg "$bindir/pg_ctl" stop -D "$data" -m fast -w -t 30 >/dev/null 2>&1; then
                pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
                if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
                    log "fast shutdown failed; killing postmaster $pid"
                    kill -QUIT "$pid" 2>/dev/null || true
                    sleep 1
                    kill -KILL "$pid" 2>/dev/null || true
                fi
            fi
        fi
        # Only ever remove what this script created.
        case $base in
            */rathaus-pg.*) rm -rf -- "$base" ;;
            *) log "not removing unexpected data directory $base" ;;
        esac
    fi
    rm -rf -- "$dir"
}

start_server() {
    local bindir base password port tries
    bindir=$(find_bindir)

    stop_server # a leftover from a crashed run

    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        die "running as root but there is no 'postgres' user to run the server as"
    fi

    mkdir -p -- "$dir"
    base=$(mktemp -d "${TMPDIR:-/tmp}/rathaus-pg.XXXXXXXX")
    echo "$base" >"$dir/base"
    chmod 700 "$base"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$base"
    fi

    # URL-safe random password (24 characters, 144 bits).
    password=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
    (umask 077 && printf '%s\n' "$password" >"$base/pwfile")
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$base/pwfile"
    fi

    if ! as_pg "$bindir/initdb" -D "$base/data" -U rathaus --pwfile="$base/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
        --no-locale -E UTF8 --no-sync >"$base/initdb.log" 2>&1; then
        cat "$base/initdb.log" >&2
        die "initdb failed"
    fi
    rm -f -- "$base/pwfile"

    # pg_ctl hands these to a shell: one line, no newlines.
    local options="-c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off"
    options+=" -c synchronous_commit=off -c full_page_writes=off -c log_min_messages=warning"
    for tries in 1 2 3 4 5 6 7 8; do
        port=$(random_port)
        port_in_use "$port" && continue
        if as_pg "$bindir/pg_ctl" start -D "$base/data" -w -t 60 -l "$base/server.log" \
            -o "$options -c port=$port -c unix_socket_directories='$base'" \
            </dev/null >>"$base/pg_ctl.log" 2>&1; then
            break
        fi
        log "start on port $port failed (try $tries):"
        tail -n 5 "$base/server.log" >&2 2>/dev/null || true
        port=""
    done
    [[ -n ${port:-} ]] || die "could not start PostgreSQL; see $base/server.log"

    for tries in $(seq 1 60); do
        if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; then
            break
        fi
        [[ $tries -lt 60 ]] || die "PostgreSQL on port $port did not become ready"
        sleep 0.5
    done

    (umask 077 && printf 'postgres://rathaus:%s@127.0.0.1:%s/postgres\n' "$password" "$port" >"$dir/url")
    echo "$port" >"$dir/port"
    log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port (data in $base)"
}

case $action in
    start) start_server ;;
    stop) stop_server; log "stopped" ;;
    *) usage ;;
esac
