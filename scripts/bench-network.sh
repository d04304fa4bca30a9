#!/usr/bin/env bash
# Stress of the network layout against Graphviz neato and sfdp on generated graphs
# of 50 to 2,000 nodes; writes the table to docs/network-stress.md.
# The view's promise: stress at most 1.2 times Graphviz's on the same graph.
set -euo pipefail
cd "$(dirname "$0")/.."
{
  echo "# Network layout stress against Graphviz"
  echo
  echo "Normalised stress (lower is better) of the same generated graphs, laid out by"
  echo "coopline's stress majorization and by Graphviz; made by \`scripts/bench-network.sh\`"
  echo "on $(nproc) cores, $(uname -m), $(dot -V 2>&1)."
  echo
  cargo run --release --quiet --example network_stress -- "$@"
} > docs/network-stress.md
cat docs/network-stress.md
