#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and smoke-test it: the binary must start offscreen,
# print the sample's outline as JSON and export a brief. Usage: bash build_spec/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q "pyinstaller>=6.5"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller build_spec/gzreader.spec
echo "build time: $(( $(date +%s) - start )) s"
app=$(ls -d dist/gzreader-*/ | head -n 1)
echo "size: $(du -sh "$app" | cut -f1)  ($app)"

smoke=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen GZREADER_DATA_DIR="$smoke/lib"
bin="$app/gzreader"
"$bin" --version
"$bin" outline --json "$app/_internal/gzreader/_data/data/00_guangzhou_ai_digital_economy_plan.txt" > "$smoke/outline.json"
grep -q '"doc_number": "粤大湾区〔2020〕1号"' "$smoke/outline.json"
doc=$("$bin" import "$app/_internal/gzreader/_data/data/00_guangzhou_ai_digital_economy_plan.txt" | cut -f1)
"$bin" annotate "$doc" --quote 建立创新要素高效配置规则体系 --note 冒烟测试 >/dev/null
"$bin" export "$doc" --out "$smoke/brief.pdf"
test -s "$smoke/brief.pdf"
timeout 20 "$bin" --data-dir "$smoke/gui" & gui=$!   # the window starts offscreen and keeps running
sleep 8; kill -0 "$gui"; kill "$gui"; wait "$gui" 2>/dev/null || true
echo "smoke test passed"
