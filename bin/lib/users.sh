# bin/breakwater user: accounts for the webapp's form login, in the stack's PostgreSQL
# (docs/accounts.md). Runs the webapp's UserCommand from the built webapp.war on a plain JVM.
# shellcheck shell=bash

user_usage() {
  cat <<'USAGE'
usage: bin/breakwater user add NAME [--admin] [--group GROUP]... [--env E]
       bin/breakwater user activate NAME | deactivate NAME [--env E]
       bin/breakwater user list [--env E]

  add         creates an account for form login; the password is asked for, or taken from
              $BREAKWATER_USER_PASSWORD (for scripts). --admin puts it in Administrators (every
              permission), --group in any existing group (Hackers: Socorro's permissions).
  deactivate  the user can no longer log in or use their API tokens; activate undoes it
  list        users, whether active, and their groups

  Works on the database of the environment's stack (PostgreSQL must be running: bin/breakwater
  up or services); the schema is migrated first if the webapp has not done so yet.
USAGE
}

user_command() {
  [[ $# -gt 0 && $1 != -h && $1 != --help ]] || { user_usage; [[ $# -gt 0 ]]; return; }
  local war="$REPO/webapp-war/target/webapp.war" classes="$STACK_DIR/run/user-command"
  if [[ ! -f $war ]]; then
    log "building the webapp (mvn package, tests skipped)"
    (cd "$REPO" && mvn -B -q -pl webapp-war -am package -DskipTests) || die "the build failed"
  fi
  # The war's classes and libraries are the command's classpath; unpacked once per build.
  if [[ ! -f $classes/.unpacked || $war -nt $classes/.unpacked ]]; then
    rm -rf "$classes" && mkdir -p "$classes"
    unzip -q "$war" 'WEB-INF/classes/*' 'WEB-INF/lib/*' -d "$classes" || die "could not unpack $war"
    touch "$classes/.unpacked"
  fi
  BREAKWATER_DB_URL="jdbc:postgresql://127.0.0.1:$STACK_POSTGRES_PORT/$STACK_POSTGRES_DATABASE" \
    BREAKWATER_DB_USER="$STACK_POSTGRES_USER" BREAKWATER_DB_PASSWORD="$STACK_POSTGRES_PASSWORD" \
    java -cp "$classes/WEB-INF/classes:$classes/WEB-INF/lib/*" dev.breakwater.webapp.auth.UserCommand "$@"
}
