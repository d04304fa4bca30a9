#!/usr/bin/env bash
# The FollowTheMoney export, checked by followthemoney itself: every bundled case
# (data/*.yaml), and the valid test datasets of hostile text, is exported and
# every line must be an entity FtM accepts as
# written: a known schema, a valid id, known properties that may be written
# (no reverse "stub" properties), every value valid for its property's type,
# the schema's required properties present, every entity reference pointing at
# an entity of the file with a schema the property allows, no id twice.
#
# usage: PY=python3 scripts/check-ftm.sh path/to/coopline
# PY is a Python with followthemoney installed (pip install followthemoney==4.11.2).
# Fails, never skips, when followthemoney cannot be imported.
set -euo pipefail

bin=${1:?usage: scripts/check-ftm.sh COOPLINE-BINARY (PY=python with followthemoney)}
py=${PY:-python3}
# Paths given relative to where the script was called from still work below.
case $bin in */*) bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin") ;; esac
case $py in */*) py=$(cd "$(dirname "$py")" && pwd)/$(basename "$py") ;; esac
cd "$(dirname "$0")/.."

if ! "$py" -c 'import followthemoney' 2>/dev/null; then
  echo "error: $py cannot import followthemoney; install it (pip install followthemoney==4.11.2) or set PY" >&2
  exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The bundled cases, and the valid datasets of hostile text: FtM must take
# awkward names, scripts and lengths too.
cases=(data/*.yaml tests/fixtures/good/*.yaml)
for f in tests/fixtures/hostile/*.yaml; do
  head -1 "$f" | grep -q '^# expect: valid' && cases+=("$f")
done
files=()
for f in "${cases[@]}"; do
  name=$(basename "$(dirname "$f")")-$(basename "$f" .yaml)
  if ! "$bin" --quiet export "$f" --format ftm -o "$out/$name.ftm" 2>"$out/log"; then
    cat "$out/log" >&2
    echo "error: coopline could not export $f" >&2
    exit 1
  fi
  files+=("$out/$name.ftm")
done

"$py" - "${files[@]}" <<'EOF'
import json
import sys

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.types import registry

problems = []
checked = 0
for path in sys.argv[1:]:
    entities = {}
    lines = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            where = f"{path}:{number}"
            try:
                data = json.loads(line)
            except ValueError as e:
                problems.append(f"{where}: not JSON: {e}")
                continue
            if set(data) != {"id", "schema", "properties"}:
                problems.append(f"{where}: keys {sorted(data)}, not id, schema, properties")
                continue
            eid = data["id"]
            schema = model.get(data["schema"])
            if schema is None:
                problems.append(f"{where}: entity {eid}: unknown schema {data['schema']!r}")
                continue
            if schema.abstract:
                problems.append(f"{where}: entity {eid}: abstract schema {schema.name}")
            if not isinstance(eid, str) or not registry.entity.validate(eid):
                problems.append(f"{where}: invalid entity id {eid!r}")
            if eid in entities:
                problems.append(f"{where}: entity {eid} appears twice")
            entities[eid] = schema
            lines.append((where, eid, schema, data))

    for where, eid, schema, data in lines:
        checked += 1
        properties = data["properties"]
        for name, values in properties.items():
            prop = schema.get(name)
            if prop is None:
                problems.append(f"{where}: {schema.name} {eid}: unknown property {name!r}")
                continue
            if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
                problems.append(f"{where}: {schema.name} {eid}: {name} is not a list of strings: {values!r}")
                continue
            if prop.stub:
                problems.append(f"{where}: {schema.name} {eid}: {name} is a reverse property, which cannot be written")
            for value in values:
                if not prop.type.validate(value):
                    problems.append(f"{where}: {schema.name} {eid}: {name}: invalid {prop.type.name} {value!r}")
                if prop.type == registry.entity:
                    target = entities.get(value)
                    if target is None:
                        problems.append(f"{where}: {schema.name} {eid}: {name} points at {value}, which is not in the file")
                    elif prop.range is not None and not target.is_a(prop.range):
                        problems.append(f"{where}: {schema.name} {eid}: {name} points at a {target.name}; FtM wants a {prop.range.name}")
        for name in sorted(schema.required):
            if not properties.get(name):
                problems.append(f"{where}: {schema.name} {eid}: required property {name} is missing")
        try:
            proxy = model.get_proxy(data, cleaned=False)
        except InvalidData as e:
            problems.append(f"{where}: {schema.name} {eid}: FtM refuses the entity: {e}")
            continue
        # Cleaning may tidy a value (spaces, a trailing slash), never drop one.
        for name, values in properties.items():
            kept = proxy.get(name, quiet=True)
            if len(kept) < len(set(values)):
                problems.append(f"{where}: {schema.name} {eid}: {name}: FtM kept {kept!r} of {values!r}")

for p in problems:
    print(p, file=sys.stderr)
if problems:
    sys.exit(f"{len(problems)} problems in the FtM export")
if checked == 0:
    sys.exit("no entities were checked")
print(f"ftm ok: {checked} entities in {len(sys.argv) - 1} files")
EOF
