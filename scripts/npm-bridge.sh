#!/bin/sh
# pnpm 10 hands a few commands straight to npm, `docs` among them, so `pnpm docs` would run
# `npm docs` instead of our script. .npmrc points pnpm's npm-path here: `docs` runs our script,
# everything else goes to npm unchanged.
if [ "$1" = "docs" ]; then
  shift
  exec pnpm run docs "$@"
fi
exec npm "$@"
