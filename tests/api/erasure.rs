//! Erasure (SPEC 4): deleted data is gone from every tier and unreadable on disk. Records are
//! sealed with per-record data keys kept outside sled; deleting destroys the keys. These tests
//! write unique strings everywhere, delete, and scan every file of the data directory.

use std::path::Path;

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::*;

fn all_files(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            all_files(&path, out);
        } else {
            out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
}

/// Files of the data directory that contain `needle`.
fn files_containing(dir: &Path, needle: &[u8]) -> Vec<String> {
    let mut files = Vec::new();
    all_files(dir, &mut files);
    files
        .into_iter()
        .filter(|(_, bytes)| bytes.windows(needle.len()).any(|w| w == needle))
        .map(|(name, _)| name)
        .collect()
}

fn unique(tag: &str) -> String {
    format!("{tag}-{}", memory_sidecar::domain::ids::new_id("u"))
}

#[tokio::test]
async fn deleting_a_profile_makes_everything_it_held_unreadable_on_disk() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let msg = unique("ERASE-MESSAGE");
    let trait_v = unique("ERASE-TRAIT");
    let email = format!("{}@example.com", unique("erase-mail").to_lowercase());
    let obs_v1 = unique("ERASE-OBS-V1");
    let obs_v2 = unique("ERASE-OBS-V2");
    let summary = unique("ERASE-SUMMARY");

    // A conversation whose customer becomes the profile, with a message.
    let part = json!({"eventType": "PARTICIPANT_ADDED", "data": {"id": "p1", "conversationId": "conv_erase", "type": "CUSTOMER",
        "addresses": [{"channel": "SMS", "address": "+13175559876"}], "createdAt": "2026-05-06T19:30:00Z", "updatedAt": "2026-05-06T19:30:00Z"}});
    assert_eq!(app.post_orchestrator(&part.to_string()).await.status(), 200);
    assert_eq!(
        app.post_orchestrator(&communication(
            "conv_erase",
            "m1",
            &msg,
            "2026-05-06T19:31:00Z"
        ))
        .await
        .status(),
        200
    );
    let conv = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/conv_erase"))
        .await;
    let profile = conv["profileIds"][0].as_str().unwrap().to_owned();
    let base = format!("/v1/Stores/{store}/Profiles/{profile}");
    let rsp = app
        .send_json(
            Method::PATCH,
            &base,
            &json!({"traits": {"Notes": {"secret": trait_v}, "Contact": {"email": email}}}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    let rsp = app
        .send_json(
            Method::POST,
            &format!("{base}/Observations"),
            &json!({"content": obs_v1, "source": "agent"}),
        )
        .await;
    let obs_id = rsp.json::<Value>().await.unwrap()["observations"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        app.send_json(
            Method::PATCH,
            &format!("{base}/Observations/{obs_id}"),
            &json!({"content": obs_v2})
        )
        .await
        .status(),
        200
    );
    let rsp = app
        .send_json(
            Method::POST,
            &format!("{base}/ConversationSummaries"),
            &json!({"summaries": [{"conversationId": "conv_erase", "content": summary}]}),
        )
        .await;
    let sum_id = rsp.json::<Value>().await.unwrap()["summaries"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let keyring = app.storage.keyring();
    let keys: Vec<(String, [u8; 32])> = [
        format!("p:{profile}"),
        format!("o:{obs_id}"),
        format!("s:{sum_id}"),
        "c:conv_erase".to_owned(),
    ]
    .into_iter()
    .map(|id| {
        let k = keyring.get(&id).unwrap_or_else(|| panic!("{id} has a key"));
        (id, k)
    })
    .collect();
    let dir = app.data_dir.clone();
    // At rest, nothing is plaintext; the keys themselves are on disk (the scan can find bytes).
    for text in [&msg, &trait_v, &email, &obs_v1, &obs_v2, &summary] {
        assert_eq!(
            files_containing(&dir, text.as_bytes()),
            Vec::<String>::new(),
            "{text} stored in plaintext"
        );
    }
    for (id, k) in &keys {
        assert!(
            !files_containing(&dir, k).is_empty(),
            "positive control: key {id} is on disk"
        );
    }
    // ...and everything reads back through the API.
    assert_eq!(
        app.all_communications(&store, "conv_erase").await[0]["content"]["text"],
        msg.as_str()
    );
    assert_eq!(
        app.get_json(&format!("{base}/Observations/{obs_id}/Revisions"))
            .await["revisions"][1]["content"],
        obs_v1.as_str()
    );

    let rsp = app.delete(&base).await;
    assert_eq!(rsp.status(), 204);

    for (id, k) in &keys {
        assert_eq!(
            files_containing(&dir, k),
            Vec::<String>::new(),
            "key {id} survived deletion"
        );
        assert!(keyring.get(id).is_none());
    }
    for text in [&msg, &trait_v, &email, &obs_v1, &obs_v2, &summary] {
        assert_eq!(
            files_containing(&dir, text.as_bytes()),
            Vec::<String>::new(),
            "{text}"
        );
    }
    // Every tier answers as if it never existed, also after a restart.
    let check = |app: &TestApp| {
        let (base, store, obs_id, email) =
            (base.clone(), store.clone(), obs_id.clone(), email.clone());
        let client = app.client.clone();
        let address = app.address.clone();
        async move {
            let get = |p: String| {
                let c = client.clone();
                let a = address.clone();
                async move {
                    c.get(format!("{a}{p}"))
                        .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
                        .send()
                        .await
                        .unwrap()
                        .status()
                        .as_u16()
                }
            };
            assert_eq!(get(base.clone()).await, 404);
            assert_eq!(get(format!("{base}/Observations/{obs_id}")).await, 404);
            assert_eq!(
                get(format!("/v1/Stores/{store}/Conversations/conv_erase")).await,
                404
            );
            assert_eq!(
                get(format!(
                    "/v1/Stores/{store}/Conversations/conv_erase/Communications"
                ))
                .await,
                404
            );
            let rsp = client
                .post(format!("{address}/v1/Stores/{store}/Profiles/Lookup"))
                .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
                .json(&json!({"idType": "email", "value": email}))
                .send()
                .await
                .unwrap();
            assert_eq!(rsp.json::<Value>().await.unwrap()["profiles"], json!([]));
        }
    };
    check(&app).await;
    let keep = app.stop().await;
    let app = spawn_app_on(&dir, |_| {}).await;
    check(&app).await;
    app.stop().await;
    drop(keep);
}

#[tokio::test]
async fn deleting_one_observation_or_summary_destroys_only_its_key() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles"),
            &json!({"traits": {"Contact": {"email": "one@example.com"}}}),
        )
        .await;
    let profile = rsp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let base = format!("/v1/Stores/{store}/Profiles/{profile}");
    let keep_text = unique("KEEP");
    let gone_text = unique("GONE");
    let rsp = app.send_json(Method::POST, &format!("{base}/Observations"), &json!({"observations": [{"content": keep_text, "source": "a"}, {"content": gone_text, "source": "a"}]})).await;
    let created: Value = rsp.json().await.unwrap();
    let keep_id = created["observations"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let gone_id = created["observations"][1]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let rsp = app
        .send_json(
            Method::POST,
            &format!("{base}/ConversationSummaries"),
            &json!({"summaries": [{"conversationId": "c", "content": "bye"}]}),
        )
        .await;
    let sum_id = rsp.json::<Value>().await.unwrap()["summaries"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let keyring = app.storage.keyring();
    let gone_key = keyring.get(&format!("o:{gone_id}")).unwrap();
    let sum_key = keyring.get(&format!("s:{sum_id}")).unwrap();
    let keep_key = keyring.get(&format!("o:{keep_id}")).unwrap();
    for path in [
        format!("{base}/Observations/{gone_id}"),
        format!("{base}/ConversationSummaries/{sum_id}"),
    ] {
        let rsp = app.delete(&path).await;
        assert_eq!(rsp.status(), 204);
    }
    let dir = app.data_dir.clone();
    assert_eq!(files_containing(&dir, &gone_key), Vec::<String>::new());
    assert_eq!(files_containing(&dir, &sum_key), Vec::<String>::new());
    assert!(!files_containing(&dir, &keep_key).is_empty());
    let left = app.get_json(&format!("{base}/Observations")).await;
    assert_eq!(left["observations"].as_array().unwrap().len(), 1);
    assert_eq!(left["observations"][0]["content"], keep_text.as_str());
}
