#!/usr/bin/env bash
# Reproduces the figures in BENCHMARKS.md end to end, on a quiet machine:
#   internal/benchcmp/run.sh [outdir]        (COUNT=5 by default)
# It writes to outdir (default internal/benchcmp/results/): machine.txt, the raw `go test
# -bench` output of each group (builtin.txt, scale.txt, compare.txt), their
# benchstat tables (*.stat), size.txt (binary sizes) and init.txt
# (GODEBUG=inittrace=1 lines of igo packages). It takes about 20 minutes
# at COUNT=5, most of it in the 100x scale benchmarks; it needs ~3 GB of RAM.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "${1:-$root/internal/benchcmp/results}" && cd "${1:-$root/internal/benchcmp/results}" && pwd)
count=${COUNT:-5}
benchstat="go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da"
cd "$root"

{
	date -u +"date: %Y-%m-%dT%H:%MZ"
	go version
	grep -m1 'model name' /proc/cpuinfo
	echo "cores: $(nproc)"
	echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

echo "== built-in data: every query (count=$count)"
go test -run '^$' -bench . -benchmem -count "$count" . ./orgs ./member ./chair ./timeline | tee "$out/builtin.txt"

echo "== scale: 1x, 10x, 100x COW; then, in a process of their own (not beside the"
echo "   100x tables, whose 3 GB every collection would mark), table builds at 1x"
go test -run '^$' -bench 'Scale' -benchmem -count "$count" -timeout 60m ./internal/synth | tee "$out/scale.txt"
go test -run '^$' -bench 'Build' -benchmem -count "$count" ./internal/synth | tee -a "$out/scale.txt"

echo "== igo vs naive scan vs SQLite at COW scale, in one run"
(cd internal/benchcmp && go test -run '^$' -bench Compare -benchmem -count "$count") | tee "$out/compare.txt"

$benchstat "$out/builtin.txt" > "$out/builtin.stat"
$benchstat -col /n "$out/scale.txt" > "$out/scale.stat"
$benchstat -col /store "$out/compare.txt" > "$out/compare.stat"

echo "== binary size"
(
	cd internal/benchcmp
	go build -o "$out/hello" ./size/hello
	go build -o "$out/all" ./size/all
	h=$(stat -c %s "$out/hello")
	a=$(stat -c %s "$out/all")
	echo "hello: $h bytes; all igo packages: $a bytes; cost: $((a - h)) bytes"
) | tee "$out/size.txt"

echo "== start-up: GODEBUG=inittrace=1 lines of igo packages"
go build -o "$out/kazakhstan2024" ./examples/kazakhstan2024
{ GODEBUG=inittrace=1 "$out/kazakhstan2024" 2>&1 >/dev/null | grep igodata || echo "none: no igo package runs start-up code"; } | tee "$out/init.txt"

cat "$out"/*.stat
