#!/bin/sh
# connect.sh - connecting and configuration as a new user meets them
# (issue 14): a server that accepts and never answers times out (10 s by
# default; connect_timeout in the URL, PGCONNECT_TIMEOUT, schemac.ini), with
# an error naming host and port. Needs no PostgreSQL: a listener of our own
# on 127.0.0.1 accepts connections and never says a word.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

# `timeout` only keeps a regression from hanging the suite: no assertion is
# made on how long anything takes.
guard() { timeout 60 "$@"; }

python3 -c '
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(16)
print(s.getsockname()[1], flush=True)
time.sleep(300)
' >"$T/port" &
LISTENER=$!
trap 'kill $LISTENER 2>/dev/null; rm -rf "$T"' EXIT
i=0
while [ ! -s "$T/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
P=$(cat "$T/port")
[ -n "$P" ] || { not_ok "connect: the silent listener did not start"; exit 1; }

# ---- item 1: connect timeout ----
guard $SCHEMAC inspect "postgresql://app:s3cret@127.0.0.1:$P/shop?connect_timeout=1" >/dev/null 2>"$T/e1"
check_eq "a silent server: connect_timeout in the URL, exit 4" "4" "$?"
check "... the error names host and port and the wait" \
    grep -q "server unreachable (no answer from 127.0.0.1 port $P within 1 s)" "$T/e1"
check "... and masks the password" sh -c "! grep -q s3cret '$T/e1' && grep -q 'app:\*\*\*@' '$T/e1'"

PGCONNECT_TIMEOUT=1 guard $SCHEMAC diff --from "host=127.0.0.1 port=$P dbname=x" --to /dev/null \
    >/dev/null 2>"$T/e2"
check_eq "PGCONNECT_TIMEOUT: exit 4" "4" "$?"
check "... within 1 s" grep -q "no answer from 127.0.0.1 port $P within 1 s" "$T/e2"

mkdir -p "$T/p1" && cd "$T/p1" || exit 1
guard $SCHEMAC init migrations --url "postgresql://127.0.0.1:$P/shop" >/dev/null
echo "connect_timeout = 1" >>schemac.ini
guard $SCHEMAC current >/dev/null 2>"$T/e3"
check_eq "schemac.ini connect_timeout: current exits 4" "4" "$?"
check "... within 1 s" grep -q "no answer from 127.0.0.1 port $P within 1 s" "$T/e3"
sed 's/^connect_timeout = 1$/connect_timeout = soon/' schemac.ini >s.tmp && mv s.tmp schemac.ini
guard $SCHEMAC current >/dev/null 2>"$T/e4"
check "a bad connect_timeout is an error on its line" \
    grep -q "schemac.ini:[0-9]*:1: error: connect_timeout must be a number of seconds" "$T/e4"
cd "$T" || exit 1

# The default: without any setting, schemac gives up after 10 s (without
# one, libpq waits forever).
(unset PGCONNECT_TIMEOUT; guard $SCHEMAC inspect "postgresql://127.0.0.1:$P/shop" >/dev/null 2>"$T/e5")
check_eq "no timeout configured: exit 4, not a hang" "4" "$?"
check "... after the default 10 s" grep -q "no answer from 127.0.0.1 port $P within 10 s" "$T/e5"

# ---- item 6: init --url with a password writes schemac.ini for its owner only ----
mkdir -p "$T/p6" && cd "$T/p6" || exit 1
(umask 022; $SCHEMAC init m --url "postgresql://app:pw6@db.example/shop" >/dev/null 2>"$T/e6")
check_eq "init --url with a password: schemac.ini is 0600" "600" "$(stat -c %a schemac.ini)"
check "... and init says so, suggesting \${DATABASE_URL}" grep -q 'holds a password.*url = ${DATABASE_URL}' "$T/e6"
check "... without echoing the password" sh -c "! grep -q pw6 '$T/e6'"
mkdir -p "$T/p6b" && cd "$T/p6b" || exit 1
(umask 022; $SCHEMAC init m --url "postgresql://app@db.example/shop" >/dev/null 2>"$T/e6b")
check_eq "init --url without a password: schemac.ini is 0644 (umask 022)" "644" "$(stat -c %a schemac.ini)"
cd "$T" || exit 1

# ---- item 7: read-only commands open SQLite read-only ----
# A file its reader may not write. root writes anything: then the commands
# run as nobody, for whom the file (root's, mode 0444) is read-only.
as_reader() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi; }
mkdir -p "$T/p7/schemas" && cd "$T/p7" || exit 1
$SCHEMAC init m --url sqlite:///app.db >/dev/null
echo 'table t { id int primary key }' >schemas/a.sch
$SCHEMAC diff -m one --rev-id 7e7e7e7e7e01 >/dev/null 2>&1
$SCHEMAC upgrade head >/dev/null
chmod 444 app.db
chmod 755 . m m/versions
chmod 644 schemac.ini m/versions/*.sql
check_eq "current on a read-only SQLite file" "7e7e7e7e7e01 (head)" "$(as_reader $SCHEMAC current 2>&1)"
check "check on a read-only SQLite file" as_reader $SCHEMAC check
check "history --indicate-current on a read-only SQLite file" as_reader $SCHEMAC history --indicate-current
check "show current on a read-only SQLite file" as_reader $SCHEMAC show current
as_reader $SCHEMAC upgrade head >/dev/null 2>"$T/e7"
check_eq "... while upgrade, which writes, still says permission denied (exit 4)" "4" "$?"
cd "$T" || exit 1
