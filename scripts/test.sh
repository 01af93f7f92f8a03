#!/usr/bin/env bash
# `npm test`: the whole suite inside a private D-Bus session with a fresh, unlocked gnome-keyring, so
# keychain tests hit a real Secret Service without touching the developer's own keychain.
# Ends with the plain line "N passed, N failed, N skipped"; exits non-zero on any failure or on no tests.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${ACC_IMS_TEST_SESSION:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "npm test needs $tool for the keychain tests: sudo apt-get install gnome-keyring dbus-daemon libsecret-tools" >&2
      exit 2
    fi
  done
  scratch=$(mktemp -d -t acc-ims-test.XXXXXX)
  mkdir -p "$scratch/runtime" "$scratch/data"
  chmod 700 "$scratch/runtime"
  trap 'rm -rf "$scratch"' EXIT
  XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" ACC_IMS_TEST_SESSION=1 \
    dbus-run-session -- bash "$0" "$@"
  exit $?
fi

# Inside the private session: unlock a throw-away login keyring for the Secret Service.
printf 'acc-ims-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
# The CLI tests run the built bundle, as users do.
node scripts/build-cli.mjs || exit 2

report=$(mktemp -t acc-ims-vitest.XXXXXX.json)
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@"
status=$?
node scripts/summarize-tests.mjs "$report"
summary=$?
rm -f "$report"
[ $status -eq 0 ] && [ $summary -eq 0 ] || exit 1
