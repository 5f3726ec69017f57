# ActiveMQ Artemis: one broker instance per stack, created under the stack directory, configured by
# config/artemis/broker.xml (queues, redelivery, dead letters, expiry).
# shellcheck shell=bash disable=SC2034

artemis_instance() { printf '%s/artemis' "$STACK_DIR"; }

create_artemis_instance() {
  local instance
  instance=$(artemis_instance)
  if [[ ! -x $instance/bin/artemis ]]; then
    log "creating Artemis broker instance in $instance"
    "$ARTEMIS_HOME/bin/artemis" create "$instance" --silent --force \
      --user breakwater --password breakwater --allow-anonymous \
      --host 127.0.0.1 --no-web --nio \
      --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
      --java-memory "$STACK_ARTEMIS_JAVA_MEMORY" >"$STACK_DIR/logs/artemis-create.log" 2>&1 ||
      { fail_component artemis "$STACK_DIR/logs/artemis-create.log" "artemis create failed"; exit 1; }
  fi
  # artemis create sets the maximum heap only; start with the same size.
  sed -i "s/-Xms[0-9]*[KkMmGg]/-Xms$STACK_ARTEMIS_JAVA_MEMORY/" "$instance/etc/artemis.profile"
  # The broker configuration is versioned; the instance only holds state.
  cp "$REPO/config/artemis/broker.xml" "$instance/etc/broker.xml"
}

start_artemis() {
  local instance logfile="$STACK_DIR/logs/artemis.log"
  instance=$(artemis_instance)
  if owned_pid artemis >/dev/null; then
    log "artemis is already running"
    return 0
  fi
  require_free_port artemis "$STACK_ARTEMIS_PORT"
  create_artemis_instance
  log "starting Artemis on port $STACK_ARTEMIS_PORT"
  # broker.xml reads these system properties (with defaults) via ${...}.
  JAVA_ARGS_APPEND="-Dbreakwater.artemis.host=127.0.0.1 -Dbreakwater.artemis.port=$STACK_ARTEMIS_PORT \
-Dbreakwater.artemis.redelivery-delay=$STACK_ARTEMIS_REDELIVERY_DELAY \
-Dbreakwater.artemis.max-delivery-attempts=$STACK_ARTEMIS_MAX_DELIVERY_ATTEMPTS" \
    spawn artemis "$logfile" "$instance/bin/artemis" run
}

artemis_ready() { port_open "$STACK_ARTEMIS_PORT" && grep -q 'AMQ221007' "$STACK_DIR/logs/artemis.log"; }

wait_artemis() { wait_until artemis "$STACK_DIR/logs/artemis.log" "$STACK_READY_TIMEOUT" artemis_ready; }

artemis_status() {
  component_status artemis artemis_ready "tcp://127.0.0.1:$STACK_ARTEMIS_PORT"
}
