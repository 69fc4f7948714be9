#!/usr/bin/env bash
# A load run with wrk as the client, in a process of its own (issue 6, "Under load"): starts `marsad serve` over a
# store, saves event ids to ask for, warms up, then runs wrk with bench/wrk/load-mix.lua (50 connections for 60 s
# by default) while a loop POSTs new pages to /api/pages with the token; prints wrk's figures, the ingest's
# statuses, and the server's heap after a full GC before and after the run (memory flat).
#
#   ./mvnw -q -o package -DskipTests
#   bench/wrk/run-wrk.sh /tmp/load1m [PORT] [SECONDS] [CONNECTIONS]
#
# wrk's own timeout is 2 s (a slower answer counts as an error); this script gives it TIMEOUT (default 10s, the
# server's admission wait: a request waiting longer is answered 503, which the Lua script counts as an error).
# Needs wrk (Debian: apt-get install wrk), curl and jcmd (the JDK). Not part of CI. Extra server options can be
# given in SERVE_OPTS (e.g. SERVE_OPTS="--max-reads 4"), the JVM's in JAVA_OPTS (default -Xmx2g); ROUNDS=2 runs
# wrk twice on the same server and prints the heap after GC between the rounds (memory flat: no growth).
set -euo pipefail
DB=${1:?usage: run-wrk.sh STORE_DIR [PORT] [SECONDS] [CONNECTIONS]}
PORT=${2:-8089}
SECONDS_=${3:-60}
CONNS=${4:-50}
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$HERE/../../cli/target/marsad.jar}
TOKEN=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
OUT=$(mktemp -d /tmp/marsad-wrk-XXXXXX)
BASE=http://127.0.0.1:$PORT
INGEST=

# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx2g} -jar "$JAR" serve --db "$DB" --port "$PORT" --token "$TOKEN" ${SERVE_OPTS:-} \
    > "$OUT/server.log" 2>&1 &
SERVER=$!
cleanup() {
    if [ -n "$INGEST" ]; then kill "$INGEST" 2>/dev/null || true; fi
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
}
trap cleanup EXIT
until grep -q "serving" "$OUT/server.log"; do
    kill -0 "$SERVER" 2>/dev/null || { cat "$OUT/server.log"; exit 1; }
    sleep 1
done
echo "server: $(grep serving "$OUT/server.log") (pid $SERVER); files in $OUT"

TOTAL=$(curl -sf "$BASE/api/events?limit=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
for i in 1 2 3 4 5; do   # 5 x 200 ids spread over the store, as bench-load takes them
    curl -sf "$BASE/api/events?limit=200&offset=$(( (TOTAL - 200) * i / 6 ))"
done > "$OUT/ids.json"

heap() {   # MiB used after a full collection
    jcmd "$SERVER" GC.run > /dev/null
    sleep 0.2
    jcmd "$SERVER" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | awk '{ printf "%d", $2 / 1024 }'
}

wrk -t2 -c8 -d10s -s "$HERE/load-mix.lua" "$BASE" -- "$OUT/ids.json" > "$OUT/warmup.txt"
BEFORE=$(heap)

ingest() {   # new pages one after another, 50 ms apart (as bench-load's ingest client)
    local n=$(( $(date +%s) % 100000 * 1000 )) places=("حلب" "إدلب" "درعا" "حمص" "الرقة" "الموصل")
    while :; do
        n=$((n + 1))
        local p=${places[$((n % 6))]}
        curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" \
            -H 'Content-Type: application/json' "$BASE/api/pages" --data-binary \
            "{\"title\": \"تقرير ميداني رقم $n من $p\", \"published\": \"2024-0$((n % 9 + 1))-1$((n % 10))\", \"url\": \"https://example.org/w/$n\", \"text\": \"قصفت طائرات حربية أطراف مدينة $p صباح اليوم، ما أدى إلى مقتل $((n % 40 + 2)) أشخاص.\\n\\nتظاهر مئات من سكان $p أمام مبنى المحافظة للأسبوع رقم $n.\"}" \
            >> "$OUT/ingest.txt" || echo "curl-failed" >> "$OUT/ingest.txt"
        sleep 0.05
    done
}
ingest &
INGEST=$!

for round in $(seq 1 "${ROUNDS:-1}"); do   # ROUNDS=2: the heap after the second round shows whether it grows
    echo "round $round; load: $(uptime)"
    wrk -t2 -c"$CONNS" -d"${SECONDS_}s" --timeout "${TIMEOUT:-10s}" --latency -s "$HERE/load-mix.lua" "$BASE" -- "$OUT/ids.json" \
        | tee "$OUT/wrk-$round.txt"
    echo "after: $(uptime)"
    if [ "$round" -lt "${ROUNDS:-1}" ]; then echo "heap MiB after GC after round $round: $(heap)"; fi
done
kill "$INGEST"; wait "$INGEST" 2>/dev/null || true; INGEST=
AFTER=$(heap)
jcmd "$SERVER" GC.class_histogram 2>/dev/null | head -30 > "$OUT/histogram.txt" || true
echo "ingest statuses: $(sort "$OUT/ingest.txt" | uniq -c | tr '\n' ' ')"
echo "heap MiB after GC: before $BEFORE, after $AFTER (largest classes: $OUT/histogram.txt)"
