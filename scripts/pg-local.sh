#!/usr/bin/env bash
# pg-local.sh: a throwaway PostgreSQL server on a loopback port, to try
# tradestats on PostgreSQL; .ci/run starts one for the tests with it.
#
#   scripts/pg-local.sh start [DIR]   start a server whose files are in DIR
#                                     (default /tmp/tradestats-pg)
#   scripts/pg-local.sh stop [DIR]    stop it and remove DIR
#
# The server listens on 127.0.0.1 only, on the first free port from 54320.
# It has a role "tradestats", with a random password, that owns a database
# "tradestats". The data source name, password included, is written to
# DIR/dsn (readable by its owner only) and not printed; start prints how
# to use it:
#
#   export TRADESTATS_DB="$(cat /tmp/tradestats-pg/dsn)"
#   tradestats ingest corpus/
#
# PostgreSQL comes from the system's packages (Debian: apt-get install -y
# postgresql); the newest /usr/lib/postgresql/*/bin is used, else initdb and
# pg_ctl on PATH. initdb refuses to run as root: as root, the server runs as
# the "postgres" user (which the package creates).
#
# Environment:
#   PG_FAST=1   no fsync, for throwaway test clusters (a crash of the
#               machine may lose the cluster; the data of a test is lost
#               with it anyway)
#   PG_PORT=N   the port to listen on instead of the first free one
set -euo pipefail

cmd=${1:-}
dir=${2:-/tmp/tradestats-pg}
case $cmd in
start | stop) ;;
*)
	echo "usage: pg-local.sh start|stop [DIR]" >&2
	exit 2
	;;
esac

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z $bindir ]] && command -v pg_ctl >/dev/null; then
	bindir=$(dirname "$(command -v pg_ctl)")
fi
if [[ -z $bindir || ! -x $bindir/pg_ctl ]]; then
	echo "pg-local.sh: PostgreSQL is not installed (Debian: apt-get install -y postgresql)" >&2
	exit 1
fi

# as_owner CMD...: runs CMD as the user who owns the cluster: postgres when
# this script runs as root, else the current user.
as_owner() {
	if [[ $(id -u) == 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

if [[ $cmd == stop ]]; then
	if [[ -f $dir/data/PG_VERSION ]]; then
		as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
	exit 0
fi

if [[ -e $dir/data ]]; then
	echo "pg-local.sh: $dir/data exists: stop that server first (pg-local.sh stop $dir)" >&2
	exit 1
fi
mkdir -p "$dir"
chmod 700 "$dir"
if [[ $(id -u) == 0 ]]; then
	chown postgres: "$dir"
fi

# A free port: nothing answers on it.
port=${PG_PORT:-}
if [[ -z $port ]]; then
	for ((p = 54320; p < 54420; p++)); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			port=$p
			break
		fi
	done
fi
if [[ -z $port ]]; then
	echo "pg-local.sh: no free port in 54320-54419" >&2
	exit 1
fi

password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
# The superuser "postgres" connects through the socket in $dir without a
# password; over TCP every role needs its password.
as_owner "$bindir/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
	--auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 || {
	cat "$dir/initdb.log" >&2
	exit 1
}
opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir"
if [[ ${PG_FAST:-} == 1 ]]; then
	opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi
if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -o "$opts" -l "$dir/server.log" -w -t 60 start >/dev/null; then
	cat "$dir/server.log" >&2
	exit 1
fi
as_owner "$bindir/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
	-c "CREATE ROLE tradestats LOGIN PASSWORD '$password'" \
	-c "CREATE DATABASE tradestats OWNER tradestats" >/dev/null

umask 077
echo "postgres://tradestats:$password@127.0.0.1:$port/tradestats" >"$dir/dsn.tmp"
if [[ $(id -u) == 0 ]]; then
	chown root: "$dir/dsn.tmp"
fi
mv "$dir/dsn.tmp" "$dir/dsn"
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, files in $dir" >&2
echo "use it with:  export TRADESTATS_DB=\"\$(cat $dir/dsn)\"" >&2
echo "stop it with: $0 stop $dir" >&2
