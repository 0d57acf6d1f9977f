#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised: the services' own role and database. The role is not a
# superuser; it owns the database, so Flyway (in each service, at start) can create its schema and tables there.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v role="${QUORUM_DB_USER:-quorum}" -v password="$QUORUM_DB_PASSWORD" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE quorum OWNER :"role";
SQL
