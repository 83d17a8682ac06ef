#!/bin/sh
# Entry point of the service image (infra/Dockerfile): refuses to start a production process whose secrets are
# still the placeholders that docker-compose.yml and infra/.env.example ship, then runs the command given.
# The placeholders let `NODE_ENV=development docker compose up` work out of the box; with NODE_ENV=production
# (the image's default) a shared, published key would sign everyone's tokens and transparency logs.
set -eu

MARKER='insecure-placeholder'

if [ "${NODE_ENV:-production}" = production ]; then
  refused=''
  for name in JWT_SECRET AUDIT_SIGNING_KEY DATABASE_URL; do
    eval "value=\${$name-}"
    case "$value" in
      *"$MARKER"*) refused="$refused $name" ;;
    esac
  done
  if [ -n "$refused" ]; then
    echo "Refusing to start with NODE_ENV=production: the placeholder of infra/.env.example is still in${refused}." >&2
    echo "Set real values in .env (JWT_SECRET: openssl rand -hex 32; AUDIT_SIGNING_KEY: npx bcd-audit keygen <log name>;" >&2
    echo "POSTGRES_PASSWORD: a password of your own), or NODE_ENV=development for a local try. See infra/README.md." >&2
    exit 78
  fi
fi

exec "$@"
