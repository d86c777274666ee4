#!/usr/bin/env sh
# Runs a command once per time zone, stopping at the first failure, so a date
# that is right only in UTC cannot pass. Usage: in-time-zones.sh "ZONE ZONE" cmd...
zones=$1
shift
for zone in $zones; do
  echo "== TZ=$zone: $*"
  TZ=$zone "$@" || exit 1
done
