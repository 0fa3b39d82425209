#!/usr/bin/env bash
# The preview's comment on pull request $1, with the Markdown of file $2: the workflow's earlier comment (the one
# that starts with <!-- site-preview -->) is edited, so the pull request holds one, always up to date; otherwise a
# new one is posted. Needs GH_TOKEN and GH_REPO (the workflow's token and owner/name), and GitHub's gh.
set -euo pipefail
number=$1
body=$2
id=$(gh api --paginate "repos/$GH_REPO/issues/$number/comments" \
  --jq '.[] | select(.user.login == "github-actions[bot]" and (.body | startswith("<!-- site-preview -->"))) | .id' \
  | tail -n 1)
if [ -n "$id" ]; then
  gh api --silent -X PATCH "repos/$GH_REPO/issues/comments/$id" -F "body=@$body"
else
  gh api --silent -X POST "repos/$GH_REPO/issues/$number/comments" -F "body=@$body"
fi
