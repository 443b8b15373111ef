#!/bin/sh
# auth.sh - authentication against the real test server: the cluster of
# scripts/pg-cluster.sh trusts its unix socket and asks for a password over
# 127.0.0.1. A wrong password is a distinct error (exit 4) that never shows
# the password; the right one works, and is never printed either.
. "$(dirname "$0")/../lib.sh"
[ -n "${PGHOST:-}" ] || { not_ok "PGHOST is set (run through make check)"; exit 0; }
if ! psql -X -q -At -c "SHOW listen_addresses" | grep -q 127.0.0.1; then
    echo "ok - auth # SKIP: the test server listens on its unix socket only"
    exit 0
fi
role="t_auth_$(basename "$T" | tr -dc 'a-z0-9')"
psql -X -q -c "CREATE ROLE $role LOGIN PASSWORD 'Right-Pw-81'" >/dev/null
db=$(pg_newdb | sed 's|^postgresql:///||; s|?.*||')

"$SCHEMAC" inspect "postgresql://$role:Wrong-Pw-17@127.0.0.1:$PGPORT/$db" >"$T/out" 2>"$T/err"
check_eq "wrong password: exit 4 (database error)" 4 $?
check "wrong password: says authentication failed" grep -qi "authentication failed" "$T/err"
check "wrong password: the password appears nowhere" sh -c "! grep -q 'Wrong-Pw-17' '$T/out' '$T/err'"
check "wrong password: the URL is echoed masked" grep -q "$role:\*\*\*@127.0.0.1" "$T/err"

"$SCHEMAC" inspect "host=127.0.0.1 port=$PGPORT dbname=$db user=$role password=Wrong-Pw-17" >"$T/out" 2>"$T/err"
check_eq "conninfo, wrong password: exit 4" 4 $?
check "conninfo, wrong password: the password appears nowhere" sh -c "! grep -q 'Wrong-Pw-17' '$T/out' '$T/err'"

"$SCHEMAC" inspect "postgresql://$role:Right-Pw-81@127.0.0.1:$PGPORT/$db" --format json >"$T/out" 2>"$T/err"
check_eq "right password: exit 0" 0 $?
check "right password: the password appears nowhere" sh -c "! grep -q 'Right-Pw-81' '$T/out' '$T/err'"

# the workflow reads the URL from the environment: same rules
mkdir "$T/w" && cd "$T/w" || exit 1
printf 'table t { id int primary key }\n' >app.sch
"$SCHEMAC" init migrations --schema app.sch >/dev/null 2>&1
DATABASE_URL="postgresql://$role:Wrong-Pw-17@127.0.0.1:$PGPORT/$db" "$SCHEMAC" current >"$T/out" 2>"$T/err"
check_eq "workflow, wrong password: exit 4" 4 $?
check "workflow, wrong password: the password appears nowhere" sh -c "! grep -q 'Wrong-Pw-17' '$T/out' '$T/err'"
psql -X -q -c "DROP DATABASE $db" -c "DROP ROLE $role" >/dev/null 2>&1
