#!/bin/sh
# demo.sh SCHEMAC - `make demo`: the revision workflow on SQLite, from init to
# downgrade, in a fresh demo/ folder (rerunnable: demo/ is recreated).
#
#   init -> point the config at schemas/ -> diff -m -> upgrade head -> current
#   -> history -> change the schema (a copy with one more table)
#   -> diff -m -> upgrade head -> downgrade -1 -> upgrade head --sql
set -eu
cd "$(dirname "$0")/.."
bin=${1:-build/schemac}
case $bin in /*) ;; *) bin="$PWD/$bin" ;; esac
[ -x "$bin" ] || { echo "demo.sh: $bin not found (run make first)" >&2; exit 1; }
root=$PWD

rm -rf demo
mkdir demo
cd demo

step() {
    line='$ schemac'
    for a in "$@"; do
        case $a in *' '*) line="$line \"$a\"" ;; *) line="$line $a" ;; esac
    done
    printf '\n%s\n' "$line"
    "$bin" "$@"
}

echo "== schemac demo: the revision workflow on SQLite (in $root/demo)"
step init migrations --url sqlite:///demo.db
# point the configuration at the repository's example schema
sed "s|^schema = .*|schema = ../schemas/|" schemac.ini >schemac.tmp && mv schemac.tmp schemac.ini
printf '\n(schemac.ini: schema = ../schemas/, url = sqlite:///demo.db)\n'
step diff -m "initial schema"
step upgrade head
step current
step history

# a small change: a copy of the schema with one more table
mkdir schema
cp "$root"/schemas/*.sch schema/
cat >schema/zz_demo_change.sch <<'SCH'
-- added by the demo: one more table
table newsletter_signups {
  id          bigint       identity primary key
  email       varchar(255) not null unique
  source      text
  created_at  timestamptz  not null default (now())
}
SCH
sed "s|^schema = .*|schema = schema/|" schemac.ini >schemac.tmp && mv schemac.tmp schemac.ini
printf '\n(schema changed: schemac.ini now reads demo/schema/, which adds the table newsletter_signups)\n'
step check || true
step diff -m "add newsletter signups"
step upgrade head
step current
step history --verbose
step downgrade -1
step current
printf '\n$ schemac upgrade head --sql    (offline: the script a DBA would run, from base)\n'
"$bin" upgrade head --sql
printf '\n== demo done: see demo/migrations/versions/ for the revision files\n'
