# PostgreSQL: the system service (installed from Debian's packages when absent), shared by all
# stacks on the machine; each stack has its own role and database.
# shellcheck shell=bash disable=SC2034

# Machine-wide bookkeeping, so that the last stack to leave stops a server a stack started and
# no stack ever stops a server it found running.
PG_STATE_DIR=${BREAKWATER_PG_STATE_DIR:-/tmp/breakwater-postgres}

pg_server_installed() {
  [[ -z ${BREAKWATER_PG_FORCE_INSTALL:-} ]] || return 1
  compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null && command -v pg_lsclusters >/dev/null
}

pg_accepting() { pg_isready -q -h 127.0.0.1 -p "$1" -t 2 2>/dev/null; }

install_postgres() {
  is_root || die "PostgreSQL is not installed and installing it needs root: apt-get install postgresql"
  log "installing PostgreSQL from Debian's packages (apt-get)"
  apt-get update -q >"$STACK_DIR/logs/apt-get.log" 2>&1 || fail_component postgresql "$STACK_DIR/logs/apt-get.log" "apt-get update failed" || exit 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >>"$STACK_DIR/logs/apt-get.log" 2>&1 ||
    { fail_component postgresql "$STACK_DIR/logs/apt-get.log" "apt-get install postgresql failed"; exit 1; }
}

# Starts the Debian cluster that listens on the port (creating one if the machine has none).
start_postgres() {
  local port=$1 cluster version
  is_root || die "PostgreSQL is not running on port $port and starting it needs root"
  cluster=$(pg_lsclusters -h | awk -v p="$port" '$3 == p { print $1 " " $2; exit }')
  if [[ -z $cluster ]]; then
    if [[ -n $(pg_lsclusters -h) ]]; then
      die "no PostgreSQL cluster listens on port $port: $(pg_lsclusters -h | awk '{print $1"/"$2":"$3}' | tr '\n' ' ')"
    fi
    version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
    log "creating PostgreSQL cluster $version/main on port $port"
    pg_createcluster "$version" main -p "$port" >>"$STACK_DIR/logs/postgresql.log" 2>&1 ||
      { fail_component postgresql "$STACK_DIR/logs/postgresql.log" "pg_createcluster failed"; exit 1; }
    cluster="$version main"
  fi
  log "starting PostgreSQL cluster ${cluster/ //} (port $port)"
  # pg_ctlcluster, not pg_ctl: it runs the server as the cluster's owner; a bare pg_ctl on PATH
  # may be a wrapper, and refuses to run as root anyway.
  # shellcheck disable=SC2086
  pg_ctlcluster $cluster start >>"$STACK_DIR/logs/postgresql.log" 2>&1 ||
    { fail_component postgresql "/var/log/postgresql/postgresql-${cluster/ /-}.log" "pg_ctlcluster start failed"; exit 1; }
  mkdir -p "$PG_STATE_DIR"
  printf '%s\n' "$cluster" >"$PG_STATE_DIR/started"
  local i
  for ((i = 0; i < 60; i++)); do
    pg_accepting "$port" && return 0
    sleep 1
  done
  fail_component postgresql "/var/log/postgresql/postgresql-${cluster/ /-}.log" "not accepting connections after 60s"
  exit 1
}

# Runs SQL as the database superuser: through the local socket as the postgres OS user, or with
# BREAKWATER_PG_ADMIN_URL (for a server without a local socket, e.g. in a container).
pg_admin() {
  if [[ -n ${BREAKWATER_PG_ADMIN_URL:-} ]]; then
    psql -X -q -t -A -v ON_ERROR_STOP=1 "$BREAKWATER_PG_ADMIN_URL" "$@"
  elif is_root; then
    runuser -u postgres -- psql -X -q -t -A -v ON_ERROR_STOP=1 -p "$STACK_POSTGRES_PORT" -d postgres "$@"
  else
    sudo -n -u postgres psql -X -q -t -A -v ON_ERROR_STOP=1 -p "$STACK_POSTGRES_PORT" -d postgres "$@"
  fi
}

