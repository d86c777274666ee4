#!/usr/bin/env bash
# Runs a command while WebKitWebDriver listens on 127.0.0.1:4444 under Xvfb
# (WebKitGTK's MiniBrowser has no headless mode), then stops the driver and
# everything it started. The driver inherits TZ, so WebKit runs in the zone
# the command is run in. Usage: with-webkit-driver.sh cmd...
set -u
setsid xvfb-run -a WebKitWebDriver --port=4444 --host=127.0.0.1 >/tmp/webkit-driver.log 2>&1 &
driver=$!
trap 'kill -- -"$driver" 2>/dev/null; wait "$driver" 2>/dev/null' EXIT
for _ in $(seq 1 50); do
  (exec 3<>/dev/tcp/127.0.0.1/4444) 2>/dev/null && break
  sleep 0.2
done
"$@"
