#!/bin/sh
# pg-cluster.sh - a throwaway PostgreSQL cluster for the tests.
#
#   scripts/pg-cluster.sh start DIR   initdb DIR, start it on a free port, unix
#                                     socket in DIR and 127.0.0.1 only; prints
#                                     the environment to use (PGHOST=... PGPORT=...)
#   scripts/pg-cluster.sh stop DIR    stop it (immediate) and remove DIR
#
# When run as root the server runs as the `postgres` user (initdb refuses root).
# The unix socket trusts every local user; TCP (127.0.0.1) asks for a
# password (scram-sha-256), so that authentication failures can be tested.
set -eu

cmd=${1:?usage: pg-cluster.sh start|stop DIR}
dir=${2:?usage: pg-cluster.sh start|stop DIR}

bindir=$(pg_config --bindir 2>/dev/null || true)
for v in 15 16 17 14 13; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then bindir=/usr/lib/postgresql/$v/bin; break; fi
done
[ -x "$bindir/initdb" ] || { echo "pg-cluster.sh: initdb not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}

# A free TCP port on 127.0.0.1, asked of the kernel (bind to port 0). Without
# python3 the server listens on its unix socket only: the socket lives in the
# cluster's own directory, so any port number is free there.
if command -v python3 >/dev/null 2>&1; then
    listen="127.0.0.1"
else
    listen="''"
fi
free_port() {
    if [ "$listen" = "127.0.0.1" ]; then
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
    else
        echo 5432
    fi
}

case $cmd in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; chmod 700 "$dir"; fi
    as_owner "'$bindir/initdb' -D '$dir/data' -U postgres --auth-local=trust --auth-host=scram-sha-256 --no-sync -E UTF8 --locale=C >'$dir/initdb.log' 2>&1" \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(free_port)
    [ -n "$port" ] || port=5432
    # fsync off and tiny settings: this cluster is thrown away after the tests.
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
        -o \"-p $port -k '$dir' -c listen_addresses=$listen -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60\" start >/dev/null" \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "'$bindir/pg_ctl' -D '$dir/data' -m immediate -w stop >/dev/null 2>&1" || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
