# scenario.sh - the revision workflow end to end (sourced by
# tests/integration/workflow_sqlite.sh and workflow_pg.sh after tests/lib.sh).
#
# The caller sets URL (the database), DIALECT (sqlite or pg) and defines
# dbq SQL (prints the query's rows, one a line, columns joined by "|").
# Dates and ids are fixed (SCHEMAC_NOW, --rev-id, timezone = UTC). The offline
# golden files are made from the hand-written revisions of tests/workflow/versions/
# (independent of the emitters' output, which the diff engine's tests pin down).

GOLD="$ROOT/tests/workflow"
W="$T/work"
mkdir -p "$W/schema"
cd "$W" || exit 1
export TZ=UTC
unset DATABASE_URL SCHEMAC_CONFIG

R1=1a2b3c4d5e6f
R2=3f2a9c1b7d4e

cp "$GOLD/v1.sch" schema/app.sch
check "init writes schemac.ini and migrations/versions" $SCHEMAC init migrations --url "$URL" --schema schema/
check "init: the versions folder exists" test -d migrations/versions
check_exit "init refuses to overwrite schemac.ini" 7 $SCHEMAC init other
sed 's/^timezone =$/timezone = UTC/' schemac.ini >schemac.tmp && mv schemac.tmp schemac.ini
# no revisions yet: "head" names nothing (not "0 heads: ambiguous")
$SCHEMAC stamp head >/dev/null 2>"$T/nohead.err"
check_eq "stamp head without revisions: exit 2" 2 $?
check_eq "... and says there are no revisions yet" \
    "error: there are no revisions yet (\`schemac revision -m MSG\` or \`schemac diff -m MSG\`)" "$(cat "$T/nohead.err")"

export SCHEMAC_NOW="2026-11-22 17:36:00"
out=$($SCHEMAC diff -m "initial schema" --rev-id $R1 2>/dev/null)
check_eq "diff -m writes the first revision" \
    "Generating migrations/versions/20261122_1736_${R1}_initial_schema.sql ... done" "$out"
F1=migrations/versions/20261122_1736_${R1}_initial_schema.sql
check "the revision file has the header, up and down" \
    grep -q "^-- Revision ID: $R1\$" "$F1"
check "the revision's up creates the table" grep -q "CREATE TABLE users" "$F1"
check "the revision's down drops it" sh -c "sed -n '/^-- migrate:down/,\$p' $F1 | grep -q 'DROP TABLE users'"
check_exit "diff -m again refuses: the database is not up to date" 2 $SCHEMAC diff -m again
check_exit "check refuses too before the upgrade" 2 $SCHEMAC check
$SCHEMAC check >"$T/nu.out" 2>"$T/nu.err"
check_eq "check before the upgrade: Alembic's message" "error: Target database is not up to date" \
    "$(head -n 1 "$T/nu.err")"
check_eq "... and nothing on stdout" "" "$(cat "$T/nu.out")"
$SCHEMAC diff -m again 2>"$T/nu.err"
check_eq "diff -m before the upgrade: the same message" "error: Target database is not up to date" \
    "$(head -n 1 "$T/nu.err")"

out=$($SCHEMAC upgrade head)
check_eq "upgrade head runs the revision" "Running upgrade <base> -> $R1, initial schema" "$out"
check_eq "current after upgrade" "$R1 (head)" "$($SCHEMAC current)"
check_eq "the version table holds the head" "$R1" "$(dbq 'SELECT version_num FROM schemac_version')"
check_eq "users exists" "0" "$(dbq 'SELECT count(*) FROM users')"
check_exit "check: nothing to do -> exit 0" 0 $SCHEMAC check
out=$($SCHEMAC diff -m "nothing" 2>&1)
check "diff -m with nothing to do says so" sh -c "echo '$out' | grep -q 'No changes in schema detected'"
check_eq "... and writes no file" "1" "$(ls migrations/versions | wc -l | tr -d ' ')"
check_eq "upgrade head again does nothing" "Nothing to do: the database is at the target already." \
    "$($SCHEMAC upgrade head)"

