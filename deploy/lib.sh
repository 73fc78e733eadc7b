# Shared by deploy/two-instances and deploy/backup-check (sourced, not run): building the jar,
# starting a data directory's PostgreSQL on its own, starting Parley instances on it, signing in.
# Every process started here is recorded in $work/pids and stopped by stop_all.

die() {
	echo "$(basename "$0"): $*" >&2
	exit 1
}

log() { echo "$*" >&2; }

# The packaged jar, built first if missing.
parley_jar() {
	local jar
	jar=$(ls target/parley-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
	if [ -z "$jar" ]; then
		log "building the jar (./mvnw -q -DskipTests package)"
		./mvnw -q -DskipTests package
		jar=$(ls target/parley-*.jar | grep -v -- '-plain' | head -1)
	fi
	echo "$jar"
}

# The PostgreSQL binaries Parley's embedded server runs (Maven Central's, unpacked by the app or
# bench/generate into $TMPDIR/embedded-pg on their first start), of the major version given.
embedded_bin() {
	local major=$1 dir
	for dir in "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin; do
		[ -x "$dir/postgres" ] || continue
		if "$dir/postgres" --version | grep -q " $major\."; then
			echo "$dir"
			return
		fi
	done
	die "no PostgreSQL $major binaries under ${TMPDIR:-/tmp}/embedded-pg (start Parley once on this machine to unpack them)"
}

# PostgreSQL refuses to run as root; Parley's embedded server then runs in a user namespace of its
# own (unshare -U), and so do these. The command replaces the shell (exec), so that a background
# one's $! is the server's own pid.
as_postgres() {
	if [ "$(id -u)" = 0 ]; then exec unshare -U "$@"; else exec "$@"; fi
}

# Starts the PostgreSQL of a Parley data directory on its own, with the settings the app gives it
# (durable, localhost only), and waits until ROLE (default the owner, parley) can sign in.
#   start_postgres DATA_DIR PORT [ROLE PASSWORD]
start_postgres() {
	local data=$1 port=$2 role=${3:-parley} password=${4:-} bin pid
	bin=$(embedded_bin "$(cat "$data/postgres/PG_VERSION")")
	local pidfile="$data/postgres/postmaster.pid"
	if [ -f "$pidfile" ] && kill -0 "$(head -1 "$pidfile")" 2>/dev/null; then
		die "a PostgreSQL (pid $(head -1 "$pidfile")) already runs on $data/postgres: stop it first"
	fi
	(as_postgres "$bin/postgres" -D "$data/postgres" -p "$port" -c listen_addresses=localhost \
		-c fsync=on -c synchronous_commit=on -c full_page_writes=on -c password_encryption=scram-sha-256 \
		-c max_connections=300 -c timezone=UTC >>"$work/postgres-$port.log" 2>&1) &
	pid=$!
	echo "$pid postgres" >>"$work/pids"
	[ -n "$password" ] || password=$(owner_password "$data")
	for _ in $(seq 1 300); do
		kill -0 "$pid" 2>/dev/null || { tail -20 "$work/postgres-$port.log" >&2; die "PostgreSQL on $data stopped while starting"; }
		PGPASSWORD=$password psql -h localhost -p "$port" -U "$role" -d postgres -XAtqc 'select 1' >/dev/null 2>&1 && return
		sleep 0.2
	done
	die "PostgreSQL on $data did not accept connections within a minute"
}

owner_password() { sed -n 's/^owner=//p' "$1/postgres-credentials.properties"; }
superuser_password() { sed -n 's/^superuser=//p' "$1/postgres-credentials.properties"; }

# Starts an instance of Parley in the background and waits (up to 5 minutes, polling
# /actuator/health) until it answers UP; the SPRING_DATASOURCE_* variables of the caller's
# environment choose its database.
#   start_instance NAME PORT [ARGUMENTS…]
start_instance() {
	launch_instance "$@"
	wait_up "$1" "$2"
}

# The same without waiting: its pid in pid_NAME; wait_up NAME PORT waits for it.
launch_instance() {
	local name=$1 port=$2
	shift 2
	java ${JAVA_OPTS:--Xmx384m} -jar "$jar" --server.port="$port" "$@" >>"$work/$name.log" 2>&1 &
	echo "$! $name" >>"$work/pids"
	printf -v "pid_$name" '%s' "$!"
}

wait_up() {
	local name=$1 port=$2 pid_var="pid_$1"
	local pid=${!pid_var}
	for _ in $(seq 1 1500); do
		kill -0 "$pid" 2>/dev/null || { tail -30 "$work/$name.log" >&2; die "$name stopped while starting (log: $work/$name.log)"; }
		curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && return
		sleep 0.2
	done
	die "$name did not answer UP on port $port within 5 minutes (log: $work/$name.log)"
}

# Stops one process and waits for it (SIGTERM: Parley shuts down gracefully, PostgreSQL smartly;
# SIGINT for PostgreSQL's fast shutdown), at most a minute before SIGKILL.
stop_pid() {
	local pid=$1 signal=${2:-TERM}
	kill -0 "$pid" 2>/dev/null || return 0
	kill -"$signal" "$pid" 2>/dev/null || true
	for _ in $(seq 1 600); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null || true
}

# Everything started, newest first: instances and nginx before the PostgreSQL they use.
stop_all() {
	[ -f "$work/pids" ] || return 0
	local started entry
	mapfile -t started < <(tac "$work/pids")
	for entry in "${started[@]}"; do
		case ${entry#* } in
			postgres) stop_pid "${entry%% *}" INT ;;
			nginx) stop_pid "${entry%% *}" QUIT ;;
			*) stop_pid "${entry%% *}" ;;
		esac
	done
	rm -f "$work/pids"
}

# Signs in through BASE with the cookie jar given; prints where the sign-in led. curl_opts (an
# array) holds more options for curl.
#   sign_in BASE COOKIES USERNAME PASSWORD
curl_opts=()
sign_in() {
	local base=$1 cookies=$2 csrf
	csrf=$(curl "${curl_opts[@]}" -s -b "$cookies" -c "$cookies" "$base/login" | sed -n 's/.*name="_csrf" *value="\([^"]*\)".*/\1/p' | head -1)
	curl "${curl_opts[@]}" -s -o /dev/null -w '%{redirect_url}' -b "$cookies" -c "$cookies" --data-urlencode "username=$3" \
		--data-urlencode "password=$4" --data-urlencode "_csrf=$csrf" "$base/login"
}

# PASS/FAIL lines, collected for the summary.
checks=()
failed=0
check() {
	local ok=$1 what=$2
	if [ "$ok" = 0 ]; then
		checks+=("PASS  $what")
		log "PASS  $what"
	else
		checks+=("FAIL  $what")
		log "FAIL  $what"
		failed=$((failed + 1))
	fi
}

summary() {
	echo
	echo "== $(basename "$0"): summary"
	printf '%s\n' "${checks[@]}"
	if [ "$failed" = 0 ]; then
		echo "PASS (${#checks[@]} checks)"
	else
		echo "FAIL ($failed of ${#checks[@]} checks failed; logs kept in $work)"
	fi
}
