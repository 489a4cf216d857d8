#!/usr/bin/env bash
# Fetches the dashboard's front-end packages from npm into src/Vigil.Server/wwwroot/lib/<pkg>/
# (git-ignored): `npm pack` each pinned version, check the tarball against the sha512 integrity
# npm published for it, copy only the files the dashboard loads plus the package's licence.
# Run by src/Vigil.Server/FrontEnd.targets before build when the files are missing; safe to re-run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lib="$root/src/Vigil.Server/wwwroot/lib"

# name@version  integrity (npm view NAME@VERSION dist.integrity)
packages=(
  "leaflet@1.9.4 sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
  "leaflet.markercluster@1.5.3 sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA=="
  "uplot@1.6.32 sha512-KIMVnG68zvu5XXUbC4LQEPnhwOxBuLyW1AHtpm6IKTXImkbLgkMy+jabjLgSLMasNuGGzQm/ep3tOkyTxpiQIw=="
)

# Files taken from each package (paths inside the tarball's package/ folder).
files_for() {
  case "$1" in
    leaflet) echo "LICENSE dist/leaflet.js dist/leaflet.css" ;;
    leaflet.markercluster) echo "MIT-LICENCE.txt dist/leaflet.markercluster.js dist/MarkerCluster.css" ;;
    uplot) echo "LICENSE dist/uPlot.esm.js dist/uPlot.min.css" ;;
    *) echo "fetch-frontend: no file list for $1" >&2; exit 2 ;;
  esac
}

command -v npm >/dev/null || { echo "fetch-frontend: npm not found (needed once to fetch leaflet, leaflet.markercluster, uplot)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for entry in "${packages[@]}"; do
  spec="${entry%% *}"
  expected="${entry#* }"
  name="${spec%@*}"
  (cd "$work" && npm pack --silent "$spec" >/dev/null)
  tarball="$(ls "$work"/"${name}"-*.tgz)"
  # npm needs node, so node computes the digest: no dependence on sha512sum/xxd/openssl.
  actual="$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write("sha512-"+c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
  if [[ "$actual" != "$expected" ]]; then
    echo "fetch-frontend: $spec integrity mismatch: expected $expected, got $actual" >&2
    exit 1
  fi
  mkdir -p "$work/$name"
  tar -xzf "$tarball" -C "$work/$name"
  rm -rf "${lib:?}/$name"
  mkdir -p "$lib/$name"
  for file in $(files_for "$name"); do
    target="$(basename "$file")"
    # A bare LICENSE becomes LICENSE.txt so the server (which serves known file types only) can serve it.
    [[ "$target" == "LICENSE" ]] && target="LICENSE.txt"
    cp "$work/$name/package/$file" "$lib/$name/$target"
  done
  rm "$tarball"
  echo "fetch-frontend: $spec -> ${lib#"$root"/}/$name"
done
