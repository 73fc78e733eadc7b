#!/usr/bin/env bash
# Times Parley's pages: starts the packaged jar on a fresh embedded PostgreSQL with the Geneva
# record, then
#  1. signs in as the admin and requests each read page N times;
#  2. makes an editor (through /admin/users, then the first-sign-in password change), signs in
#     as that editor and requests each editor form N times (GET /rounds/new,
#     /proposals/{id}/edit, /positions/new?proposal=…, /citations/new, /log);
#  3. saves M complete quick logs (POST /log: a new citation, a round with a unique title, two new
#     proposals and three positions, one transaction each) and times each save up to its redirect.
# For each it prints median, 95th percentile and maximum in milliseconds.
# Run on demand: ./mvnw -DskipTests package && bench/pages.sh [N] [M]   (defaults 200 and 20)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-200}
logs=${2:-20}
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

# Median, 95th percentile and maximum of the times (seconds, one a line) on stdin, in ms.
stats() {
	sort -n | awk '{t[NR]=$1} END {m=int((NR+1)/2); p=int(NR*0.95); if (p<1) p=1;
		printf "%8.1f %8.1f %8.1f", t[m]*1000, t[p]*1000, t[NR]*1000}'
}

# Requests each page given N times after 20 warm-up requests, with the cookies in $1.
time_pages() {
	local jar=$1
	shift
	for page in "$@"; do
		for _ in $(seq 1 20); do curl -s -o /dev/null -b "$jar" "$base$page"; done
		figures=$(for _ in $(seq 1 "$runs"); do
			curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$base$page"
		done | stats)
		status=$(curl -s -o /dev/null -b "$jar" -w '%{http_code}' "$base$page")
		printf '%-72s %s\n' "$page [$status]" "$figures"
	done
}

# The _csrf value of a page's first form.
csrf_of() {
	curl -s -b "$1" -c "$1" "$base$2" | sed -n 's/.*name="_csrf" *value="\([^"]*\)".*/\1/p' | head -1
}

printf '%-72s %8s %8s %8s\n' "read page, as the admin ($runs requests each, after 20 warm-up)" "median" "p95" "max"
time_pages "$cookies" "${pages[@]}"

# An editor: made by the admin, who sets a first password the editor must change.
editor="bench-editor"
first='bench editor first password'
editor_password='bench editor password, long enough'
editor_cookies="$data/editor-cookies"
curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=$editor" --data-urlencode "role=EDITOR" \
	--data-urlencode "password=$first" --data-urlencode "_csrf=$(csrf_of "$cookies" /admin/users/new)" "$base/admin/users"
csrf=$(csrf_of "$editor_cookies" /login)
curl -s -o /dev/null -c "$editor_cookies" -b "$editor_cookies" --data-urlencode "username=$editor" \
	--data-urlencode "password=$first" --data-urlencode "_csrf=$csrf" "$base/login"
curl -s -o /dev/null -b "$editor_cookies" -c "$editor_cookies" --data-urlencode "currentPassword=$first" \
	--data-urlencode "newPassword=$editor_password" --data-urlencode "confirmation=$editor_password" \
	--data-urlencode "_csrf=$(csrf_of "$editor_cookies" /account/password)" "$base/account/password"

forms=("/rounds/new" "/proposals/$proposal/edit" "/positions/new?proposal=$proposal" "/citations/new" "/log")
echo
printf '%-72s %8s %8s %8s\n' "editor form, as $editor ($runs requests each, after 20 warm-up)" "median" "p95" "max"
time_pages "$editor_cookies" "${forms[@]}"

# The ids a quick log names, found as the pickers find them.
pick() { curl -s -b "$editor_cookies" "$base/pick/$1?q=$2" | grep -o '"id":[0-9]*' | head -1 | grep -o '[0-9]*'; }
source_id=$(pick source Report)
ukraine=$(pick party Ukraine)
russia=$(pick party Russia)
usa=$(pick party 'United%20States')
merezhko=$(pick person Merezhko)
negotiation=$(curl -s -b "$editor_cookies" "$base/negotiations/russia-ukraine" | grep -o 'href="/negotiations/[0-9]*/edit"' \
	| head -1 | grep -o '[0-9]*')

csrf=$(csrf_of "$editor_cookies" /log)
stamp=$(date +%s)
saves=$(for i in $(seq 1 "$logs"); do
	curl -s -o /dev/null -b "$editor_cookies" -w '%{time_total} %{http_code} %{redirect_url}\n' \
		--data-urlencode "_csrf=$csrf" --data-urlencode "sourceId=$source_id" \
		--data-urlencode "url=https://report.az/en/bench-$stamp-$i" --data-urlencode "headline=Bench report $i" \
		--data-urlencode "publishedOn=2026-03-06" --data-urlencode "excerpt=What the delegations said." \
		--data-urlencode "credibility=2" --data-urlencode "negotiationId=$negotiation" \
		--data-urlencode "title=Bench round $stamp-$i" --data-urlencode "place=Abu Dhabi" \
		--data-urlencode "startsOn=2026-03-04" --data-urlencode "endsOn=2026-03-05" \
		--data-urlencode "format=TRILATERAL" --data-urlencode "outcome=PARTIAL_AGREEMENT" \
		--data-urlencode "mediatorId=$usa" --data-urlencode "partyIds=$ukraine" --data-urlencode "partyIds=$russia" \
		--data-urlencode "summary=Agreement on an *exchange*." \
		--data-urlencode "proposals[0].title=Bench ceasefire $stamp-$i" --data-urlencode "proposals[0].status=UNDER_DISCUSSION" \
		--data-urlencode "proposals[0].introducedById=$usa" \
		--data-urlencode "proposals[1].title=Bench exchange $stamp-$i" --data-urlencode "proposals[1].status=TABLED" \
		--data-urlencode "proposals[1].introducedById=$ukraine" \
		--data-urlencode "positions[0].partyId=$ukraine" --data-urlencode "positions[0].proposal=row-0" \
		--data-urlencode "positions[0].stance=CONDITIONAL" --data-urlencode "positions[0].condition=With monitors" \
		--data-urlencode "positions[0].speakerId=$merezhko" --data-urlencode "positions[0].quote=Not without monitors." \
		--data-urlencode "positions[1].partyId=$russia" --data-urlencode "positions[1].proposal=row-0" \
		--data-urlencode "positions[1].stance=OPPOSES" \
		--data-urlencode "positions[2].partyId=$russia" --data-urlencode "positions[2].proposal=row-1" \
		--data-urlencode "positions[2].stance=SUPPORTS" \
		"$base/log"
done)
# Saved: redirected to the new round's page (a refused form answers 200 with the errors).
saved=$(echo "$saves" | grep -cE ' 302 [^ ]*/rounds/[0-9]+$' || true)
echo
printf '%-72s %8s %8s %8s\n' "save, as $editor ($logs, one after another)" "median" "p95" "max"
printf '%-72s %s\n' "POST /log, a complete quick log [$saved of $logs saved]" "$(echo "$saves" | awk '{print $1}' | stats)"
