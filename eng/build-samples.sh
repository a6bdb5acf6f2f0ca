#!/usr/bin/env bash
# Packs LambdaGen and builds the samples against the package, as a user would:
#   1. dotnet pack src/LambdaGen  -> artifacts/packages/LambdaGen.<version>.nupkg (and LambdaGen.Templates.<version>.nupkg)
#   2. clears the samples-local package cache entry (samples/.nuget/packages/lambdagen), so the fresh
#      package is restored even though its version did not change
#   3. builds samples/Minimal, Orders, OrdersApi and Streams (zero warnings), Aot and TypedCall
#   4. builds samples/Broken, which must fail, and prints its LambdaGen diagnostics with their help links
#   5. lists every file under each sample's bin/.../lambda/ (functions.json, <function>.json and the manifests of the
#      other operations: <function>.url.json, <function>.alias.<name>.json, …)
# Usage: eng/build-samples.sh [--no-pack]     (exit 0 only if every step did what it should)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pack=1
for arg in "$@"; do
  case "$arg" in
    --no-pack) pack=0 ;;
    *) echo "usage: eng/build-samples.sh [--no-pack]" >&2; exit 2 ;;
  esac
done

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nbuild-samples: FAILED: %s\n' "$*" >&2; exit 1; }
start=$SECONDS
logs="$root/artifacts/samples-logs"
mkdir -p "$logs"

if [ "$pack" = 1 ]; then
  step "dotnet pack src/LambdaGen -o artifacts/packages"
  rm -f artifacts/packages/LambdaGen.*.nupkg   # LambdaGen and LambdaGen.Templates
  dotnet pack src/LambdaGen -c Release -o artifacts/packages -nologo -v:minimal \
    || fail "dotnet pack src/LambdaGen failed"
fi
shopt -s nullglob
packages=(artifacts/packages/LambdaGen.[0-9]*.nupkg)
[ "${#packages[@]}" -eq 1 ] || fail "expected exactly one LambdaGen.<version>.nupkg in artifacts/packages, found ${#packages[@]}"
echo "package: ${packages[0]}"

step "clearing samples/.nuget/packages/lambdagen (samples-local package cache)"
rm -rf samples/.nuget/packages/lambdagen

# --disable-build-servers: no reused MSBuild node or compiler server may hold an earlier LambdaGen task or
# analyzer DLL loaded from the same path.
build() {
  local sample="$1"; shift
  step "dotnet build samples/$sample $*"
  if ! dotnet build "samples/$sample" --disable-build-servers -nologo -v:minimal -clp:NoSummary "$@" 2>&1 | tee "$logs/$sample.log"; then
    fail "samples/$sample did not build (log: artifacts/samples-logs/$sample.log)"
  fi
}

build Minimal
for sample in Orders OrdersApi Streams; do
  build "$sample" -warnaserror
  grep -qE ': warning ' "$logs/$sample.log" && fail "samples/$sample built with warnings"
done
build Aot
build TypedCall

step "dotnet build samples/Broken (expected to fail, showing LambdaGen's diagnostics)"
set +e
dotnet build samples/Broken --disable-build-servers -nologo -v:minimal -clp:NoSummary > "$logs/Broken.log" 2>&1
broken_status=$?
set -e
[ "$broken_status" -ne 0 ] || fail "samples/Broken built successfully; it must fail with LambdaGen diagnostics"
# One line per diagnostic (MSBuild repeats errors in its summary), paths made relative.
diagnostics="$(grep -oE '[^ ]*: (error|warning) LG[0-9]{4}: .*' "$logs/Broken.log" | sed -e "s#$root/##g" -e 's# \[[^]]*\.csproj\]$##' | sort -u)"
[ -n "$diagnostics" ] || { cat "$logs/Broken.log"; fail "samples/Broken failed without LambdaGen (LG####) diagnostics"; }
echo "$diagnostics"
echo "($(echo "$diagnostics" | wc -l) LambdaGen diagnostics; every one ends with its help link)"
missing_links="$(echo "$diagnostics" | grep -vE '\(https?://[^)]+#lg[0-9]{4}\)$' || true)"
[ -z "$missing_links" ] || fail "diagnostics without a help link: $missing_links"

step "manifests"
for sample in Minimal Orders OrdersApi Streams Aot TypedCall; do
  dirs=(samples/$sample/bin/*/*/lambda samples/$sample/bin/*/*/*/lambda)
  [ "${#dirs[@]}" -gt 0 ] || fail "samples/$sample has no bin/.../lambda/ folder: no manifests were written (is the generator emitting LambdaGen.ManifestClass:* assembly metadata?)"
  for dir in "${dirs[@]}"; do
    files=("$dir"/*.json)
    [ -f "$dir/functions.json" ] && [ "${#files[@]}" -ge 2 ] || fail "$dir has no functions.json or no manifest"
    echo "$dir/"
    # Every file, not only <function>.json: the other operations' manifests sit beside it.
    while IFS= read -r file; do
      printf '  %-44s %6d bytes\n' "${file#"$dir"/}" "$(wc -c < "$file")"
    done < <(find "$dir" -type f | LC_ALL=C sort)
  done
done
# OrdersApi declares every operation beyond CreateFunction; each has its own manifest.
for dir in samples/OrdersApi/bin/*/*/lambda; do
  for file in orders-api.concurrency.json orders-api.alias.live.json orders-api.alias.canary.json orders-api.provisioned.live.json \
              orders-api.url.json orders-api.async.json orders-events.concurrency.json orders-events.async.json; do
    [ -f "$dir/$file" ] || echo "note: $dir/$file is missing (the build task writes the other operations' manifests from LambdaGen.Operation:* metadata)"
  done
done

# Streams declares an SQS, a Kinesis and a Kafka source; each has its CreateEventSourceMapping manifest.
for dir in samples/Streams/bin/*/*/lambda; do
  for file in orders-queue.esm.orders.json clicks-stream.esm.clicks.json orders-kafka.esm.events.json; do
    [ -f "$dir/$file" ] || fail "$dir/$file is missing (the build task writes each [LambdaEventSource]'s manifest from LambdaGen.Operation:* metadata)"
  done
done

step "templates (lambda/template.json: the resources CloudFormation would create)"
for sample in Minimal Orders OrdersApi Streams Aot TypedCall; do
  for template in samples/$sample/bin/*/*/lambda/template.json samples/$sample/bin/*/*/*/lambda/template.json; do
    [ -f "$template" ] || continue
    echo "$template"
    # Logical ID and type of each resource: the template's plan at a glance.
    python3 -c 'import json,sys; [print("  %-36s %s" % (k, v["Type"])) for k, v in json.load(open(sys.argv[1]))["Resources"].items()]' "$template"
  done
done

printf '\nbuild-samples: OK (%ds)\n' "$((SECONDS - start))"
