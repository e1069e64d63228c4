# Sourced by scripts/serve and scripts/test: installs what is missing, idempotently, and puts the
# tools on PATH. Every step checks the installed version first, so a second run takes seconds.
# Needs only Rust (rustup), Node/npm and apt on a Debian machine.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$ROOT/scripts/bin:$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must match the library exactly: read the version from Cargo.lock.
wasm_bindgen_version() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "Installing trunk $TRUNK_VERSION (about 8 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    log "Installing wasm-bindgen-cli $want"
    # Not --locked: its lockfile pins a crate version the registry mirror lacks.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

# Splits the app's wasm at its lazy-loading points (called by scripts/wasm-link, the wasm32 linker).
WASM_SPLIT_VERSION="0.2.4"
ensure_wasm_split() {
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    log "Installing wasm_split_cli_support $WASM_SPLIT_VERSION (about 2 minutes, once)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
  fi
}

# leptosfmt formats the `view!` macros, which rustfmt leaves alone (scripts/test checks both).
LEPTOSFMT_VERSION="0.1.33"
ensure_leptosfmt() {
  if [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt $LEPTOSFMT_VERSION" ]; then
    log "Installing leptosfmt $LEPTOSFMT_VERSION (about 1 minute, once)"
    cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
  fi
}

# npm packages from the committed lockfile: binaryen 132 (wasm-opt), Playwright, axe-core.
ensure_node_modules() {
  local stamp="$ROOT/node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
    log "Installing npm packages from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
    cp "$ROOT/package-lock.json" "$stamp"
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "Installing Chromium and ChromeDriver from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
  fi
  export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_split
  ensure_node_modules
  (cd "$ROOT" && cargo fetch --quiet)
}

# Lighthouse for scripts/bench only: installed into target/tools/, not package.json, so that
# `npm ci` (scripts/test, CI) never downloads it.
LIGHTHOUSE_VERSION="12.2.3"
LIGHTHOUSE="$ROOT/target/tools/lighthouse/node_modules/.bin/lighthouse"
ensure_lighthouse() {
  if [ "$("$LIGHTHOUSE" --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
    log "Installing Lighthouse $LIGHTHOUSE_VERSION into target/tools/lighthouse"
    mkdir -p "$ROOT/target/tools/lighthouse"
    npm install --prefix "$ROOT/target/tools/lighthouse" --no-audit --no-fund --save-exact "lighthouse@$LIGHTHOUSE_VERSION"
    [ "$("$LIGHTHOUSE" --version 2>/dev/null)" = "$LIGHTHOUSE_VERSION" ] || {
      echo "Lighthouse $LIGHTHOUSE_VERSION did not install into target/tools/lighthouse" >&2
      return 1
    }
  fi
}

# The release build for the sub-path $1, as scripts/test and scripts/bench make it: Trunk writes
# dist/, which is then copied to $2/<sub-path>/ so that a server of $2 serves it at that path.
build_release_site() {
  local public_url="$1" site="$2"
  (cd "$ROOT" && trunk build --release --offline --public-url "$public_url") &&
    rm -rf "$site" && mkdir -p "$site" && cp -r "$ROOT/dist" "$site/${public_url//\//}"
}
