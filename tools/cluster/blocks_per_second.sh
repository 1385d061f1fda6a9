#!/bin/bash
# Blocks per second of one physical network point (M = 16, K = 4, J = 2, Lc = Ls = 2; 960 realizations, 60 blocks
# of 16) on 1 and 2 local threads, as 2 one-thread shards at once (two JVMs, no cluster), and on a 2- and 3-member
# loopback cluster of one-thread workbenches. Local and cluster runs: from the realization rate the coordinator's
# last progress line reports (its run only: JVM start and joining the cluster are not counted); each case runs twice
# in a row, each time in a new JVM, and the second run is reported (the first warms the file cache and, in a cluster,
# the serving members' JIT). Shards: from their wall time, less a workbench's start.
# Usage: tools/cluster/blocks_per_second.sh [JAR]   (run from the checkout; needs the built jar)
set -euo pipefail
jar=$(realpath "${1:-launcher/target/isac-workbench.jar}")
work=$(mktemp -d)
trap 'pkill -f "$work" || true; rm -rf "$work"' EXIT
cd "$work"
cat > bench.json <<'JSON'
{"kind": "network-sg", "quantity": "comm-rate", "base": {"M": 16, "K": 4, "J": 2, "Lc": 2, "Ls": 2},
 "x": {"key": "cs", "values": [80]}, "mode": "physical", "realizations": 960, "seed": 3}
JSON
port=5781
member() { # folder: a workbench folder configured for the cluster
  mkdir -p "$1/plugins"
  printf 'name=bench\nmembers=127.0.0.1:%d,127.0.0.1:%d,127.0.0.1:%d\nport=%d\n' $port $((port + 1)) $((port + 2)) \
    $port > "$1/plugins/org.isac.workbench.cluster.cfg"
}
rate() { # the realizations per second of the last progress line of a run's standard error
  grep -o '[0-9.]*/s' "$1" | tail -1 | tr -d '/s'
}
run() { # name threads cluster: runs the point twice in one workbench, prints blocks/s of the second run
  local folder=$work/$1
  mkdir -p "$folder/plugins"
  java -XX:ActiveProcessorCount=$2 -jar "$jar" --plugins "$folder/plugins" --workspace "$folder/ws" \
    -c "isac:run bench.json $folder/warm cluster=$3" 2> /dev/null > /dev/null
  java -XX:ActiveProcessorCount=$2 -jar "$jar" --plugins "$folder/plugins" --workspace "$folder/ws2" \
    -c "isac:run bench.json $folder/timed cluster=$3" 2> "$folder/err" > /dev/null
  echo "$1: $(echo "scale=2; $(rate "$folder/err") / 16" | bc) blocks/s"
}
serve() {
  member "$work/$1"
  java -XX:ActiveProcessorCount=1 -jar "$jar" --plugins "$work/$1/plugins" --workspace "$work/$1/ws" \
    -c "isac:cluster serve" > "$work/$1.log" 2>&1 &
  until grep -q "serving as" "$work/$1.log"; do sleep 0.2; done
}
sharded() { # two one-thread shards at once, as xargs -P 2 would run them: the two JVMs of a 2-member cluster
  # without its traffic; their wall time less a workbench's start (measured alone) is the time of their blocks
  local folder=$work/sharded
  mkdir -p "$folder"
  local start0=$(date +%s.%N)
  java -XX:ActiveProcessorCount=1 -jar "$jar" --plugins "$folder/p0" --workspace "$folder/w0" -c "isac:components" \
    > /dev/null 2>&1
  local startup=$(echo "$(date +%s.%N) - $start0" | bc)
  for round in warm timed; do
    local begin=$(date +%s.%N)
    for shard in 0 1; do
      java -XX:ActiveProcessorCount=1 -jar "$jar" --plugins "$folder/p$shard" --workspace "$folder/w$shard" \
        -c "isac:run bench.json $folder/$round shard=$shard/2" > /dev/null 2>&1 &
    done
    wait
    local wall=$(echo "$(date +%s.%N) - $begin" | bc)
  done
  echo "sharded-2-jvms: $(echo "scale=2; 60 / ($wall - $startup)" | bc) blocks/s (wall $wall s less start $startup s)"
}
run local-1-thread 1 false
run local-2-threads 2 false
sharded
serve m1
member "$work/cluster-2-members"
run cluster-2-members 1 true
serve m2
member "$work/cluster-3-members"
run cluster-3-members 1 true
