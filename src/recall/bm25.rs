//! An incremental Okapi BM25 index over one profile's items.

use std::collections::HashMap;

/// BM25 parameters.
#[derive(Debug, Clone, Copy)]
pub struct Bm25Params {
    pub k1: f32,
    pub b: f32,
}

impl Default for Bm25Params {
    fn default() -> Self {
        Self { k1: 1.2, b: 0.75 }
    }
}

/// The index; documents are numbered by the caller.
#[derive(Default)]
pub struct Bm25 {
    params: Bm25Params,
    vocab: HashMap<String, u32>,
    /// Per term: (document, term frequency).
    postings: Vec<Vec<(u32, u16)>>,
    doc_len: Vec<u32>,
    docs: usize,
    total_len: u64,
}

impl Bm25 {
    /// An empty index.
    pub fn new(params: Bm25Params) -> Self {
        Self {
            params,
            ..Self::default()
        }
    }

    /// Adds document `doc` with its terms.
    pub fn add(&mut self, doc: u32, terms: &[String]) {
        let mut tf: HashMap<u32, u16> = HashMap::new();
        for t in terms {
            let next = self.vocab.len() as u32;
            let id = *self.vocab.entry(t.clone()).or_insert(next);
            if id as usize == self.postings.len() {
                self.postings.push(Vec::new());
            }
            let c = tf.entry(id).or_insert(0);
            *c = c.saturating_add(1);
        }
        for (id, f) in tf {
            self.postings[id as usize].push((doc, f));
        }
        if self.doc_len.len() <= doc as usize {
            self.doc_len.resize(doc as usize + 1, 0);
        }
        self.doc_len[doc as usize] = terms.len() as u32;
        self.docs += 1;
        self.total_len += terms.len() as u64;
    }

    /// Removes document `doc`, which was added with `terms`.
    pub fn remove(&mut self, doc: u32, terms: &[String]) {
        let mut seen = std::collections::HashSet::new();
        for t in terms {
            if let Some(&id) = self.vocab.get(t) {
                if seen.insert(id) {
                    self.postings[id as usize].retain(|(d, _)| *d != doc);
                }
            }
        }
        if let Some(len) = self.doc_len.get_mut(doc as usize) {
            self.total_len -= u64::from(*len);
            *len = 0;
        }
        self.docs = self.docs.saturating_sub(1);
    }

    /// Scores every document matching any query term; returns (document, score) in no order.
    #[cfg(test)]
    pub fn score(&self, query_terms: &[String]) -> HashMap<u32, f32> {
        let mut dense = vec![0.0f32; self.doc_len.len()];
        self.score_into(query_terms, &mut dense);
        dense
            .into_iter()
            .enumerate()
            .filter(|(_, s)| *s > 0.0)
            .map(|(d, s)| (d as u32, s))
            .collect()
    }

    /// Adds every document's score to `out[document]` (`out` covers every document number).
    pub fn score_into(&self, query_terms: &[String], out: &mut [f32]) {
        if self.docs == 0 {
            return;
        }
        let n = self.docs as f32;
        let avgdl = (self.total_len as f32 / n).max(1.0);
        let Bm25Params { k1, b } = self.params;
        for t in query_terms {
            let Some(&id) = self.vocab.get(t) else {
                continue;
            };
            let posting = &self.postings[id as usize];
            if posting.is_empty() {
                continue;
            }
            let df = posting.len() as f32;
            let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
            for &(doc, tf) in posting {
                let tf = f32::from(tf);
                let dl = self.doc_len[doc as usize] as f32;
                let s = idf * tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * dl / avgdl));
                if let Some(slot) = out.get_mut(doc as usize) {
                    *slot += s;
                }
            }
        }
    }

    /// The score of an ideal match for the query: the sum of its terms' IDFs (a term the
    /// corpus lacks counts at the highest IDF). Dividing a score by it measures how much of the
    /// query's information a document covers, so one common word matched by chance weighs
    /// little while a rare code or name weighs a lot.
    pub fn ideal(&self, query_terms: &[String]) -> f32 {
        let n = self.docs.max(1) as f32;
        let idf = |df: f32| ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
        let mut seen = std::collections::HashSet::new();
        query_terms
            .iter()
            .filter(|t| seen.insert(t.as_str()))
            .map(|t| {
                let df = self
                    .vocab
                    .get(t)
                    .map_or(0, |&id| self.postings[id as usize].len());
                idf(df as f32)
            })
            .sum()
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn rare_terms_weigh_more_and_removal_works() {
        let mut i = Bm25::new(Bm25Params::default());
        i.add(0, &t("order 4521 late"));
        i.add(1, &t("order 9000 delivered"));
        i.add(2, &t("prefers sms"));
        let s = i.score(&t("order 4521"));
        assert!(s[&0] > s[&1]);
        assert!(!s.contains_key(&2));
        i.remove(0, &t("order 4521 late"));
        let s = i.score(&t("order 4521"));
        assert!(!s.contains_key(&0));
        assert_eq!(i.len(), 2);
        i.add(0, &t("4521 again"));
        assert!(i.score(&t("4521")).contains_key(&0));
    }
}