cp "$GOLD/v2.sch" schema/app.sch
$SCHEMAC check >"$T/check.txt" 2>&1
check_eq "check: schema changed -> exit 1" "1" "$?"
check "check prints a summary" grep -q "posts" "$T/check.txt"
export SCHEMAC_NOW="2026-11-22 17:40:00"
check "diff -m writes the second revision" $SCHEMAC diff -m "add posts" --rev-id $R2
F2=migrations/versions/20261122_1740_${R2}_add_posts.sql
check "second revision revises the first" grep -q "^-- Revises: $R1\$" "$F2"
out=$($SCHEMAC upgrade head)
check_eq "upgrade head runs the second revision" "Running upgrade $R1 -> $R2, add posts" "$out"
check_eq "current is the new head" "$R2 (head)" "$($SCHEMAC current)"
check_exit "check after the upgrade: exit 0" 0 $SCHEMAC check
dbq "INSERT INTO users (email) VALUES ('a@example.com')" >/dev/null
check_eq "history" "$R1 -> $R2 (head), add posts
<base> -> $R1, initial schema" "$($SCHEMAC history)"
check "history --verbose names the files" sh -c "$SCHEMAC history --verbose | grep -q 'Path: $F2'"
check_eq "history --indicate-current" "$R1 -> $R2 (head) (current), add posts
<base> -> $R1, initial schema" "$($SCHEMAC history -i)"

out=$($SCHEMAC downgrade -1)
check_eq "downgrade -1" "Running downgrade $R2 -> $R1, add posts" "$out"
check_eq "current after downgrade -1" "$R1" "$($SCHEMAC current)"
check_eq "rows that the downgrade did not touch survive" "a@example.com" "$(dbq 'SELECT email FROM users')"
check_eq "posts is gone" "missing" "$(dbq_count posts)"

$SCHEMAC upgrade head --sql >"$T/upgrade.sql"
# The revisions' SQL is the diff engine's (its own tests pin it down); here:
# the frame around it, and each up section verbatim inside it.
check_eq "upgrade head --sql: one BEGIN/COMMIT per revision" "2 2" \
    "$(grep -c '^BEGIN;$' "$T/upgrade.sql") $(grep -c '^COMMIT;$' "$T/upgrade.sql")"
check "upgrade head --sql: the version table first" sh -c \
    "sed -n 3p $T/upgrade.sql | grep -q '^CREATE TABLE IF NOT EXISTS schemac_version (\$'"
check "upgrade head --sql: comments name each revision" sh -c \
    "grep -q '^-- Running upgrade <base> -> $R1, initial schema\$' $T/upgrade.sql && grep -q '^-- Running upgrade $R1 -> $R2, add posts\$' $T/upgrade.sql"
check "upgrade head --sql: the version rows" sh -c \
    "grep -q \"^INSERT INTO schemac_version (version_num) VALUES ('$R1');\\$\" $T/upgrade.sql && grep -q \"^UPDATE schemac_version SET version_num = '$R2' WHERE version_num = '$R1';\\$\" $T/upgrade.sql"
# up_section FILE: the file's up SQL; in_script FILE: what the script holds for it
up_section() { sed -n '/^-- migrate:up$/,/^-- migrate:down$/p' "$1" | sed '1d;$d' | grep -v '^$'; }
in_script() {
    awk -v f="-- $(basename "$1")" '$0 == f { on = 1; next }
        on && /^BEGIN;$/ { body = 1; next }
        body && (/^INSERT INTO schemac_version/ || /^UPDATE schemac_version/) { exit }
        body && $0 != "" { print }' "$T/upgrade.sql"
}
check_eq "upgrade head --sql: the first revision's SQL as written" "$(up_section "$F1")" "$(in_script "$F1")"
check_eq "upgrade head --sql: the second revision's SQL as written" "$(up_section "$F2")" "$(in_script "$F2")"
# Golden files: hand-written revisions with a branch, a merge and a
# no-transaction statement (tests/workflow/versions/, golden.ini).
$SCHEMAC upgrade head --sql -c "$GOLD/golden.ini" >"$T/g1.sql"
check_files "golden: upgrade head --sql" "$GOLD/upgrade_head.sql" "$T/g1.sql"
$SCHEMAC downgrade head:base --sql -c "$GOLD/golden.ini" >"$T/g2.sql"
check_files "golden: downgrade head:base --sql" "$GOLD/downgrade_head_base.sql" "$T/g2.sql"
$SCHEMAC upgrade 100000000002:100000000005 --sql -c "$GOLD/golden.ini" >"$T/g3.sql"
check_files "golden: upgrade 100000000002:100000000005 --sql (a range across a branch and its merge)" \
    "$GOLD/upgrade_range.sql" "$T/g3.sql"
