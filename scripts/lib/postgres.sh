#!/usr/bin/env bash
# shellcheck shell=bash
#
# Throwaway PostgreSQL server helpers for SaRaiCms scripts (scripts/test, scripts/bench).
#
# Usage (from a bash script):
#
#   source "$repo/scripts/lib/postgres.sh"
#   saraicms_pg_ensure_installed          # apt-get install postgresql if initdb is missing (root only)
#   trap saraicms_pg_stop EXIT            # always clean up (stop is idempotent and silent)
#   saraicms_pg_start ["conf line" ...]   # extra postgresql.conf lines, e.g. "fsync = off"
#   echo "$SARAICMS_PG_CONNSTR"           # Npgsql connection string
#   saraicms_pg_stop
#
# After saraicms_pg_start these variables are set:
#   SARAICMS_PG_BINDIR   /usr/lib/postgresql/<ver>/bin
#   SARAICMS_PG_DIR      temporary folder (data/, sock/, server.log)
#   SARAICMS_PG_PORT     TCP port (server listens on 127.0.0.1 only)
#   SARAICMS_PG_CONNSTR  Host=127.0.0.1;Port=<port>;Username=postgres;Database=postgres;...
#
# Server data lives in a mktemp -d folder which saraicms_pg_stop deletes.
# PostgreSQL refuses to run as root, so when running as root every server
# command runs as the "postgres" system user (created by the Debian package).

SARAICMS_PG_BINDIR="${SARAICMS_PG_BINDIR:-}"
SARAICMS_PG_DIR="${SARAICMS_PG_DIR:-}"
SARAICMS_PG_PORT="${SARAICMS_PG_PORT:-}"
SARAICMS_PG_CONNSTR="${SARAICMS_PG_CONNSTR:-}"
SARAICMS_PG_POOL_SIZE="${SARAICMS_PG_POOL_SIZE:-50}"
SARAICMS_APT_LOG="${SARAICMS_APT_LOG:-/tmp/saraicms-apt.log}"

_saraicms_pg_log() { echo "[postgres] $*" >&2; }

# Wait until no other apt/dpkg process holds the package locks (another
# installer may be running in the background), then run apt-get with a lock
# timeout as a second line of defence. Output goes to $SARAICMS_APT_LOG.
saraicms_apt_get() {
    local lock waited=0
    if command -v fuser >/dev/null 2>&1; then
        for lock in /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock; do
            while [ -e "$lock" ] && fuser "$lock" >/dev/null 2>&1; do
                if [ "$waited" -eq 0 ]; then echo "[apt] waiting for another apt/dpkg process to finish..." >&2; fi
                waited=$((waited + 1))
                if [ "$waited" -gt 900 ]; then echo "[apt] gave up waiting for $lock" >&2; break; fi
                sleep 1
            done
        done
    fi
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@" >>"$SARAICMS_APT_LOG" 2>&1
}

# Install Debian packages (apt-get update runs at most once per script run).
saraicms_apt_install() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "[apt] missing packages ($*) and not running as root; install them first" >&2
        return 1
    fi
    echo "[apt] installing: $* (log: $SARAICMS_APT_LOG)" >&2
    if [ -z "${_SARAICMS_APT_UPDATED:-}" ]; then
        if ! saraicms_apt_get update; then
            echo "[apt] apt-get update failed, see $SARAICMS_APT_LOG:" >&2
            tail -n 20 "$SARAICMS_APT_LOG" >&2 || true
            return 1
        fi
        _SARAICMS_APT_UPDATED=1
    fi
    if ! saraicms_apt_get install -y --no-install-recommends "$@"; then
        echo "[apt] apt-get install $* failed, see $SARAICMS_APT_LOG:" >&2
        tail -n 20 "$SARAICMS_APT_LOG" >&2 || true
        return 1
    fi
}

# Highest installed PostgreSQL bin dir, e.g. /usr/lib/postgresql/15/bin (empty if none).
saraicms_pg_find_bindir() {
    local initdb
    initdb="$(ls -1 /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$initdb" ]; then dirname "$initdb"; fi
}

saraicms_pg_ensure_installed() {
    if [ -z "$(saraicms_pg_find_bindir)" ]; then
        saraicms_apt_install postgresql
    fi
    SARAICMS_PG_BINDIR="$(saraicms_pg_find_bindir)"
    if [ -z "$SARAICMS_PG_BINDIR" ]; then
        _saraicms_pg_log "initdb not found under /usr/lib/postgresql/*/bin"
        return 1
    fi
}

# Run a command as the PostgreSQL server user (postgres when we are root).
_saraicms_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd "$SARAICMS_PG_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$SARAICMS_PG_DIR" && "$@")
    fi
}

