#!/usr/bin/env bash
# Serves the console's build with nginx, configured as in production (deploy/nginx/console.conf.template),
# in the foreground, with /v1 proxied to a Palette API and a config.json that selects the Palette backend.
#
#   PALETTE_API_URL=https://api.spectrocloud.com deploy/nginx/run.sh [--host 127.0.0.1] [--port 8080]
#       [--dist dist] [--config path/to/config.json] [--runtime-dir dir]
#
# Options may also come from the environment: HOST, PORT, DIST_DIR, RUNTIME_CONFIG, RUNTIME_DIR.
# The rendered configuration, the generated config.json, the access log, the pid file and nginx's
# temporary files go to the runtime directory (a new temporary directory unless given); errors go to
# stderr. The build itself is never modified.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
host="${HOST:-127.0.0.1}"
port="${PORT:-8080}"
dist="${DIST_DIR:-dist}"
config="${RUNTIME_CONFIG:-}"
runtime_dir="${RUNTIME_DIR:-}"
api="${PALETTE_API_URL:-}"

die() {
  echo "run.sh: $*" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --host) host="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --dist) dist="$2"; shift 2 ;;
    --config) config="$2"; shift 2 ;;
    --runtime-dir) runtime_dir="$2"; shift 2 ;;
    --api) api="$2"; shift 2 ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done

api="${api%/}"
[ -n "$api" ] || die "set PALETTE_API_URL (or --api): the Palette API to proxy /v1 to, e.g. https://api.spectrocloud.com"
[[ "$api" =~ ^https?://[^/[:space:]]+$ ]] || die "PALETTE_API_URL must be scheme://host[:port] without a path, not $api"
[[ "$port" =~ ^[0-9]+$ ]] || die "the port must be a number, not $port"
[ -f "$dist/index.html" ] || die "no index.html in $dist: run npm run build first"
dist="$(cd "$dist" && pwd)"

nginx_bin="${NGINX_BIN:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ -x "$nginx_bin" ] || die "nginx not found (apt-get install nginx, or set NGINX_BIN)"
command -v envsubst >/dev/null || die "envsubst not found (apt-get install gettext-base)"

if [ -z "$runtime_dir" ]; then runtime_dir="$(mktemp -d -t palette-console-nginx.XXXXXX)"; fi
mkdir -p "$runtime_dir"
runtime_dir="$(cd "$runtime_dir" && pwd)"
# nginx's workers (an unprivileged user when started as root) read the configuration and config.json.
chmod 755 "$runtime_dir"

if [ -z "$config" ]; then
  config="$runtime_dir/config.json"
  printf '{ "backend": "palette", "apiBaseUrl": "" }\n' >"$config"
  chmod 644 "$config"
fi
[ -f "$config" ] || die "no runtime configuration at $config"
config="$(cd "$(dirname "$config")" && pwd)/$(basename "$config")"

# Started as root, nginx runs its workers as nobody, and they serve the files. A build that only
# root can read (a checkout in root's home, in a `mktemp -d` folder) would be answered with 403 to
# every request: check first, as the workers, and serve a readable copy of what they cannot read.
user_line=""
if [ "$(id -u)" = 0 ]; then
  worker_user=nobody
  worker_group="$(id -gn nobody 2>/dev/null || echo nogroup)"
  user_line="user $worker_user $worker_group;"

  # Prints the first path under $1 that the workers cannot read (or reach); nothing when all is well.
  unreadable_by_workers() {
    local as=()
    if command -v setpriv >/dev/null; then
      as=(setpriv --reuid="$worker_user" --regid="$worker_group" --clear-groups)
    elif command -v runuser >/dev/null; then
      as=(runuser -u "$worker_user" -g "$worker_group" --)
    else
      echo "$1 (setpriv and runuser are missing: cannot check)"
      return
    fi
    "${as[@]}" test -r "$1" || { echo "$1"; return; }
    [ -d "$1" ] || return 0
    "${as[@]}" find "$1" \( -type d ! -executable -o ! -readable \) -print -quit 2>/dev/null || echo "$1"
  }

  unreadable="$(unreadable_by_workers "$dist")"
  if [ -n "$unreadable" ]; then
    copy="$runtime_dir/served-build"
    echo "run.sh: nginx's workers run as $worker_user, who cannot read the build ($unreadable)." >&2
    echo "run.sh: serving a copy of it made now, $copy (restart run.sh to serve a newer build)." >&2
    rm -rf "$copy"
    cp -R "$dist" "$copy"
    chmod -R a+rX "$copy"
    dist="$copy"
    unreadable="$(unreadable_by_workers "$dist")"
    [ -z "$unreadable" ] ||
      die "nginx's workers ($worker_user) cannot read $unreadable either: give a --runtime-dir they can reach (e.g. under /tmp)"
  fi
  if [ -n "$(unreadable_by_workers "$config")" ]; then
    echo "run.sh: nginx's workers run as $worker_user, who cannot read $config: serving a copy." >&2
    cp "$config" "$runtime_dir/config.json.served"
    chmod 644 "$runtime_dir/config.json.served"
    config="$runtime_dir/config.json.served"
    [ -z "$(unreadable_by_workers "$config")" ] ||
      die "nginx's workers ($worker_user) cannot read $config: give a --runtime-dir they can reach (e.g. under /tmp)"
  fi
fi

LISTEN="$host:$port" DIST_DIR="$dist" RUNTIME_CONFIG="$config" PALETTE_API_URL="$api" \
  envsubst '${LISTEN} ${DIST_DIR} ${RUNTIME_CONFIG} ${PALETTE_API_URL}' \
  <"$here/console.conf.template" >"$runtime_dir/console.conf"

cat >"$runtime_dir/nginx.conf" <<CONF
# Generated by deploy/nginx/run.sh; the console's own settings are in console.conf.
daemon off;
worker_processes 1;
$user_line
pid $runtime_dir/nginx.pid;
error_log stderr warn;

events {
    worker_connections 512;
}

http {
    types {
        text/html html;
        text/css css;
        application/javascript js mjs;
        application/json json map;
        image/svg+xml svg;
        image/png png;
        image/x-icon ico;
        font/woff2 woff2;
        font/woff woff;
        text/plain txt;
        application/manifest+json webmanifest;
    }
    default_type application/octet-stream;
    sendfile on;
    access_log $runtime_dir/access.log;
    client_body_temp_path $runtime_dir/client_body;
    proxy_temp_path $runtime_dir/proxy;
    fastcgi_temp_path $runtime_dir/fastcgi;
    uwsgi_temp_path $runtime_dir/uwsgi;
    scgi_temp_path $runtime_dir/scgi;

    include $runtime_dir/console.conf;
}
CONF

"$nginx_bin" -t -q -p "$runtime_dir" -c "$runtime_dir/nginx.conf" -e stderr
echo "run.sh: the console on http://$host:$port, /v1 proxied to $api (configuration and logs in $runtime_dir)" >&2
exec "$nginx_bin" -p "$runtime_dir" -c "$runtime_dir/nginx.conf" -e stderr