check_eq "upgrade --sql changes nothing in the database" "$R1" "$(dbq 'SELECT version_num FROM schemac_version')"
$SCHEMAC upgrade "1a2b:3f2a" --sql >"$T/range.sql"
check "a range prints only the revisions after FROM" sh -c \
    "grep -q 'Running upgrade $R1 -> $R2' $T/range.sql && ! grep -q 'CREATE TABLE users' $T/range.sql && ! grep -q 'CREATE TABLE IF NOT EXISTS schemac_version (' $T/range.sql"
$SCHEMAC downgrade "head:base" --sql >"$T/down.sql"
check "downgrade head:base --sql reverts both and drops the version table" sh -c \
    "grep -q 'DROP TABLE posts' $T/down.sql && grep -q 'DROP TABLE users' $T/down.sql && grep -q 'DROP TABLE schemac_version' $T/down.sql"
check_exit "downgrade --sql without a range is a usage error" 2 $SCHEMAC downgrade -1 --sql
check "upgrade 3f2a (a prefix)" $SCHEMAC upgrade 3f2a
check_eq "current after upgrade by prefix" "$R2 (head)" "$($SCHEMAC current)"
check_exit "an unknown prefix is an error" 2 $SCHEMAC downgrade ffff
$SCHEMAC downgrade ffff 2>"$T/err.txt"
check "... that says so" grep -q 'no revision matches "ffff"' "$T/err.txt"

