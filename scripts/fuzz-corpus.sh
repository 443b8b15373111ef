#!/bin/sh
# fuzz-corpus.sh OUT - the seed corpus of the libFuzzer targets (tests/fuzz/),
# gathered from what the project already has: schemas/, tests/ and the
# docs' examples. One folder per target under OUT; rebuilt from scratch.
set -eu
cd "$(dirname "$0")/.."
out=${1:?usage: fuzz-corpus.sh OUT}
rm -rf "$out"
mkdir -p "$out/dsl" "$out/json" "$out/revfile" "$out/config" "$out/sqlsplit" "$out/pipeline" "$out/sqltok" \
    "$out/view_shape"

n=0
seed() {   # seed TARGET FILE: copy under a unique name
    n=$((n + 1))
    cp "$2" "$out/$1/seed$n"
}

# The docs' fenced blocks, one file each, into $tmp/TAG-N (TAG: the block's
# language, or "plain").
tmp=$(mktemp -d "${TMPDIR:-/tmp}/schemac-corpus.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for md in docs/*.md; do
    awk -v dir="$tmp" -v base="$(basename "$md" .md)" '
        /^```/ {
            if (f) { close(f); f = "" }
            else { tag = substr($0, 4); if (tag == "") tag = "plain"; f = dir "/" tag "-" base "-" NR }
            next
        }
        f { print > f }' "$md"
done

for f in $(find schemas tests -path tests/fuzz/open -prune -o -name '*.sch' -print | sort) "$tmp"/plain-dsl-*; do
    [ -f "$f" ] && seed dsl "$f"
done
for f in $(find tests -path tests/fuzz/open -prune -o -name '*.json' -print | sort) "$tmp"/json-*; do
    [ -f "$f" ] && seed json "$f"
done
for f in $(find tests/workflow -name '*.sql' | sort); do
    seed revfile "$f"
done
for f in $(find tests -name '*.ini' | sort) $(grep -l '^\[schemac\]' "$tmp"/* 2>/dev/null || true); do
    seed config "$f"
done
for f in $(find tests/cases tests/db2db tests/diff_cli -name '*.sql' | sort) "$tmp"/sql-*; do
    [ -f "$f" ] && seed sqlsplit "$f"
done
# the tokenizer: the same SQL, read as PostgreSQL (first byte even) and SQLite (odd)
for f in "$out"/sqlsplit/*; do
    [ -f "$f" ] || continue
    n=$((n + 1)); { printf 'p'; cat "$f"; } >"$out/sqltok/seed$n"
    n=$((n + 1)); { printf 'q'; cat "$f"; } >"$out/sqltok/seed$n"
done
# view_shape: the same SQL through PostgreSQL's parser, and a query of each
# shape it tells apart
for f in "$out"/sqlsplit/*; do
    [ -f "$f" ] && seed view_shape "$f"
done
printf '%s' "select c.*, n.note, row_to_json(c) from t c natural join n where exists (select 1 from u where u.id = c.id and \"Mixed\" = 'x') group by total order by 1" \
    >"$out/view_shape/shapes"
# every key of docs/workflow.md's table once
cat >"$out/config/all-keys" <<'INI'
; comment
[schemac]
script_location = migrations
schema = schemas/
url = postgresql://app:secret@db.example.com:5432/app?sslmode=require
dialect = postgresql
file_template = %%(year)d%%(month).2d%%(day).2d_%%(hour).2d%%(minute).2d_%%(rev)s_%%(slug)s
timezone = Europe/Paris
truncate_slug_length = 40
version_table = schemac_version
version_table_schema = public
compare_type = true
compare_server_default = false
transaction_per_migration = false
include_schemas = all
INI
# pipeline: from.sch and to.sch of each diff case, joined by a "====" line
for c in tests/cases/*/; do
    [ -f "$c/from.sch" ] && [ -f "$c/to.sch" ] || continue
    n=$((n + 1))
    { cat "$c/from.sch"; printf '\n====\n'; cat "$c/to.sch"; } >"$out/pipeline/seed$n"
done
