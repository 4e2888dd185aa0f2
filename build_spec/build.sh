#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and smoke-test it. Usage:
#   bash build_spec/build.sh          the reader (build in an environment without the OCR extra)
#   bash build_spec/build.sh ocr      the reader with OCR (an environment with .[ocr] installed)
# The smoke test: the binary starts, prints the sample's outline, imports and annotates it, exports
# a brief, reads that PDF back and opens it in the window (offscreen) with the Page view; the OCR
# variant imports a scanned page (the brief rendered to PNG) and finds its words, the reader says
# in one line that a scan needs the OCR extra.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
export GZREADER_VARIANT=${1:-${GZREADER_VARIANT:-reader}}
suffix=$([ "$GZREADER_VARIANT" = ocr ] && echo "-ocr" || echo "")
"$PY" -m pip install -q "pyinstaller>=6.5"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath "build/pyinstaller$suffix" build_spec/gzreader.spec
echo "build time: $(( $(date +%s) - start )) s"
app=$(ls -d dist/gzreader-*[0-9]"$suffix"/ | head -n 1)
echo "size: $(du -sh "$app" | cut -f1)  ($app, variant $GZREADER_VARIANT)"
echo "largest items:"
du -a "$app" | sort -rn | awk '{printf "  %6.1f MB  %s\n", $1 / 1024, $2}' | grep -v '/$' | sed -n '2,16p'

smoke=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen GZREADER_DATA_DIR="$smoke/lib"
bin="$app/gzreader"
sample="$app/_internal/gzreader/_data/data/00_guangzhou_ai_digital_economy_plan.txt"
"$bin" --version
"$bin" outline --json "$sample" > "$smoke/outline.json"
grep -q '"doc_number": "粤大湾区〔2020〕1号"' "$smoke/outline.json"
doc=$("$bin" import "$sample" | cut -f1)
"$bin" annotate "$doc" --quote 建立创新要素高效配置规则体系 --note 冒烟测试 >/dev/null
"$bin" export "$doc" --out "$smoke/brief.pdf"
test -s "$smoke/brief.pdf"
"$bin" search 创新要素配置 | grep -q 创新   # no exact match: jieba's words (its packed dictionary)
"$bin" text "$smoke/brief.pdf" | grep -q 建立创新要素高效配置规则体系   # PDFium reads it back
"$bin" import "$smoke/brief.pdf" >/dev/null
timeout 20 "$bin" --data-dir "$smoke/gui" open "$smoke/brief.pdf" & gui=$!   # with its Page view
sleep 8; kill -0 "$gui"; kill "$gui"; wait "$gui" 2>/dev/null || true
if command -v pdftoppm >/dev/null; then
    pdftoppm -r 150 -png -f 1 -l 1 "$smoke/brief.pdf" "$smoke/scan"
    if [ "$GZREADER_VARIANT" = ocr ]; then
        scanned=$("$bin" import "$smoke"/scan*.png | cut -f1)   # read by OCR inside the package
        "$bin" search 创新要素高效配置 | grep -q "^$scanned"
    else
        ! "$bin" import "$smoke"/scan*.png 2> "$smoke/err"
        grep -q "OCR" "$smoke/err" && [ "$(wc -l < "$smoke/err")" -eq 1 ]
    fi
fi
echo "smoke test passed"
