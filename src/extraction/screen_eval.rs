//! `memory-sidecar eval-screen`: measures the special-category screen on a labelled set (the
//! shape of `tests/fixtures/special_category.json`), so operators can check it on their own
//! data: recall on sensitive items, benign items dropped, precision, per language and
//! category. Prints counts only, never the items' text.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Deserialize;

use super::screen::{Category, Screen};

/// A labelled set.
#[derive(Deserialize)]
pub struct LabelledSet {
    pub items: Vec<LabelledItem>,
}

/// One labelled candidate.
#[derive(Deserialize)]
pub struct LabelledItem {
    pub text: String,
    #[serde(default)]
    pub lang: Option<String>,
    pub sensitive: bool,
    #[serde(default)]
    pub category: Option<String>,
}

#[derive(Default, Clone, Copy)]
struct Tally {
    sensitive: usize,
    caught: usize,
    benign: usize,
    dropped: usize,
}

impl Tally {
    fn add(&mut self, item: &LabelledItem, flagged: bool) {
        if item.sensitive {
            self.sensitive += 1;
            self.caught += usize::from(flagged);
        } else {
            self.benign += 1;
            self.dropped += usize::from(flagged);
        }
    }

    fn row(&self, name: &str) -> String {
        let pct = |n: usize, d: usize| {
            if d == 0 {
                "-".to_string()
            } else {
                format!("{:.1}% ({n}/{d})", 100.0 * n as f64 / d as f64)
            }
        };
        format!(
            "| {name} | {} | {} | {} |",
            pct(self.caught, self.sensitive),
            pct(self.dropped, self.benign),
            pct(self.caught, self.caught + self.dropped),
        )
    }
}

/// Evaluates `set` and returns a Markdown report.
pub fn evaluate(set: &LabelledSet, screen: &Screen) -> String {
    let mut all = Tally::default();
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_cat: BTreeMap<String, Tally> = BTreeMap::new();
    let mut wrong_category = 0;
    for item in &set.items {
        let found: Vec<Category> = screen
            .findings(&item.text)
            .iter()
            .map(|f| f.category)
            .collect();
        let flagged = !found.is_empty();
        all.add(item, flagged);
        by_lang
            .entry(item.lang.clone().unwrap_or_else(|| "?".into()))
            .or_default()
            .add(item, flagged);
        if let Some(c) = item.category.as_deref().filter(|_| item.sensitive) {
            by_cat.entry(c.to_owned()).or_default().add(item, flagged);
            if flagged && Category::from_name(c).is_some_and(|c| !found.contains(&c)) {
                wrong_category += 1;
            }
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| slice | sensitive caught (recall) | benign dropped | precision |"
    );
    let _ = writeln!(out, "|---|---|---|---|");
    let _ = writeln!(out, "{}", all.row("all"));
    for (k, t) in &by_lang {
        let _ = writeln!(out, "{}", t.row(&format!("lang {k}")));
    }
    for (k, t) in &by_cat {
        let _ = writeln!(out, "{}", t.row(k));
    }
    let _ = writeln!(
        out,
        "\n{} items; {wrong_category} sensitive items caught under another category",
        set.items.len()
    );
    out
}
