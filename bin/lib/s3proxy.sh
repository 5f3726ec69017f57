# s3proxy: the S3 API on a local directory, with the stack's bucket created at start.
# shellcheck shell=bash disable=SC2034

start_s3proxy() {
  local logfile="$STACK_DIR/logs/s3proxy.log" props="$STACK_DIR/run/s3proxy.properties"
  if owned_pid s3proxy >/dev/null; then
    log "s3proxy is already running"
    return 0
  fi
  require_free_port s3proxy "$STACK_S3_PORT"
  mkdir -p "$STACK_DIR/s3" "$STACK_DIR/run"
  cat >"$props" <<PROPS
s3proxy.endpoint=http://127.0.0.1:$STACK_S3_PORT
s3proxy.authorization=none
jclouds.provider=filesystem
jclouds.filesystem.basedir=$STACK_DIR/s3
PROPS
  log "starting s3proxy on port $STACK_S3_PORT"
  # shellcheck disable=SC2086
  spawn s3proxy "$logfile" java $STACK_S3PROXY_JAVA_OPTIONS -jar "$S3PROXY_JAR" --properties "$props"
}

s3proxy_ready() {
  [[ $(curl -s -m 3 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$STACK_S3_PORT/") == 200 ]]
}

# Creating an existing bucket answers 409 BucketAlreadyOwnedByYou; either way it exists after.
create_bucket() {
  local code
  code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -X PUT "http://127.0.0.1:$STACK_S3_PORT/$STACK_S3_BUCKET")
  [[ $code == 200 || $code == 409 ]] || die "could not create bucket $STACK_S3_BUCKET in s3proxy (HTTP $code)"
}

wait_s3proxy() {
  wait_until s3proxy "$STACK_DIR/logs/s3proxy.log" "$STACK_READY_TIMEOUT" s3proxy_ready && create_bucket
}

s3proxy_status() {
  component_status s3proxy s3proxy_ready "http://127.0.0.1:$STACK_S3_PORT/$STACK_S3_BUCKET"
}
