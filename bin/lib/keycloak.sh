# Keycloak: a real OpenID Connect provider for the tests of the webapp's OIDC login. Started only
# by stacks whose stack.properties sets stack.keycloak.port (the test stack), with the realm in
# config/<env>/keycloak/ imported at its first start.
# shellcheck shell=bash disable=SC2034

keycloak_enabled() { [[ -n ${STACK_KEYCLOAK_PORT:-} ]]; }

ensure_keycloak_distribution() {
  keycloak_enabled || return 0
  KEYCLOAK_VERSION=$(pom_property keycloak.version)
  KEYCLOAK_HOME="$DIST_DIR/keycloak-$KEYCLOAK_VERSION"
  local zip="$DIST_DIR/keycloak-$KEYCLOAK_VERSION.zip"
  if [[ ! -f $zip ]]; then
    log "fetching Keycloak $KEYCLOAK_VERSION from Maven (for the OIDC login tests)"
    mvn -B -q -f "$REPO/bin/lib/distributions.pom.xml" dependency:copy@keycloak \
      -Dbreakwater.dist.dir="$DIST_DIR" || die "could not fetch Keycloak with Maven"
  fi
  unpack_once "$zip" "$KEYCLOAK_HOME"
}

start_keycloak() {
  keycloak_enabled || return 0
  local logfile="$STACK_DIR/logs/keycloak.log" import="$STACK_DIR/keycloak/import"
  if owned_pid keycloak >/dev/null; then
    log "keycloak is already running"
    return 0
  fi
  require_free_port keycloak "$STACK_KEYCLOAK_PORT"
  mkdir -p "$import" "$STACK_DIR/keycloak/data"
  # The realm names the address the OIDC test's webapp listens on.
  expand_properties "$STACK_CONFIG_DIR/keycloak/breakwater-realm.json" >"$import/breakwater-realm.json"
  log "starting keycloak on port $STACK_KEYCLOAK_PORT"
  # start-dev: HTTP on loopback, its own file database under the stack directory; no TLS or host
  # name to set up for a provider only the tests use.
  KC_DB_URL_PROPERTIES=";AUTO_SERVER=FALSE" JAVA_OPTS_KC_HEAP="$STACK_KEYCLOAK_JAVA_OPTIONS" \
    spawn keycloak "$logfile" "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$STACK_KEYCLOAK_PORT" --http-management-port="$STACK_KEYCLOAK_MANAGEMENT_PORT" \
    --health-enabled=true --import-realm \
    -Dkeycloak.migration.dir="$import" \
    --db-url-path="$STACK_DIR/keycloak/data" \
    -Dkc.home.dir="$KEYCLOAK_HOME" "-Dbreakwater.stack=$STACK_DIR"
}

keycloak_ready() {
  [[ $(curl -s -m 3 -o /dev/null -w '%{http_code}' \
    "http://127.0.0.1:$STACK_KEYCLOAK_PORT/realms/breakwater/.well-known/openid-configuration") == 200 ]]
}

wait_keycloak() {
  keycloak_enabled || return 0
  wait_until keycloak "$STACK_DIR/logs/keycloak.log" "$STACK_READY_TIMEOUT" keycloak_ready
}

keycloak_status() {
  keycloak_enabled || return 0
  component_status keycloak keycloak_ready "http://127.0.0.1:$STACK_KEYCLOAK_PORT/realms/breakwater"
}
