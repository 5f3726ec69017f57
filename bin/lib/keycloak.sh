# Keycloak: a real OpenID Connect provider for the tests of the webapp's OIDC login
# (OidcLoginIT). Started only by stacks whose stack.properties sets stack.keycloak.port (the test
# stack), and only when BREAKWATER_OIDC_TESTS=1: it is a 160 MB download and two more minutes of
# start-up on two cores, so the default test command leaves it out. The realm of
# config/<env>/keycloak/ is created through Keycloak's admin API once it is up.
# shellcheck shell=bash disable=SC2034

keycloak_enabled() { [[ -n ${STACK_KEYCLOAK_PORT:-} && ${BREAKWATER_OIDC_TESTS:-0} == 1 ]]; }

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

# The admin account exists only in this stack's Keycloak, on loopback, for creating the realm.
keycloak_admin_password() { printf 'breakwater-%s-admin' "$STACK_ENV"; }

start_keycloak() {
  keycloak_enabled || return 0
  if owned_pid keycloak >/dev/null; then
    log "keycloak is already running"
    return 0
  fi
  require_free_port keycloak "$STACK_KEYCLOAK_PORT"
  require_free_port keycloak "$STACK_KEYCLOAK_MANAGEMENT_PORT"
  mkdir -p "$STACK_DIR/keycloak"
  log "starting keycloak on port $STACK_KEYCLOAK_PORT"
  # start-dev: plain HTTP on loopback, no host name to configure, its database a file in this
  # stack's directory (the distribution is shared by every stack).
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$(keycloak_admin_password) \
    JAVA_OPTS_KC_HEAP="$STACK_KEYCLOAK_JAVA_OPTIONS" \
    spawn keycloak "$STACK_DIR/logs/keycloak.log" "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$STACK_KEYCLOAK_PORT" \
    --http-management-port="$STACK_KEYCLOAK_MANAGEMENT_PORT" \
    --db-url="jdbc:h2:file:$STACK_DIR/keycloak/keycloakdb;NON_KEYWORDS=VALUE"
}

keycloak_url() { printf 'http://127.0.0.1:%s' "$STACK_KEYCLOAK_PORT"; }

keycloak_ready() {
  [[ $(curl -s -m 3 -o /dev/null -w '%{http_code}' "$(keycloak_url)/realms/master") == 200 ]]
}

wait_keycloak() {
  keycloak_enabled || return 0
  wait_until keycloak "$STACK_DIR/logs/keycloak.log" "$STACK_READY_TIMEOUT" keycloak_ready &&
    create_keycloak_realm
}

# Creates the realm unless it exists (a stack started again keeps its Keycloak database).
create_keycloak_realm() {
  local realm="$STACK_DIR/keycloak/breakwater-realm.json" token code
  [[ $(curl -s -m 5 -o /dev/null -w '%{http_code}' "$(keycloak_url)/realms/breakwater") == 200 ]] && return 0
  expand_properties "$STACK_CONFIG_DIR/keycloak/breakwater-realm.json" >"$realm"
  token=$(curl -s -m 30 -d client_id=admin-cli -d grant_type=password -d username=admin \
    --data-urlencode "password=$(keycloak_admin_password)" \
    "$(keycloak_url)/realms/master/protocol/openid-connect/token" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [[ -n $token ]] || die "could not log in to Keycloak's admin API; see $STACK_DIR/logs/keycloak.log"
  code=$(curl -s -m 60 -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data-binary "@$realm" "$(keycloak_url)/admin/realms")
  [[ $code == 201 ]] || die "Keycloak refused the realm $realm (HTTP $code)"
  log "keycloak realm 'breakwater' created"
}

keycloak_status() {
  keycloak_enabled || return 0
  component_status keycloak keycloak_ready "$(keycloak_url)/realms/breakwater"
}
