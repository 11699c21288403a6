//! Sentence embedders: the built-in static model (model2vec, distilled from all-MiniLM-L6-v2,
//! compiled into the binary, offline) or any OpenAI-compatible `/v1/embeddings` endpoint.

use std::time::Duration;

use anyhow::Context;
use model2vec_rs::model::StaticModel;
use serde::Deserialize;

/// Where the built-in model's files are in the repository (see models/…/NOTICE).
pub const BUILTIN_MODEL_DIR: &str = "models/minilm-l6-m2v-256-int8";
const TOKENIZER: &[u8] = include_bytes!("../../models/minilm-l6-m2v-256-int8/tokenizer.json");
const WEIGHTS: &[u8] = include_bytes!("../../models/minilm-l6-m2v-256-int8/model.safetensors");
const CONFIG: &[u8] = include_bytes!("../../models/minilm-l6-m2v-256-int8/config.json");

/// An embedder; vectors come back L2-normalised.
pub enum Embedder {
    /// The built-in static model.
    Local { model: StaticModel, id: String },
    /// An OpenAI-compatible embeddings API.
    OpenAi {
        client: reqwest::Client,
        url: String,
        api_key: Option<String>,
        model: String,
        id: String,
    },
}

#[derive(Deserialize)]
struct EmbeddingsResponse {
    data: Vec<EmbeddingItem>,
}

#[derive(Deserialize)]
struct EmbeddingItem {
    index: usize,
    embedding: Vec<f32>,
}

/// Scales `v` to unit length (zero vectors stay zero).
pub fn normalize(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

impl Embedder {
    /// The built-in model.
    pub fn builtin() -> anyhow::Result<Self> {
        let model = StaticModel::from_bytes(TOKENIZER, WEIGHTS, CONFIG, Some(true))
            .context("loading the built-in embedding model")?;
        let digest = sha2::Sha256::digest(WEIGHTS);
        Ok(Self::Local {
            model,
            id: format!(
                "local:minilm-l6-m2v-256-int8:{}",
                &hex::encode(digest)[..12]
            ),
        })
    }

    /// An OpenAI-compatible embeddings endpoint (`base_url` ends before `/embeddings`).
    pub fn openai(base_url: &str, api_key: Option<String>, model: &str) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()?;
        Ok(Self::OpenAi {
            client,
            url: format!("{}/embeddings", base_url.trim_end_matches('/')),
            api_key,
            model: model.to_owned(),
            id: format!("openai:{model}"),
        })
    }

    /// Identifies the model; stored with every vector so a model change is noticed.
    pub fn id(&self) -> &str {
        match self {
            Self::Local { id, .. } | Self::OpenAi { id, .. } => id,
        }
    }

    /// Embeds texts (unit vectors, same order).
    pub async fn embed(&self, texts: &[String]) -> anyhow::Result<Vec<Vec<f32>>> {
        match self {
            Self::Local { model, .. } => Ok(self.embed_local(model, texts)),
            Self::OpenAi {
                client,
                url,
                api_key,
                model,
                ..
            } => {
                let mut req = client
                    .post(url)
                    .json(&serde_json::json!({"model": model, "input": texts}));
                if let Some(k) = api_key {
                    req = req.bearer_auth(k);
                }
                let rsp = req.send().await.context("embeddings request")?;
                let status = rsp.status();
                if !status.is_success() {
                    anyhow::bail!("embeddings endpoint answered {status}");
                }
                let mut body: EmbeddingsResponse =
                    rsp.json().await.context("embeddings response")?;
                body.data.sort_by_key(|d| d.index);
                if body.data.len() != texts.len() {
                    anyhow::bail!(
                        "embeddings endpoint returned {} vectors for {} texts",
                        body.data.len(),
                        texts.len()
                    );
                }
                Ok(body
                    .data
                    .into_iter()
                    .map(|mut d| {
                        normalize(&mut d.embedding);
                        d.embedding
                    })
                    .collect())
            }
        }
    }

    /// Embeds with the local model synchronously (the hot paths use this directly).
    pub fn embed_local(&self, model: &StaticModel, texts: &[String]) -> Vec<Vec<f32>> {
        // One at a time on the calling thread: the batch API fans out to a rayon pool, which
        // only adds contention on a small machine for vectors that take microseconds.
        texts
            .iter()
            .map(|t| {
                let mut v = model.encode_single(t);
                normalize(&mut v);
                v
            })
            .collect()
    }
}

