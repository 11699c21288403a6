//! Property test of identity resolution: random sequences of upserts with overlapping phone,
//! WhatsApp and e-mail values end with every identifier on exactly one canonical profile, every
//! profile id ever answered resolving to a live one, and no observation lost in the merges.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use memory_sidecar::domain::profile::IdType;
use memory_sidecar::metrics::Metrics;
use memory_sidecar::profiles::observations::NewObservation;
use memory_sidecar::profiles::{ProfileError, ProfileLimits, Profiles};
use memory_sidecar::recall::embed::Embedder;
use memory_sidecar::recall::{Fusion, Recall};
use memory_sidecar::storage::Storage;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const NUMBERS: [&str; 3] = ["+13175550001", "+13175550002", "+13175550003"];
const EMAILS: [&str; 3] = ["a@example.com", "b@example.com", "c@example.com"];

/// One upsert: which identifiers it carries (indexes into the pools), written in varied forms.
#[derive(Debug, Clone)]
struct Upsert {
    phone: Option<usize>,
    whatsapp: Option<usize>,
    email: Option<usize>,
}

fn upsert_strategy() -> impl Strategy<Value = Upsert> {
    (
        proptest::option::of(0..3usize),
        proptest::option::of(0..3usize),
        proptest::option::of(0..3usize),
    )
        .prop_map(|(phone, whatsapp, email)| Upsert {
            phone,
            whatsapp,
            email,
        })
}

fn traits(u: &Upsert) -> Map<String, Value> {
    let mut contact = Map::new();
    if let Some(i) = u.phone {
        // National format, so normalisation is exercised too.
        contact.insert("phone".into(), json!(format!("1-{}", &NUMBERS[i][2..])));
    }
    if let Some(i) = u.whatsapp {
        contact.insert("whatsapp".into(), json!(format!("whatsapp:{}", NUMBERS[i])));
    }
    if let Some(i) = u.email {
        contact.insert("email".into(), json!(EMAILS[i].to_uppercase()));
    }
    let mut t = Map::new();
    t.insert("Contact".into(), Value::Object(contact));
    t
}

async fn run(ops: Vec<Upsert>) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let storage = Storage::open(dir.path(), 8 << 20, Arc::new(Metrics::new())).unwrap();
    let recall = Arc::new(
        Recall::new(
            storage.clone(),
            Embedder::builtin().unwrap(),
            "cl100k_base",
            100_000,
            Fusion::default(),
        )
        .unwrap(),
    );
    let profiles = Profiles::new(
        storage.clone(),
        "US".into(),
        ProfileLimits {
            observations_per_profile: 10_000,
            summaries_per_profile: 1000,
        },
        recall,
    );
    let store = "mem_store_prop";
    let mut answered = BTreeSet::new();
    let mut used: Vec<(IdType, String)> = Vec::new();
    for (n, op) in ops.iter().enumerate() {
        let (id, _) = profiles.upsert(store, &traits(op)).await.unwrap();
        answered.insert(id.clone());
        let obs = NewObservation {
            content: format!("observation {n}"),
            source: "prop".into(),
            occurred_at: None,
            conversation_ids: None,
            communication_ids: None,
            provenance: None,
        };
        profiles
            .create_observations(store, &id, vec![obs])
            .await
            .unwrap();
        if let Some(i) = op.phone {
            used.push((IdType::Phone, NUMBERS[i].into()));
        }
        if let Some(i) = op.whatsapp {
            used.push((IdType::Whatsapp, NUMBERS[i].into()));
        }
        if let Some(i) = op.email {
            used.push((IdType::Email, EMAILS[i].into()));
        }
    }
    // Every identifier is on exactly one live profile, which lists it.
    let mut owner_of_number: HashMap<String, String> = HashMap::new();
    for (t, v) in &used {
        let (_, found) = profiles.lookup(store, *t, v).unwrap();
        prop_assert_eq!(found.len(), 1, "{:?} {} on {:?}", t, v, found);
        let p = profiles.resolve(store, &found[0]).unwrap();
        prop_assert!(p.data.identifiers.get(t).is_some_and(|vs| vs.contains(v)));
        if matches!(t, IdType::Phone | IdType::Whatsapp) {
            // SMS and WhatsApp from one number are one person.
            let prev = owner_of_number
                .entry(v.clone())
                .or_insert_with(|| p.id.clone());
            prop_assert_eq!(prev, &p.id);
        }
    }
    // Every id ever answered is live or redirects to a live profile.
    let mut live = BTreeSet::new();
    for id in &answered {
        match profiles.resolve(store, id) {
            Ok(p) => {
                live.insert(p.id);
            }
            Err(ProfileError::Moved { canonical }) => {
                let p = profiles.resolve(store, &canonical).unwrap();
                live.insert(p.id);
            }
            Err(e) => return Err(TestCaseError::fail(format!("{id}: {e}"))),
        }
    }
    // No observation lost: the live profiles hold exactly what was written.
    let mut contents = Vec::new();
    for id in &live {
        let obs = storage.profiles().observations(store, id).unwrap();
        let p = profiles.resolve(store, id).unwrap();
        prop_assert_eq!(p.observation_count, obs.len());
        contents.extend(obs.into_iter().map(|o| o.content));
    }
    contents.sort();
    let mut expected: Vec<String> = (0..ops.len()).map(|n| format!("observation {n}")).collect();
    expected.sort();
    prop_assert_eq!(contents, expected);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn identity_resolution_keeps_one_owner_per_identifier(ops in proptest::collection::vec(upsert_strategy(), 1..24)) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(run(ops))?;
    }
}
