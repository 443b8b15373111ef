#!/bin/sh
# deps.sh - installs the Debian packages schemac needs, when missing.
# As root it runs apt-get; otherwise it prints the exact command and fails.
set -eu

missing=""
need_pkg() {   # need_pkg PKGCONFIG-NAME DEBIAN-PACKAGE
    pkg-config --exists "$1" 2>/dev/null || missing="$missing $2"
}
need_cmd() {   # need_cmd COMMAND DEBIAN-PACKAGE
    command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}

command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
command -v cc >/dev/null 2>&1 || missing="$missing gcc"
command -v make >/dev/null 2>&1 || missing="$missing make"
need_pkg libpq libpq-dev
need_pkg sqlite3 libsqlite3-dev
need_pkg jansson libjansson-dev
need_pkg cmocka libcmocka-dev
need_pkg inih libinih-dev
need_pkg libcrypto libssl-dev   # SHA-256 of revision files
[ -f /usr/include/pg_query.h ] || missing="$missing libpg-query-dev"
need_cmd flex flex
need_cmd bison bison
need_cmd sqlite3 sqlite3
need_cmd psql postgresql-client
need_cmd valgrind valgrind
need_cmd jq jq
need_cmd clang clang   # libFuzzer (make fuzz; make check runs each target briefly)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "deps.sh: installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "deps.sh: missing packages:$missing" >&2
    echo "run: sudo apt-get install -y$missing" >&2
    exit 1
fi