use sha2::Digest;

/// Dot product of two equal-length slices (unit vectors: cosine).
#[inline]
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    // Eight independent accumulators let the compiler vectorise the loop.
    let mut acc = [0.0f32; 8];
    let chunks = a.len() / 8;
    for i in 0..chunks {
        for j in 0..8 {
            acc[j] += a[i * 8 + j] * b[i * 8 + j];
        }
    }
    let mut s: f32 = acc.iter().sum();
    for i in chunks * 8..a.len().min(b.len()) {
        s += a[i] * b[i];
    }
    s
}

/// Stored form of a vector: int8 with one scale (a quarter of the f32 size).
pub fn quantize(v: &[f32]) -> (f32, Vec<i8>) {
    let max = v.iter().fold(0.0f32, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return (0.0, vec![0; v.len()]);
    }
    let scale = max / 127.0;
    (
        scale,
        v.iter()
            .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8)
            .collect(),
    )
}

/// Back to f32, re-normalised.
pub fn dequantize(scale: f32, q: &[i8]) -> Vec<f32> {
    let mut v: Vec<f32> = q.iter().map(|x| f32::from(*x) * scale).collect();
    normalize(&mut v);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_is_the_committed_one() {
        let sha = |b: &[u8]| hex::encode(sha2::Sha256::digest(b));
        assert_eq!(
            sha(WEIGHTS),
            "a12453d83afccd308a5e48d5f8f547f86871ef5bdbaee57af7df77c1e1215fe0"
        );
        assert_eq!(
            sha(TOKENIZER),
            "dd33465341c98889c3338356b6200c8b232b89af5f1b7aa8e6ee1d4d7a699631"
        );
        assert_eq!(
            sha(CONFIG),
            "e13266c6aa4c3d3956a95a9eb4f6c1d5af7c20b4ca91bd0c40335bb844310ba5"
        );
    }

    #[test]
    fn builtin_model_orders_meanings() {
        let e = Embedder::builtin().unwrap();
        let Embedder::Local { model, .. } = &e else {
            unreachable!()
        };
        let cos = |a: &str, b: &str| {
            let v = e.embed_local(model, &[a.to_owned(), b.to_owned()]);
            dot(&v[0], &v[1])
        };
        // Paraphrases that share no content word beat unrelated sentences.
        for (anchor, near, far) in [
            (
                "The physician prescribed medication",
                "The doctor gave me pills",
                "The stock market fell today",
            ),
            (
                "I need to reset my password",
                "I forgot my login credentials",
                "The weather is sunny",
            ),
            (
                "My package never arrived",
                "The shipment was lost in transit",
                "I love this song",
            ),
            (
                "The automobile would not start",
                "The vehicle's engine failed",
                "She baked a cake",
            ),
            (
                "I want a refund for the broken blender",
                "The customer asked for their money back",
                "What time does the store open",
            ),
        ] {
            assert!(cos(anchor, near) > cos(anchor, far), "{anchor}");
        }
        assert_eq!(e.embed_local(model, &["hello".into()])[0].len(), 256);
        assert!(
            e.embed_local(model, &[String::new()])[0]
                .iter()
                .all(|x| *x == 0.0),
            "empty text is the zero vector"
        );
    }

    #[test]
    fn quantisation_keeps_cosines() {
        let mut a: Vec<f32> = (0..256)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 50.0)
            .collect();
        let mut b: Vec<f32> = (0..256)
            .map(|i| ((i * 53 % 97) as f32 - 48.0) / 48.0)
            .collect();
        normalize(&mut a);
        normalize(&mut b);
        let (sa, qa) = quantize(&a);
        let (sb, qb) = quantize(&b);
        let exact = dot(&a, &b);
        let approx = dot(&dequantize(sa, &qa), &dequantize(sb, &qb));
        assert!((exact - approx).abs() < 0.01, "{exact} vs {approx}");
        assert!((dot(&a, &a) - 1.0).abs() < 1e-5);
    }
}
