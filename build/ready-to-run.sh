#!/usr/bin/env bash
# Precompiles the net10.0 BadgeSdk assembly (ReadyToRun) for each runtime the package carries an
# image for, into artifacts/r2r/<rid>/. `dotnet pack -p:BadgeSdkReadyToRun=true` then ships each
# image as runtimes/<rid>/lib/net10.0/BadgeSdk.dll: an app on that runtime JIT-compiles far less of
# the SDK on its first call (docs/benchmarks.md, cold start); other runtimes use lib/ as before.
set -euo pipefail
cd "$(dirname "$0")/.."
rids=$(dotnet msbuild src/BadgeSdk/BadgeSdk.csproj -getProperty:BadgeSdkReadyToRunRuntimes)
for rid in ${rids//;/ }; do
  rm -rf "artifacts/r2r/$rid"
  dotnet publish src/BadgeSdk/BadgeSdk.csproj -c Release -f net10.0 -r "$rid" --self-contained false \
    -p:PublishReadyToRun=true -o "artifacts/r2r/$rid" -nologo -v quiet
done
