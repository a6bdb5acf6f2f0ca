#!/usr/bin/env bash
# Runs every test project in LambdaGen.sln and prints one summary line: "N passed, N failed[, N skipped]".
# This is the README's test command; .ci/run calls it after installing prerequisites.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet build LambdaGen.sln -c Release -nologo -v:minimal
build_status=$?
test_status=1
if [ "$build_status" -eq 0 ]; then
  # Test projects run one after another: several start servers, AWS CLI processes or nested builds.
  dotnet test LambdaGen.sln -c Release --no-build -nologo -m:1 \
    --logger "trx" --logger "console;verbosity=normal" --results-directory "$results"
  test_status=$?
fi

# The code style (.editorconfig): whitespace, style and analyzer fixes `dotnet format LambdaGen.sln` would make. Counted
# below as one test result, so the summary line stays the whole truth. About 30 s on 2 cores.
format_status=1
if [ "$build_status" -eq 0 ]; then
  echo "== dotnet format LambdaGen.sln --verify-no-changes"
  dotnet format LambdaGen.sln --verify-no-changes --no-restore -v:minimal
  format_status=$?
  [ "$format_status" -eq 0 ] || echo "dotnet format found code that is not in the project's style; run: dotnet format LambdaGen.sln"
fi

python3 - "$results" "$build_status" "$format_status" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
results, build_status, format_status = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
passed = failed = skipped = 0
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for path in glob.glob(results + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
if build_status != 0:
    failed += 1  # a build failure is a failure even when no test ran
elif format_status == 0:
    passed += 1  # the dotnet format check, one result
else:
    failed += 1
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
PY
[ "$build_status" -eq 0 ] && [ "$test_status" -eq 0 ] && [ "$format_status" -eq 0 ]