# Print a TCP port on 127.0.0.1 that is currently free.
saraicms_free_port() {
    local port i
    if command -v python3 >/dev/null 2>&1; then
        if port="$(python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])' 2>/dev/null)" && [ -n "$port" ]; then
            echo "$port"
            return 0
        fi
    fi
    for i in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        # A successful connect means something is listening there.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# saraicms_pg_start [extra postgresql.conf lines...]
saraicms_pg_start() {
    local attempt conf_line
    if [ -z "$SARAICMS_PG_BINDIR" ]; then
        SARAICMS_PG_BINDIR="$(saraicms_pg_find_bindir)"
    fi
    if [ -z "$SARAICMS_PG_BINDIR" ] || [ ! -x "$SARAICMS_PG_BINDIR/initdb" ]; then
        _saraicms_pg_log "PostgreSQL binaries not found (run saraicms_pg_ensure_installed first)"
        return 1
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        _saraicms_pg_log "running as root but there is no 'postgres' user to run the server as"
        return 1
    fi

    # Always under /tmp (not $TMPDIR, which may be unreadable for postgres),
    # and short enough for the unix socket path limit.
    SARAICMS_PG_DIR="$(mktemp -d /tmp/saraicms-pg.XXXXXX)"
    mkdir -p "$SARAICMS_PG_DIR/sock"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$SARAICMS_PG_DIR"
    fi
    chmod 700 "$SARAICMS_PG_DIR"

    if ! _saraicms_pg_as_owner "$SARAICMS_PG_BINDIR/initdb" \
            -D "$SARAICMS_PG_DIR/data" -U postgres \
            --auth-local=trust --auth-host=trust \
            --encoding=UTF8 --locale=C \
            >"$SARAICMS_PG_DIR/initdb.log" 2>&1; then
        _saraicms_pg_log "initdb failed:"
        cat "$SARAICMS_PG_DIR/initdb.log" >&2 || true
        return 1
    fi

    # Only local connections, trusted.
    _saraicms_pg_as_owner tee "$SARAICMS_PG_DIR/data/pg_hba.conf" >/dev/null <<'HBA'
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   trust
HBA

    for attempt in 1 2 3 4 5; do
        SARAICMS_PG_PORT="$(saraicms_free_port)" || { _saraicms_pg_log "no free port found"; return 1; }
        {
            echo "listen_addresses = '127.0.0.1'"
            echo "port = $SARAICMS_PG_PORT"
            echo "unix_socket_directories = '$SARAICMS_PG_DIR/sock'"
            echo "max_connections = 300"
            for conf_line in "$@"; do echo "$conf_line"; done
        } | _saraicms_pg_as_owner tee "$SARAICMS_PG_DIR/data/postgresql.auto.conf" >/dev/null

        if _saraicms_pg_as_owner "$SARAICMS_PG_BINDIR/pg_ctl" -D "$SARAICMS_PG_DIR/data" \
                -l "$SARAICMS_PG_DIR/server.log" -w -t 60 start </dev/null >/dev/null 2>&1; then
            SARAICMS_PG_CONNSTR="Host=127.0.0.1;Port=$SARAICMS_PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=$SARAICMS_PG_POOL_SIZE"
            _saraicms_pg_log "PostgreSQL $("$SARAICMS_PG_BINDIR/postgres" --version | awk '{print $3}') running on 127.0.0.1:$SARAICMS_PG_PORT (data: $SARAICMS_PG_DIR)"
            return 0
        fi
        # Most likely the port was taken in between; try another one.
        _saraicms_pg_log "server failed to start on port $SARAICMS_PG_PORT (attempt $attempt):"
        tail -n 5 "$SARAICMS_PG_DIR/server.log" >&2 2>/dev/null || true
        _saraicms_pg_as_owner "$SARAICMS_PG_BINDIR/pg_ctl" -D "$SARAICMS_PG_DIR/data" -m immediate stop </dev/null >/dev/null 2>&1 || true
    done
    _saraicms_pg_log "giving up starting PostgreSQL"
    return 1
}

# Stop the server and delete its folder. Idempotent, silent, never fails,
# so it is safe to call from an EXIT trap and again explicitly.
saraicms_pg_stop() {
    local dir="$SARAICMS_PG_DIR" pid
    [ -n "$dir" ] || return 0
    if [ -d "$dir/data" ]; then
        if [ -n "$SARAICMS_PG_BINDIR" ] && [ -f "$dir/data/postmaster.pid" ]; then
            _saraicms_pg_as_owner "$SARAICMS_PG_BINDIR/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop </dev/null >/dev/null 2>&1 || true
        fi
        # Fallback: if the postmaster is still alive, kill exactly that pid.
        if [ -f "$dir/data/postmaster.pid" ]; then
            pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
            if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
                kill -QUIT "$pid" 2>/dev/null || true
                sleep 1
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
    fi
    case "$dir" in
        /tmp/saraicms-pg.*) rm -rf "$dir" 2>/dev/null || true ;;
    esac
    SARAICMS_PG_DIR=""
    SARAICMS_PG_PORT=""
    SARAICMS_PG_CONNSTR=""
    return 0
}
