#!/usr/bin/env bash
# Times Parley's read pages as an analyst sees them: starts the packaged jar on a fresh embedded
# PostgreSQL with the Geneva record, signs in, then requests each page N times and prints
# median, 95th percentile and maximum in milliseconds. Run on demand: ./mvnw -DskipTests package && bench/pages.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-200}
port=${PORT:-18090}
password='bench admin password, long enough'
data=$(mktemp -d)
jar=$(ls target/parley-*.jar | head -1)
jar_log="$data/app.log"
cookies="$data/cookies"

PARLEY_ADMIN_PASSWORD="$password" java -jar "$jar" --server.port="$port" --parley.data-dir="$data" \
	>"$jar_log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT

base="http://localhost:$port"
for _ in $(seq 1 120); do
	curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
	sleep 1
done

csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf" *value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=admin" \
	--data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"

proposal=$(curl -s -b "$cookies" "$base/proposals?q=civilian" | grep -o 'href="/proposals/[0-9]*"' | head -1 | grep -o '[0-9]*')
round=$(curl -s -b "$cookies" "$base/rounds" | grep -o 'href="/rounds/[0-9]*"' | head -1 | grep -o '[0-9]*')

pages=("/" "/rounds" "/rounds/$round" "/proposals" "/proposals/$proposal" \
	"/matrix?negotiation=russia-ukraine&asOf=2026-02-21&compare=2026-02-16" \
	"/negotiations/russia-ukraine" "/search?q=Rosgvardiya" "/changes")

printf '%-72s %8s %8s %8s\n' "page ($runs requests each, after 20 warm-up)" "median" "p95" "max"
for page in "${pages[@]}"; do
	for _ in $(seq 1 20); do curl -s -o /dev/null -b "$cookies" "$base$page"; done
	times=$(for _ in $(seq 1 "$runs"); do
		curl -s -o /dev/null -b "$cookies" -w '%{time_total}\n' "$base$page"
	done | sort -n)
	status=$(curl -s -o /dev/null -b "$cookies" -w '%{http_code}' "$base$page")
	median=$(echo "$times" | awk -v n="$runs" 'NR==int((n+1)/2){printf "%.1f", $1*1000}')
	p95=$(echo "$times" | awk -v n="$runs" 'NR==int(n*0.95){printf "%.1f", $1*1000}')
	max=$(echo "$times" | tail -1 | awk '{printf "%.1f", $1*1000}')
	printf '%-72s %8s %8s %8s\n' "$page [$status]" "$median" "$p95" "$max"
done
