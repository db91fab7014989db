#!/bin/sh
# Publishes the playbook to an S3-style bucket (AWS S3, MinIO, Ceph, Cloudflare R2, …),
# served at https://docs.example.org/playbook/.
# astro.config.mjs: site: 'https://docs.example.org', base: '/playbook'
# The folder in the bucket is the base path without its leading slash.
set -eu

BUCKET="s3://docs-example-org"
PREFIX="playbook"

npm run build

# Hashed assets can be cached for long; pages and the search index must be fetched fresh.
aws s3 sync dist/_astro "$BUCKET/$PREFIX/_astro" --delete \
  --cache-control "public, max-age=31536000, immutable"
aws s3 sync dist "$BUCKET/$PREFIX" --delete --exclude "_astro/*" \
  --cache-control "public, max-age=300"

# With MinIO's client instead of the AWS CLI:
#   mc mirror --overwrite --remove dist/ myminio/docs-example-org/playbook/
