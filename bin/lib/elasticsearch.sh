# Elasticsearch from the integ-test distribution, single node, run as an unprivileged user.
# shellcheck shell=bash disable=SC2034

ES_USER=${BREAKWATER_ES_USER:-breakwater-es}

# Elasticsearch refuses to run as root: as root, run it as a dedicated system user.
es_run_as() {
  if is_root; then
    if ! id -u "$ES_USER" >/dev/null 2>&1; then
      log "creating system user $ES_USER for Elasticsearch"
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER" ||
        die "could not create the system user $ES_USER"
    fi
    printf '%s' "$ES_USER"
  else
    id -un
  fi
}

es_can_use() {
  local user=$1 path=$2
  if is_root; then
    runuser -u "$user" -- test -r "$path" -a -x "$path"
  else
    test -r "$path" -a -x "$path"
  fi
}

# The stack's Elasticsearch directory. If the unprivileged user cannot reach the stack directory
# (a checkout under /root, say), the node lives under /var/tmp and the stack links to it.
es_base() {
  local user=$1 base="$STACK_DIR/elasticsearch" alt
  mkdir -p "$base"
  if is_root; then chown "$user" "$base"; fi
  if ! es_can_use "$user" "$base"; then
    alt="/var/tmp/breakwater-elasticsearch/$(stack_id)"
    mkdir -p "$alt" && chown "$user" "$alt"
    rmdir "$base" 2>/dev/null || true
    [[ -L $base ]] || ln -sfn "$alt" "$base"
    base=$alt
  fi
  printf '%s' "$base"
}

# The distribution as the unprivileged user can read it.
es_home() {
  local user=$1 alt
  if es_can_use "$user" "$ES_DIST/bin"; then
    printf '%s' "$ES_DIST"
    return
  fi
  alt="/var/tmp/breakwater-elasticsearch/dist/$(basename "$ES_DIST")"
  if [[ ! -d $alt ]]; then
    log "copying Elasticsearch to $alt (the checkout is not readable by $user)"
    mkdir -p "$(dirname "$alt")" && cp -a "$ES_DIST" "$alt.tmp" && mv "$alt.tmp" "$alt"
    chmod -R a+rX "$(dirname "$alt")"
  fi
  printf '%s' "$alt"
}

start_elasticsearch() {
  local user base home logfile="$STACK_DIR/logs/elasticsearch.log"
  if owned_pid elasticsearch >/dev/null; then
    log "elasticsearch is already running"
    return 0
  fi
  require_free_port elasticsearch "$STACK_ELASTICSEARCH_PORT"
  require_free_port "elasticsearch transport" "$STACK_ELASTICSEARCH_TRANSPORT_PORT"
  user=$(es_run_as)
  base=$(es_base "$user")
  home=$(es_home "$user")
  ES_BASE=$base
  mkdir -p "$base/config" "$base/data" "$base/logs"
  cp -r "$home/config/." "$base/config/"
  cp "$REPO/config/elasticsearch/elasticsearch.yml" "$base/config/elasticsearch.yml"
  rm -f "$base/es.pid" "$base/launcher.exit" "$(pid_file elasticsearch)"
  if is_root; then chown -R "$user" "$base"; fi
  log "starting Elasticsearch on port $STACK_ELASTICSEARCH_PORT (as $user)"
  local -a as_user=()
  if is_root; then as_user=(runuser -u "$user" --); fi
  # The launcher (-d) returns once the node runs and leaves the node's PID in es.pid (-p). It
  # takes a minute on two cores, so it runs in the background while the rest of the stack starts.
  (
    "${as_user[@]}" env ES_JAVA_HOME="$(java_home)" ES_PATH_CONF="$base/config" \
      ES_JAVA_OPTS="-Xms$STACK_ELASTICSEARCH_HEAP -Xmx$STACK_ELASTICSEARCH_HEAP -Dbreakwater.stack=$STACK_DIR" \
      BREAKWATER_ES_HTTP_PORT="$STACK_ELASTICSEARCH_PORT" \
      BREAKWATER_ES_TRANSPORT_PORT="$STACK_ELASTICSEARCH_TRANSPORT_PORT" \
      BREAKWATER_ES_DATA="$base/data" BREAKWATER_ES_LOGS="$base/logs" \
      "$home/bin/elasticsearch" -d -p "$base/es.pid" >>"$logfile" 2>&1 </dev/null 9>&-
    printf '%s' "$?" >"$base/launcher.exit"
  ) &
}

# Records the node's PID once the launcher wrote it; fails if the launcher failed.
es_started() {
  local base=${ES_BASE:-$STACK_DIR/elasticsearch}
  if [[ -f $base/es.pid && ! -f $(pid_file elasticsearch) ]]; then
    cp "$base/es.pid" "$(pid_file elasticsearch)"
  fi
  if [[ -f $base/launcher.exit && $(<"$base/launcher.exit") != 0 ]]; then
    fail_component elasticsearch "$STACK_DIR/logs/elasticsearch.log" \
      "the launcher exited with status $(<"$base/launcher.exit") (node log: $base/logs/breakwater.log)"
    exit 1
  fi
  [[ -f $base/es.pid ]]
}

es_ready() {
  local body
  body=$(curl -s -m 3 "http://127.0.0.1:$STACK_ELASTICSEARCH_PORT/_cluster/health") || return 1
  [[ $body =~ \"status\":\"(green|yellow)\" ]]
}

wait_elasticsearch() {
  local deadline=$((SECONDS + STACK_READY_TIMEOUT))
  until es_started; do
    ((SECONDS < deadline)) || { fail_component elasticsearch "$STACK_DIR/logs/elasticsearch.log" "the launcher did not start the node"; return 1; }
    sleep 1
  done
  wait_until elasticsearch "$STACK_DIR/elasticsearch/logs/breakwater.log" $((deadline - SECONDS)) es_ready
}

elasticsearch_status() {
  component_status elasticsearch es_ready "http://127.0.0.1:$STACK_ELASTICSEARCH_PORT"
}
