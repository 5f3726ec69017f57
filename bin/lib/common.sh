# Shared helpers of bin/breakwater: messages, configuration, processes, waiting.
# shellcheck shell=bash disable=SC2034

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
warn() { printf '%s WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '%s ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

# Names a component that failed and shows the end of its log.
fail_component() {
  local name=$1 logfile=$2 reason=$3
  printf '\n%s ERROR: %s failed to start: %s\n' "$(date +%H:%M:%S)" "$name" "$reason" >&2
  if [[ -f $logfile ]]; then
    printf -- '---- last 40 lines of %s ----\n' "$logfile" >&2
    tail -n 40 "$logfile" | cut -c1-400 >&2
    printf -- '---- end of %s ----\n' "$logfile" >&2
  fi
  return 1
}

# Loads config/<env>/stack.properties into shell variables: stack.s3.port -> STACK_S3_PORT.
load_stack_config() {
  local file=$1 line key value var
  [[ -f $file ]] || die "no stack configuration $file"
  while IFS= read -r line || [[ -n $line ]]; do
    [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
    key=${line%%=*}
    value=${line#*=}
    key=${key//[[:space:]]/}
    var=$(printf '%s' "$key" | tr '.-' '__' | tr '[:lower:]' '[:upper:]')
    printf -v "$var" '%s' "$value"
  done <"$file"
}

# Value of a stack key (stack.s3.port) from the loaded configuration.
stack_value() {
  local var
  var=$(printf '%s' "$1" | tr '.-' '__' | tr '[:lower:]' '[:upper:]')
  [[ -n ${!var+x} ]] || die "configuration key $1 is not set in $STACK_CONFIG"
  printf '%s' "${!var}"
}

# Copies a properties file with ${stack.*} references replaced by their values.
expand_properties() {
  local src=$1 line ref
  while IFS= read -r line || [[ -n $line ]]; do
    while [[ $line =~ \$\{(stack\.[A-Za-z0-9._-]+)\} ]]; do
      ref=${BASH_REMATCH[1]}
      line=${line//\$\{$ref\}/$(stack_value "$ref")}
    done
    printf '%s\n' "$line"
  done <"$src"
}

# ---- processes --------------------------------------------------------------------------------

pid_file() { printf '%s/run/%s.pid' "$STACK_DIR" "$1"; }

# The recorded PID of a component if that process is alive and was started by this stack (its
# command line names the stack directory, which guards against reused PIDs).
owned_pid() {
  local file pid
  file=$(pid_file "$1")
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$STACK_DIR" || return 1
  printf '%s' "$pid"
}

# Stops a component this stack started: SIGTERM, then SIGKILL after a grace period.
stop_component() {
  local name=$1 grace=${2:-40} pid i
  if ! pid=$(owned_pid "$name"); then
    rm -f "$(pid_file "$name")"
    return 0
  fi
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name (pid $pid) ignored SIGTERM for ${grace}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
}

# Starts a command in the background in its own session, output to a log, and records its PID.
spawn() {
  local name=$1 logfile=$2
  shift 2
  mkdir -p "$(dirname "$logfile")" "$STACK_DIR/run"
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  printf '%s' "$!" >"$(pid_file "$name")"
}

# ---- ports and waiting ------------------------------------------------------------------------

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Fails when something else already listens on a port this stack wants.
require_free_port() {
  local name=$1 port=$2
  if port_open "$port"; then
    local holder=""
    if command -v ss >/dev/null; then
      holder=$(ss -ltnp "sport = :$port" 2>/dev/null | tail -n +2)
    fi
    die "$name cannot start: port $port is already in use by a process this stack did not start
$holder
Stop it, or change the port in $STACK_CONFIG."
  fi
}

# Polls a check function until it succeeds, the component's process dies, or time runs out.
wait_until() {
  local name=$1 logfile=$2 timeout=$3 check=$4 pid deadline
  deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    if "$check"; then
      return 0
    fi
    if ! pid=$(owned_pid "$name"); then
      fail_component "$name" "$logfile" "the process exited"
      return 1
    fi
    sleep 1
  done
  fail_component "$name" "$logfile" "not ready after ${timeout}s"
}

java_home() { dirname "$(dirname "$(readlink -f "$(command -v java)")")"; }

is_root() { [[ $(id -u) -eq 0 ]]; }

# One status line: name, PID, state (ready / starting / stopped), address.
component_status() {
  local name=$1 check=$2 url=$3 pid state
  if pid=$(owned_pid "$name"); then
    if "$check"; then state=ready; else state=starting; fi
  else
    pid="-"
    state=stopped
  fi
  printf '%-14s %-8s %-9s %s\n' "$name" "$pid" "$state" "$url"
}

# The web pages' browser tests drive Debian's headless Chromium (src-it WebPagesIT); the test
# command installs it like the tools below, and makes those tests required rather than skipped.
ensure_browser() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null && return 0
  is_root || die "the browser tests need Chromium: apt-get install chromium chromium-driver"
  log "installing chromium and chromium-driver from Debian's packages (apt-get)"
  mkdir -p "$STACK_DIR/logs"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; } \
    >>"$STACK_DIR/logs/apt-get.log" 2>&1 || die "could not install chromium (see $STACK_DIR/logs/apt-get.log)"
}

# curl and unzip are not in every minimal Debian image; install them like PostgreSQL if missing.
ensure_tools() {
  local missing=() tool
  for tool in curl unzip; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  ((${#missing[@]})) || return 0
  is_root || die "missing tools: ${missing[*]} (apt-get install ${missing[*]})"
  log "installing ${missing[*]} from Debian's packages (apt-get)"
  mkdir -p "$STACK_DIR/logs"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; } \
    >>"$STACK_DIR/logs/apt-get.log" 2>&1 || die "could not install ${missing[*]} (see $STACK_DIR/logs/apt-get.log)"
}