# ---- hand-written revisions, branches, merges, stamp ----
export SCHEMAC_NOW="2026-11-22 18:00:00"
check "revision -m writes an empty revision" $SCHEMAC revision -m "backfill names" --rev-id 0b0b0b0b0b01
F3=$(ls migrations/versions/*0b0b0b0b0b01*)
sed 's/^-- migrate:up$/-- migrate:up\nUPDATE users SET name = email WHERE name IS NULL;/' "$F3" >"$T/f3" && cat "$T/f3" >"$F3"
check_eq "the hand edit runs" "Running upgrade $R2 -> 0b0b0b0b0b01, backfill names" "$($SCHEMAC upgrade head)"
check_eq "... and did its work" "a@example.com" "$(dbq 'SELECT name FROM users')"
check "a branch from $R2 (--splice)" $SCHEMAC revision -m "other branch" --head $R2 --splice --rev-id 0c0c0c0c0c01
check_eq "two heads" "0b0b0b0b0b01 (head), backfill names
0c0c0c0c0c01 (head), other branch" "$($SCHEMAC heads)"
check_eq "branches" "$R2 (branchpoint), add posts
             -> 0b0b0b0b0b01 (head), backfill names
             -> 0c0c0c0c0c01 (head), other branch" "$($SCHEMAC branches)"
check_exit "upgrade head with two heads is ambiguous" 2 $SCHEMAC upgrade head
$SCHEMAC upgrade 0 2>"$T/amb.txt"
check_eq "an ambiguous prefix: exit 2" "2" "$?"
check "... listing the candidates" grep -q 'revision prefix "0" is ambiguous: 0b0b0b0b0b01 (backfill names), 0c0c0c0c0c01 (other branch)' "$T/amb.txt"
check_exit "revision -m with two heads needs --head" 2 $SCHEMAC revision -m x
check_exit "diff -m with the database behind the heads refuses" 2 $SCHEMAC diff -m x
check "upgrade heads" $SCHEMAC upgrade heads
check_eq "one row per head" "0b0b0b0b0b01
0c0c0c0c0c01" "$(dbq 'SELECT version_num FROM schemac_version ORDER BY 1')"
check_eq "current shows both heads" "0b0b0b0b0b01 (head)
0c0c0c0c0c01 (head)" "$($SCHEMAC current)"
check "merge heads" $SCHEMAC merge heads -m "merge branches" --rev-id 0d0d0d0d0d01
check "the merge revises both" grep -q "^-- Revises: 0b0b0b0b0b01, 0c0c0c0c0c01\$" migrations/versions/*0d0d0d0d0d01*
check "upgrade head after the merge" $SCHEMAC upgrade head
check_eq "the merge replaced both rows" "0d0d0d0d0d01" "$(dbq 'SELECT version_num FROM schemac_version')"
check "history marks the merge point" sh -c "$SCHEMAC history | grep -q '^0b0b0b0b0b01, 0c0c0c0c0c01 -> 0d0d0d0d0d01 (head) (mergepoint), merge branches\$'"
check "downgrade -1 undoes the merge" $SCHEMAC downgrade -1
check_eq "both heads are back" "0b0b0b0b0b01
0c0c0c0c0c01" "$(dbq 'SELECT version_num FROM schemac_version ORDER BY 1')"
check "stamp base" $SCHEMAC stamp base
check_eq "current after stamp base is empty" "" "$($SCHEMAC current)"
check_eq "stamp ran no SQL: the tables are still there" "1" "$(dbq 'SELECT count(*) FROM users')"
check "stamp head" $SCHEMAC stamp head
check_eq "current after stamp head" "0d0d0d0d0d01 (head)" "$($SCHEMAC current)"

# ---- a failing statement mid-revision: rolled back entirely ----
export SCHEMAC_NOW="2026-11-22 19:00:00"
$SCHEMAC revision -m "broken" --rev-id 0e0e0e0e0e01 >/dev/null
F5=$(ls migrations/versions/*0e0e0e0e0e01*)
cat >"$F5" <<EOS
-- Revision ID: 0e0e0e0e0e01
-- Revises: 0d0d0d0d0d01
-- Message: broken

-- migrate:up
CREATE TABLE half_done (a integer);
INSERT INTO half_done VALUES (1);
INSERT INTO no_such_table VALUES (1);
CREATE TABLE never (a integer);

-- migrate:down
DROP TABLE half_done;
EOS
$SCHEMAC upgrade head >"$T/fail.out" 2>"$T/fail.err"
check_eq "a failing statement exits 5" "5" "$?"
check "the error names the file and line" grep -q "^$F5:8:1: error: upgrade of revision 0e0e0e0e0e01 failed (rolled back)" "$T/fail.err"
check "the error shows the statement" grep -q "statement: INSERT INTO no_such_table VALUES (1);" "$T/fail.err"
check "the error carries the server's message" grep -q "no_such_table" "$T/fail.err"
check_eq "the database stays at the previous revision" "0d0d0d0d0d01" "$(dbq 'SELECT version_num FROM schemac_version')"
check_eq "no partial change: half_done does not exist" "missing" "$(dbq_count half_done)"
rm -f "$F5"

# ---- bad input: a clear error each, nothing written ----
before=$(ls migrations/versions | sort | tr '\n' ' ')
printf -- '-- Revision ID: 0f0f0f0f0f01\n-- Revises: 0d0d0d0d0d01\nSELECT 1;\n-- migrate:up\n-- migrate:down\n' >migrations/versions/bad1.sql
$SCHEMAC upgrade head >/dev/null 2>"$T/e1"
check_eq "malformed header: exit 3" "3" "$?"
check "malformed header: file:line" grep -q "^migrations/versions/bad1.sql:3:1: error: malformed header: SQL before" "$T/e1"
printf -- '-- Revision ID: 0f0f0f0f0f01\n-- Revises: 0d0d0d0d0d01\n-- migrate:up\nSELECT 1;\n' >migrations/versions/bad1.sql
$SCHEMAC upgrade head >/dev/null 2>"$T/e2"
check_eq "missing down section: exit 3" "3" "$?"
check "missing down section: file:line" grep -q "^migrations/versions/bad1.sql:3:1: error: missing \"-- migrate:down\" section" "$T/e2"
printf -- '-- Revision ID: 0f0f0f0f0f01\n-- Revises: 999999999999\n-- migrate:up\n-- migrate:down\n' >migrations/versions/bad1.sql
$SCHEMAC history >/dev/null 2>"$T/e3"
check_eq "missing parent: exit 3" "3" "$?"
check "missing parent: names the file and the parent" grep -q "revises 999999999999, which is not in the versions folder" "$T/e3"
cp "$F1" migrations/versions/copy.sql
printf -- '-- Revision ID: 0f0f0f0f0f01\n-- Revises: 0d0d0d0d0d01\n-- migrate:up\n-- migrate:down\n' >migrations/versions/bad1.sql
$SCHEMAC heads >/dev/null 2>"$T/e4"
check_eq "duplicate id: exit 3" "3" "$?"
check "duplicate id: names both files" grep -q "duplicate revision id $R1: migrations/versions/20261122_1736_${R1}_initial_schema.sql and migrations/versions/copy.sql" "$T/e4"
rm -f migrations/versions/copy.sql migrations/versions/bad1.sql
check_eq "nothing was written by the failures" "$before" "$(ls migrations/versions | sort | tr '\n' ' ')"
check_eq "the database did not move" "0d0d0d0d0d01" "$(dbq 'SELECT version_num FROM schemac_version')"
cp schemac.ini good.ini
printf '[schemac]\nscript_location = migrations\nurl = %s\nschema_path = schema/\n' "$URL" >bad.ini
$SCHEMAC current -c bad.ini >/dev/null 2>"$T/e5"
check_eq "unknown config key: exit 3" "3" "$?"
check "unknown config key: its line number" grep -q "^bad.ini:4:1: error: unknown configuration key \"schema_path\"" "$T/e5"
n=$(ls migrations/versions | wc -l)
$SCHEMAC revision -m "x" -c bad.ini >/dev/null 2>&1
check_eq "a bad config writes nothing" "$n" "$(ls migrations/versions | wc -l)"

# ---- history -r START:END (Alembic's ranges) and show ----
# The graph: R1 <- R2 <- {0b0b0b0b0b01, 0c0c0c0c0c01} <- 0d0d0d0d0d01 (merge),
# the database at 0d0d0d0d0d01.
L_D="0b0b0b0b0b01, 0c0c0c0c0c01 -> 0d0d0d0d0d01 (head) (mergepoint), merge branches"
L_C="$R2 -> 0c0c0c0c0c01, other branch"
L_B="$R2 -> 0b0b0b0b0b01, backfill names"
L_2="$R1 -> $R2 (branchpoint), add posts"
L_1="<base> -> $R1, initial schema"
check_eq "history -r REV:REV (a branch and its merge)" "$L_D
$L_C
$L_B
$L_2" "$($SCHEMAC history -r 3f2a:0d0d)"
check_eq "history -r REV: (to the heads)" "$L_D
$L_B" "$($SCHEMAC history -r 0b0b:)"
check_eq "history -r :REV (from base)" "$L_C
$L_2
$L_1" "$($SCHEMAC history -r :0c0c)"
$SCHEMAC history -r -1: >"$T/h.out" 2>"$T/h.err"
check_eq "history -r -1: from a merge point: exit 2" "2" "$?"
check_eq "... saying why" "error: \"-1\": revision 0d0d0d0d0d01 is a merge point, so the walk down is ambiguous" \
    "$(head -n 1 "$T/h.err")"
check_eq "history -r current:current (current from the database)" "$L_D" \
    "$($SCHEMAC history -r current:current)"
check_eq "history -r :+2 (two steps up from base)" "$L_2
$L_1" "$($SCHEMAC history -r :+2)"
check_eq "history --rev-range=REV:REV --verbose" "Rev: 0b0b0b0b0b01" \
    "$($SCHEMAC history --rev-range=0b0b:0b0b --verbose | head -n 1)"
check_exit "history -r without a colon is a usage error" 2 $SCHEMAC history -r 3f2a
check_exit "history -r with an unknown revision is a usage error" 2 $SCHEMAC history -r ffff:
F2PATH=$F2
check_eq "show REV: Alembic's show output" "Rev: $R2 (branchpoint)
Parent: $R1
Branches into: 0b0b0b0b0b01, 0c0c0c0c0c01
Path: $F2PATH

    add posts

    Revision ID: $R2
    Revises: $R1
    Create Date: 2026-11-22 17:40:00+00:00" "$($SCHEMAC show 3f2a)"
check_eq "show head" "Rev: 0d0d0d0d0d01 (head) (mergepoint)" "$($SCHEMAC show head | head -n 1)"
check_eq "show current (from the database)" "Rev: 0d0d0d0d0d01 (head) (mergepoint)" \
    "$($SCHEMAC show current | head -n 1)"
check_eq "show base prints nothing" "" "$($SCHEMAC show base)"
check_exit "show with an unknown revision: exit 2" 2 $SCHEMAC show ffff
check_exit "show needs a revision" 2 $SCHEMAC show

# ---- an empty down section is allowed (Alembic runs an empty downgrade()) ----
case $DIALECT in pg) DIALECT_NAME=postgresql ;; *) DIALECT_NAME=sqlite ;; esac
export SCHEMAC_NOW="2026-11-22 20:00:00"
$SCHEMAC revision -m "irreversible" --rev-id 0a0a0a0a0a01 >/dev/null
F6=$(ls migrations/versions/*0a0a0a0a0a01*)
cat >"$F6" <<EOS
-- Revision ID: 0a0a0a0a0a01
-- Revises: 0d0d0d0d0d01
-- Message: irreversible

-- migrate:up
CREATE TABLE kept (a integer);

-- migrate:down
-- nothing to undo: kept stays
EOS
check_eq "upgrade to a revision with an empty down section" \
    "Running upgrade 0d0d0d0d0d01 -> 0a0a0a0a0a01, irreversible" "$($SCHEMAC upgrade head)"
L_A="0d0d0d0d0d01 -> 0a0a0a0a0a01 (head), irreversible"
check_eq "history -r -1: (one step down from the head)" "$L_A
${L_D% (head) (mergepoint), merge branches} (mergepoint), merge branches" "$($SCHEMAC history -r -1:)"
check_eq "history -r-1:current (an attached value; current from the database)" "$L_A
${L_D% (head) (mergepoint), merge branches} (mergepoint), merge branches" "$($SCHEMAC history -r-1:current)"
check_eq "history -r -1:current -i marks the current revision" \
    "0d0d0d0d0d01 -> 0a0a0a0a0a01 (head) (current), irreversible" "$($SCHEMAC history -r -1:current -i | head -n 1)"
check_eq "downgrade -1 runs its empty down section" \
    "Running downgrade 0a0a0a0a0a01 -> 0d0d0d0d0d01, irreversible" "$($SCHEMAC downgrade -1 2>&1)"
check_eq "... and moves the version row" "0d0d0d0d0d01" "$(dbq 'SELECT version_num FROM schemac_version')"
check_eq "... without running anything" "0" "$(dbq_count kept)"
$SCHEMAC downgrade 0a0a:-1 --sql >"$T/empty_down.sql"
check_eq "downgrade --sql of an empty down section: its comment and the version update" \
"-- schemac downgrade 0a0a:-1 ($DIALECT_NAME), generated offline: run it with the database at 0a0a

CREATE TABLE IF NOT EXISTS schemac_version_checksums (
    version_num VARCHAR(32) NOT NULL,
    checksum VARCHAR(64) NOT NULL,
    CONSTRAINT schemac_version_checksums_pkc PRIMARY KEY (version_num)
);

-- Running downgrade 0a0a0a0a0a01 -> 0d0d0d0d0d01, irreversible
-- $(basename "$F6")

BEGIN;

-- nothing to undo: kept stays

UPDATE schemac_version SET version_num = '0d0d0d0d0d01' WHERE version_num = '0a0a0a0a0a01';
DELETE FROM schemac_version_checksums WHERE version_num = '0a0a0a0a0a01';

COMMIT;" "$(cat "$T/empty_down.sql")"
rm -f "$F6"
dbq "DROP TABLE kept" >/dev/null

# ---- checksums of applied revision files (issue 14 item 20, as Atlas's atlas.sum) ----
check_eq "each applied revision's file checksum is recorded" "$(sha256sum "$F1" | cut -d' ' -f1)" \
    "$(dbq "SELECT checksum FROM schemac_version_checksums WHERE version_num = '$R1'")"
check_eq "the version table keeps one row per head" "0d0d0d0d0d01" "$(dbq 'SELECT version_num FROM schemac_version')"
check "nothing edited: upgrade says nothing about checksums" sh -c "$SCHEMAC upgrade head 2>&1 | grep -vq edited"
cp "$F1" "$T/f1.keep"
echo "-- a comment added after the fact" >>"$F1"
$SCHEMAC upgrade head >/dev/null 2>"$T/sum1.err"
check_eq "an applied file edited since: upgrade still works (exit 0)" "0" "$?"
check "... and warns, located at the file" \
    grep -q "^$F1:1:1: warning: revision $R1 was edited after it was applied" "$T/sum1.err"
$SCHEMAC upgrade head --strict >/dev/null 2>"$T/sum2.err"
check_eq "upgrade --strict: an error (exit 3)" "3" "$?"
check "... saying so" grep -q "^$F1:1:1: error: revision $R1 was edited after it was applied" "$T/sum2.err"
$SCHEMAC check >/dev/null 2>"$T/sum3.err"
check_eq "check warns and still compares (exit 0)" "0" "$?"
check "... the warning" grep -q "warning: revision $R1 was edited after it was applied" "$T/sum3.err"
check_exit "check --strict: exit 3" 3 $SCHEMAC check --strict
$SCHEMAC current --verbose >"$T/sum4.out" 2>"$T/sum4.err"
check "current --verbose: the head's checksum as applied" grep -q "^Checksum: [0-9a-f]\{64\} (as applied)" "$T/sum4.out"
check "current --verbose: the warning for the edited ancestor" grep -q "warning: revision $R1 was edited" "$T/sum4.err"
check_exit "current --strict: exit 3" 3 $SCHEMAC current --strict
$SCHEMAC history --verbose >"$T/sum5.out" 2>&1
check "history --verbose shows the edited file" \
    grep -q "^Checksum: $(sha256sum "$F1" | cut -d' ' -f1) (edited since it was applied: the database ran $(sha256sum "$T/f1.keep" | cut -d' ' -f1))" "$T/sum5.out"
check "history --verbose shows the others as applied" grep -q "(as applied)" "$T/sum5.out"
cp "$T/f1.keep" "$F1"
check_eq "the edit undone: no warning" "" "$($SCHEMAC upgrade head 2>&1 | grep edited)"
# A database stamped before checksums existed: nothing recorded, nothing to warn.
dbq "DROP TABLE schemac_version_checksums" >/dev/null
echo "-- edited" >>"$F1"
check_eq "no checksums table (an older database): no warning" "" "$($SCHEMAC check 2>&1 | grep edited)"
check "current --verbose: not recorded" sh -c "$SCHEMAC current --verbose | grep -q '(not recorded)'"
check "the next upgrade creates the table" $SCHEMAC upgrade head
check_eq "... empty until a revision runs or stamp records" "0" "$(dbq 'SELECT count(*) FROM schemac_version_checksums')"
check "stamp records the files as they are now" $SCHEMAC stamp heads
check_eq "... every applied revision" "$(sha256sum "$F1" | cut -d' ' -f1)" \
    "$(dbq "SELECT checksum FROM schemac_version_checksums WHERE version_num = '$R1'")"
check_eq "... and the edit is accepted" "" "$($SCHEMAC check 2>&1 | grep edited)"
cp "$T/f1.keep" "$F1"
$SCHEMAC stamp heads >/dev/null