create_role_and_database() {
  local db=$STACK_POSTGRES_DATABASE user=$STACK_POSTGRES_USER password=$STACK_POSTGRES_PASSWORD
  [[ $db =~ ^[a-z_][a-z0-9_]*$ && $user =~ ^[a-z_][a-z0-9_]*$ ]] ||
    die "database and role names must match [a-z_][a-z0-9_]*: $db, $user"
  [[ $password =~ ^[A-Za-z0-9_.-]+$ ]] || die "the local database password must match [A-Za-z0-9_.-]+"
  pg_admin -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
        CREATE ROLE $user LOGIN PASSWORD '$password';
      ELSE
        ALTER ROLE $user LOGIN PASSWORD '$password';
      END IF;
    END \$\$;" >/dev/null || die "could not create the database role $user"
  # The test command starts every run from an empty database.
  if ((${FRESH_DATABASE:-0})); then
    pg_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || die "could not drop database $db"
  fi
  if [[ -z $(pg_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
    log "creating database $db (owner $user)"
    pg_admin -c "CREATE DATABASE $db OWNER $user" >/dev/null || die "could not create database $db"
  fi
}

ensure_postgres() {
  local port=$STACK_POSTGRES_PORT
  pg_server_installed || install_postgres
  if pg_accepting "$port"; then
    log "PostgreSQL is running on port $port; using it"
  else
    start_postgres "$port"
  fi
  mkdir -p "$PG_STATE_DIR/users"
  # The second line, this script's PID, marks the stack as alive while it is still starting and
  # none of its own processes run yet.
  printf '%s\n%s\n' "$STACK_DIR" "$$" >"$PG_STATE_DIR/users/$(stack_id)"
  # The schema is the webapp's to migrate when it starts (breakwater-jobs' SchemaStartup).
  create_role_and_database
}

stack_id() { printf '%s' "$STACK_DIR" | sha1sum | cut -c1-16; }

# A stack still uses PostgreSQL while any process it started is alive.
stack_alive() {
  local dir=$1 file pid
  for file in "$dir"/run/*.pid; do
    [[ -f $file ]] || continue
    pid=$(<"$file")
    [[ -r /proc/$pid/cmdline ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$dir" && return 0
  done
  return 1
}

# Leaves PostgreSQL: stops the server only if a stack started it and no other stack is using it.
release_postgres() {
  local user_file other starter cluster
  rm -f "$PG_STATE_DIR/users/$(stack_id)"
  [[ -f $PG_STATE_DIR/started ]] || return 0
  for user_file in "$PG_STATE_DIR"/users/*; do
    [[ -f $user_file ]] || continue
    other='' starter=''
    { read -r other; read -r starter; } <"$user_file" || true
    if stack_alive "$other" || { [[ -n ${starter:-} ]] && kill -0 "$starter" 2>/dev/null; }; then
      log "PostgreSQL stays up: the stack in $other uses it"
      return 0
    fi
    rm -f "$user_file"
  done
  cluster=$(<"$PG_STATE_DIR/started")
  log "stopping PostgreSQL cluster ${cluster/ //} (started by a Breakwater stack)"
  # shellcheck disable=SC2086
  pg_ctlcluster $cluster stop >>"$STACK_DIR/logs/postgresql.log" 2>&1 || warn "pg_ctlcluster stop failed"
  rm -f "$PG_STATE_DIR/started"
}

postgres_status() {
  if pg_accepting "$STACK_POSTGRES_PORT"; then
    printf '%-14s %-8s %-9s %s\n' postgresql "-" ready "postgresql://127.0.0.1:$STACK_POSTGRES_PORT/$STACK_POSTGRES_DATABASE"
  else
    printf '%-14s %-8s %-9s %s\n' postgresql "-" down "port $STACK_POSTGRES_PORT"
  fi
}
