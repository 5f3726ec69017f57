# Third-party runtimes (Payara Micro, Artemis, Elasticsearch, s3proxy) from Maven Central, and the
# project's own archives.
# shellcheck shell=bash disable=SC2034

pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$REPO/pom.xml" | head -n 1
}

# Fetches and unpacks the distributions into $DIST_DIR (shared by all stacks; read-only after).
ensure_distributions() {
  ARTEMIS_VERSION=$(pom_property artemis.version)
  ES_VERSION=$(pom_property elasticsearch.version)
  ARTEMIS_HOME="$DIST_DIR/apache-artemis-$ARTEMIS_VERSION"
  ES_DIST="$DIST_DIR/elasticsearch-$ES_VERSION"
  PAYARA_MICRO_JAR="$DIST_DIR/payara-micro.jar"
  S3PROXY_JAR="$DIST_DIR/s3proxy.jar"
  local stamp
  stamp="$DIST_DIR/.fetched-$(sha1sum "$REPO/pom.xml" "$REPO/bin/lib/distributions.pom.xml" | sha1sum | cut -c1-12)"
  if [[ ! -f $stamp ]]; then
    log "fetching Payara Micro, Artemis $ARTEMIS_VERSION, Elasticsearch $ES_VERSION and s3proxy from Maven"
    mkdir -p "$DIST_DIR"
    mvn -B -q -f "$REPO/bin/lib/distributions.pom.xml" dependency:copy@distributions \
      -Dbreakwater.dist.dir="$DIST_DIR" || die "could not fetch the stack's distributions with Maven"
    touch "$stamp"
  fi
  unpack_once "$DIST_DIR/apache-artemis-$ARTEMIS_VERSION-bin.zip" "$ARTEMIS_HOME"
  unpack_once "$DIST_DIR/elasticsearch-$ES_VERSION.zip" "$ES_DIST"
}

unpack_once() {
  local zip=$1 target=$2
  [[ -d $target ]] && return 0
  log "unpacking $(basename "$zip")"
  local tmp="$target.unpacking"
  rm -rf "$tmp" && mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp" || die "could not unpack $zip"
  # Each archive holds one top-level directory.
  mv "$tmp"/*/ "$target" && rm -rf "$tmp"
}

# The project's archives; built when missing (or always with --build).
ensure_archives() {
  COLLECTOR_WAR="$REPO/collector-war/target/collector.war"
  WEBAPP_WAR="$REPO/webapp-war/target/webapp.war"
  PROCESSOR_WAR="$REPO/processor-war/target/processor.war"
  ARTEMIS_RAR="$REPO/artemis-rar/target/artemis-ra.rar"
  DB_JAR="$REPO/db/target/breakwater-db.jar"
  local archive missing=0
  for archive in "$COLLECTOR_WAR" "$WEBAPP_WAR" "$PROCESSOR_WAR" "$ARTEMIS_RAR" "$DB_JAR"; do
    [[ -f $archive ]] || missing=1
  done
  if ((BUILD)); then
    log "rebuilding the archives (mvn clean package, tests skipped)"
    (cd "$REPO" && mvn -B -q clean package -DskipTests) || die "the build failed"
  elif ((!missing)) && sources_newer_than "$COLLECTOR_WAR" "$WEBAPP_WAR" "$PROCESSOR_WAR" "$ARTEMIS_RAR" "$DB_JAR"; then
    # A clean build: classes of deleted sources would otherwise stay in the archives.
    log "sources changed since the archives were built: rebuilding (mvn clean package, tests skipped)"
    (cd "$REPO" && mvn -B -q clean package -DskipTests) || die "the build failed"
  elif ((missing)); then
    log "building the archives (mvn package, tests skipped)"
    (cd "$REPO" && mvn -B -q package -DskipTests) || die "the build failed"
  fi
}

# True when a module's main sources, resources or POM changed after the oldest of the archives.
sources_newer_than() {
  local oldest=$1 archive
  for archive in "$@"; do [[ $archive -ot $oldest ]] && oldest=$archive; done
  [[ -n $(find "$REPO" -maxdepth 1 -name pom.xml -newer "$oldest" -print -quit) ]] && return 0
  [[ -n $(find "$REPO"/*/pom.xml "$REPO"/*/src/main -newer "$oldest" -type f -print -quit 2>/dev/null) ]]
}
