#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine with Node 20, then runs every check
# and test: type check, unit tests (Vitest), end-to-end tests (Playwright in Debian's chromium).
# Ends with one plain line "N passed, N failed" (docs/toolchain.md, "One plain closing line for the test run").
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium, Firefox ESR and WebKitGTK (the engine of Safari, driven through WebKitWebDriver under Xvfb),
# real speech voices (espeak-ng via speech-dispatcher) and poppler-utils (PDF text checks).
APT_PACKAGES=(chromium firefox-esr webkit2gtk-driver xvfb xauth gir1.2-webkit2-4.1 python3-gi
	speech-dispatcher speech-dispatcher-espeak-ng espeak-ng poppler-utils)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "== apt-get install ${missing[*]}"
	SUDO=""
	[ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== npm install"
# npm install, not npm ci: the lock lacks optional platform packages this registry does not serve (docs/toolchain.md, "npm install, not npm ci").
npm install --no-audit --no-fund

mkdir -p reports
echo "== build"
npm run build
echo "== type check"
npx svelte-check --tsconfig ./tsconfig.json --threshold error
echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || true
echo "== end-to-end tests"
PLAYWRIGHT_JSON_OUTPUT_FILE=reports/pw.json npx playwright test --reporter=list,json || true

node scripts/summary.mjs reports/vitest.json reports/pw.json
