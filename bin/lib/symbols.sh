# bin/breakwater upload-symbols: sends Breakpad symbol files to the webapp (docs/symbols.md).
# shellcheck shell=bash

upload_symbols_usage() {
  cat <<'USAGE'
usage: bin/breakwater upload-symbols [--env E] [--url URL] [--token T] <file.sym|file.zip|dir>...

  Uploads symbol files to POST <webapp>/api/symbols/upload. A directory is searched for *.sym
  files, which are zipped into one upload when `zip` is installed, else sent one by one.
  --url URL   the webapp (default: webapp.url of the running stack's endpoints, else
              http://127.0.0.1:<stack.webapp.port>)
  --token T   upload token (default: $BREAKWATER_SYMBOLS_TOKEN)
USAGE
}

upload_symbols() {
  local url="" token=${BREAKWATER_SYMBOLS_TOKEN:-} inputs=() input status=0
  while [[ $# -gt 0 ]]; do
    case $1 in
      --url) url=${2:?--url needs a value}; shift 2 ;;
      --token) token=${2:?--token needs a value}; shift 2 ;;
      -h | --help) upload_symbols_usage; return 0 ;;
      *) inputs+=("$1"); shift ;;
    esac
  done
  [[ ${#inputs[@]} -gt 0 ]] || { upload_symbols_usage >&2; return 2; }
  [[ -n $token ]] || die "no upload token: pass --token or set BREAKWATER_SYMBOLS_TOKEN"
  command -v curl >/dev/null || die "upload-symbols needs curl"
  [[ -n $url ]] || url=$(default_webapp_url)
  url="${url%/}/api/symbols/upload"
  for input in "${inputs[@]}"; do
    if [[ -d $input ]]; then
      upload_symbol_directory "$url" "$token" "$input" || status=1
    elif [[ -f $input ]]; then
      post_symbols "$url" "$token" "$input" || status=1
    else
      warn "no such file or directory: $input"
      status=1
    fi
  done
  return "$status"
}

# webapp.url of the stack's endpoints file (written when the stack is ready), else its port.
default_webapp_url() {
  local endpoints="$STACK_DIR/run/endpoints.properties" line
  if [[ -f $endpoints ]]; then
    line=$(grep -m1 '^webapp.url=' "$endpoints" || true)
    if [[ -n $line ]]; then
      printf '%s' "${line#webapp.url=}"
      return
    fi
  fi
  printf 'http://127.0.0.1:%s' "$STACK_WEBAPP_PORT"
}

upload_symbol_directory() {
  local url=$1 token=$2 dir=$3 files=() file status=0 zip_file
  mapfile -d '' files < <(find "$dir" -type f -name '*.sym' -print0 | sort -z)
  [[ ${#files[@]} -gt 0 ]] || { warn "no .sym files under $dir"; return 1; }
  if command -v zip >/dev/null; then
    zip_file=$(mktemp --suffix=.zip)
    rm -f "$zip_file"
    log "zipping ${#files[@]} symbol files under $dir"
    # Entries relative to the directory, so that the answer names them as the user knows them.
    (cd "$dir" && find . -type f -name '*.sym' | sort | zip -q -@ "$zip_file") ||
      { rm -f "$zip_file"; return 1; }
    post_symbols "$url" "$token" "$zip_file" || status=1
    rm -f "$zip_file"
    return "$status"
  fi
  log "sending ${#files[@]} symbol files under $dir one by one (install zip to send one archive)"
  for file in "${files[@]}"; do
    post_symbols "$url" "$token" "$file" || status=1
  done
  return "$status"
}

# Posts one file as multipart/form-data and prints the answer; fails unless it is 201. The token
# goes to curl on standard input, not on its command line, where other users could read it.
post_symbols() {
  local url=$1 token=$2 file=$3 answer code
  answer=$(printf 'header = "Authorization: Bearer %s"\n' "$token" |
    curl -sS --config - -w '\n%{http_code}' -F "file=@$file" "$url") ||
    { warn "could not reach $url"; return 1; }
  code=${answer##*$'\n'}
  printf '%s: HTTP %s\n%s\n' "$file" "$code" "${answer%$'\n'*}"
  [[ $code == 201 ]]
}
