//! Profiles and the Memory API: identity resolution, merges, traits, identifiers, observations
//! with revisions, summaries, export, and webhook participants resolving to profiles.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::*;

async fn upsert(app: &TestApp, store: &str, traits: Value) -> String {
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles"),
            &json!({"traits": traits}),
        )
        .await;
    assert_eq!(rsp.status(), 202, "{}", rsp.text().await.unwrap());
    rsp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn lookup(app: &TestApp, store: &str, id_type: &str, value: &str) -> Value {
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles/Lookup"),
            &json!({"idType": id_type, "value": value}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    rsp.json().await.unwrap()
}

async fn observe(app: &TestApp, store: &str, profile: &str, body: Value) -> reqwest::Response {
    app.send_json(
        Method::POST,
        &format!("/v1/Stores/{store}/Profiles/{profile}/Observations"),
        &body,
    )
    .await
}

#[tokio::test]
async fn upsert_resolves_identity_and_lookup_normalises() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let a = upsert(
        &app,
        &store,
        json!({"Contact": {"phone": "1-317-555-6789", "firstName": "Alyssa"}}),
    )
    .await;
    assert!(a.starts_with("mem_profile_") && a.len() == "mem_profile_".len() + 26);
    // Same number written differently: the same profile, traits merged.
    let again = upsert(
        &app,
        &store,
        json!({"Contact": {"phone": "+1 (317) 555-6789"}, "Prefs": {"channel": "SMS"}}),
    )
    .await;
    assert_eq!(again, a);
    let found = lookup(&app, &store, "phone", "317.555.6789").await;
    assert_eq!(
        found,
        json!({"normalizedValue": "+13175556789", "profiles": [a]})
    );
    // WhatsApp numbers share the phone number space.
    let w = upsert(
        &app,
        &store,
        json!({"Contact": {"whatsapp": "whatsapp:+13175556789"}}),
    )
    .await;
    assert_eq!(w, a);
    assert_eq!(
        lookup(&app, &store, "email", " Nobody@Example.com ").await,
        json!({"normalizedValue": "nobody@example.com", "profiles": []})
    );
    // No identifiers at all: a new profile each time.
    let anon1 = upsert(&app, &store, json!({"Prefs": {"x": 1}})).await;
    let anon2 = upsert(&app, &store, json!({"Prefs": {"x": 1}})).await;
    assert_ne!(anon1, anon2);

    let p = app
        .get_json(&format!("/v1/Stores/{store}/Profiles/{a}"))
        .await;
    assert_eq!(p["traits"]["Contact"]["firstName"], "Alyssa");
    assert_eq!(p["traits"]["Prefs"]["channel"], "SMS");
    let only = app
        .get_json(&format!(
            "/v1/Stores/{store}/Profiles/{a}?traitGroups=Prefs"
        ))
        .await;
    assert!(only["traits"].get("Contact").is_none());
    let ids = app
        .get_json(&format!("/v1/Stores/{store}/Profiles/{a}/Identifiers"))
        .await;
    assert_eq!(
        ids["identifiers"],
        json!([{"idType": "whatsapp", "values": ["+13175556789"]}, {"idType": "phone", "values": ["+13175556789"]}])
    );
    let list = app
        .get_json(&format!("/v1/Stores/{store}/Profiles?pageSize=2"))
        .await;
    assert_eq!(list["profiles"].as_array().unwrap().len(), 2);
    assert!(list["profiles"][0].is_string());
    assert!(list["meta"]["nextToken"].is_string());

    for bad in [
        json!({"traits": {"Contact": {"phone": "not a number"}}}),
        json!({"traits": {"Contact": {"email": "nope"}}}),
        json!({"traits": {"G": {"k": {"nested": true}}}}),
        json!({"traits": {"G": "flat"}}),
        json!({"traits": {"": {"k": 1}}}),
        json!({"trait": {}}),
    ] {
        let rsp = app
            .send_json(Method::POST, &format!("/v1/Stores/{store}/Profiles"), &bad)
            .await;
        assert_eq!(rsp.status(), 400, "{bad}");
        assert_eq!(rsp.json::<Value>().await.unwrap()["code"], 400);
    }
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles/Lookup"),
            &json!({"idType": "fax", "value": "1"}),
        )
        .await;
    assert_eq!(rsp.status(), 400);
    assert_eq!(
        app.get(&format!(
            "/v1/Stores/{store}/Profiles/mem_profile_0000000000000000000000000x"
        ))
        .await
        .status(),
        404
    );
    assert_eq!(
        app.get("/v1/Stores/mem_store_nope/Profiles").await.status(),
        404
    );
}

#[tokio::test]
async fn overlapping_identifiers_merge_into_the_earliest_and_old_ids_redirect() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let a = upsert(
        &app,
        &store,
        json!({"Contact": {"email": "alyssa@example.com"}, "Prefs": {"tone": "formal"}}),
    )
    .await;
    let b = upsert(
        &app,
        &store,
        json!({"Contact": {"phone": "+13175556789"}, "Prefs": {"tone": "casual", "lang": "en"}}),
    )
    .await;
    assert_ne!(a, b);
    let rsp = observe(
        &app,
        &store,
        &b,
        json!({"content": "Prefers SMS updates", "source": "agent"}),
    )
    .await;
    assert_eq!(rsp.status(), 202);
    let rsp = app
        .send_json(Method::POST, &format!("/v1/Stores/{store}/Profiles/{b}/ConversationSummaries"), &json!({"summaries": [{"conversationId": "conv_1", "content": "Asked about order 4521"}]}))
        .await;
    assert_eq!(rsp.status(), 202);

    // One write naming both identifiers: B merges into A (the earliest).
    let merged = upsert(
        &app,
        &store,
        json!({"Contact": {"email": "ALYSSA@example.com", "phone": "317-555-6789"}}),
    )
    .await;
    assert_eq!(merged, a);
    assert_eq!(
        lookup(&app, &store, "phone", "+13175556789").await["profiles"],
        json!([a])
    );
    let p = app
        .get_json(&format!("/v1/Stores/{store}/Profiles/{a}"))
        .await;
    assert_eq!(p["traits"]["Prefs"]["lang"], "en", "traits moved");
    assert_eq!(
        p["traits"]["Prefs"]["tone"], "casual",
        "the newer value wins"
    );
    let obs = app
        .get_json(&format!("/v1/Stores/{store}/Profiles/{a}/Observations"))
        .await;
    assert_eq!(obs["observations"][0]["content"], "Prefers SMS updates");
    let sums = app
        .get_json(&format!(
            "/v1/Stores/{store}/Profiles/{a}/ConversationSummaries"
        ))
        .await;
    assert_eq!(sums["summaries"].as_array().unwrap().len(), 1);

    // The merged id redirects: 301 for GET, 308 for writes, with the canonical id.
    let rsp = app
        .get(&format!(
            "/v1/Stores/{store}/Profiles/{b}/Observations?pageSize=5"
        ))
        .await;
    assert_eq!(rsp.status(), 301);
    assert_eq!(rsp.headers()["canonical-profile-id"], a.as_str());
    let location = format!(
        "{}/v1/Stores/{store}/Profiles/{a}/Observations?pageSize=5",
        app.address
    );
    assert_eq!(rsp.headers()["location"], location.as_str());
    let body: Value = rsp.json().await.unwrap();
    assert_eq!(
        body,
        json!({"message": "This resource has moved.", "uri": location})
    );
    let rsp = observe(&app, &store, &b, json!({"content": "x", "source": "agent"})).await;
    assert_eq!(rsp.status(), 308);
    assert_eq!(rsp.headers()["canonical-profile-id"], a.as_str());
    let rsp = app
        .send_json(
            Method::PATCH,
            &format!("/v1/Stores/{store}/Profiles/{b}"),
            &json!({"traits": {}}),
        )
        .await;
    assert_eq!(rsp.status(), 308);

    // A third profile merged later: redirects stay one hop.
    let c = upsert(&app, &store, json!({"Contact": {"chatId": "web-77"}})).await;
    assert_eq!(
        upsert(
            &app,
            &store,
            json!({"Contact": {"chatId": "web-77", "email": "alyssa@example.com"}})
        )
        .await,
        a
    );
    let rsp = app.get(&format!("/v1/Stores/{store}/Profiles/{c}")).await;
    assert_eq!(rsp.headers()["canonical-profile-id"], a.as_str());
}

#[tokio::test]
async fn traits_patch_merges_and_null_removes() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let a = upsert(&app, &store, json!({"Contact": {"email": "t@example.com"}, "Prefs": {"a": 1, "b": true, "c": ["x", 2]}, "Old": {"z": "gone soon"}})).await;
    let rsp = app
        .send_json(
            Method::PATCH,
            &format!("/v1/Stores/{store}/Profiles/{a}"),
            &json!({"traits": {"Prefs": {"a": 2, "b": null, "d": "new"}, "Old": null}}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    let p: Value = rsp.json().await.unwrap();
    assert_eq!(
        p["traits"]["Prefs"],
        json!({"a": 2, "c": ["x", 2], "d": "new"})
    );
    assert!(p["traits"].get("Old").is_none());
    let traits = app
        .get_json(&format!(
            "/v1/Stores/{store}/Profiles/{a}/Traits?traitGroups=Prefs"
        ))
        .await;
    let names: Vec<&str> = traits["traits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a", "c", "d"]);
    assert_eq!(traits["traits"][0]["traitGroup"], "Prefs");
    assert!(traits["traits"][0]["timestamp"].is_string());
    let page = app
        .get_json(&format!(
            "/v1/Stores/{store}/Profiles/{a}/Traits?pageSize=2"
        ))
        .await;
    assert_eq!(page["traits"].as_array().unwrap().len(), 2);
    assert!(page["meta"]["nextToken"].is_string());
    // Contact fields promoted by PATCH; one owned by another profile is a conflict.
    let other = upsert(
        &app,
        &store,
        json!({"Contact": {"email": "other@example.com"}}),
    )
    .await;
    let rsp = app
        .send_json(
            Method::PATCH,
            &format!("/v1/Stores/{store}/Profiles/{a}"),
            &json!({"traits": {"Contact": {"phone": "+442079460958"}}}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    assert_eq!(
        lookup(&app, &store, "phone", "+44 20 7946 0958").await["profiles"],
        json!([a])
    );
    let rsp = app
        .send_json(
            Method::PATCH,
            &format!("/v1/Stores/{store}/Profiles/{a}"),
            &json!({"traits": {"Contact": {"email": "other@example.com"}}}),
        )
        .await;
    assert_eq!(rsp.status(), 409);
    assert_eq!(
        lookup(&app, &store, "email", "other@example.com").await["profiles"],
        json!([other])
    );
}

#[tokio::test]
async fn identifiers_endpoints_and_fifo_limit() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let a = upsert(
        &app,
        &store,
        json!({"Contact": {"email": "one@example.com"}}),
    )
    .await;
    let base = format!("/v1/Stores/{store}/Profiles/{a}/Identifiers");
    // Limit email to 2 values through the settings.
    let settings_path = format!("/v1/ControlPlane/Stores/{store}/IdentityResolutionSettings");
    let mut settings = app.get_json(&settings_path).await;
    settings["identifierConfigs"][0]["limit"] = json!(2);
    assert_eq!(
        app.send_json(Method::PUT, &settings_path, &settings)
            .await
            .status(),
        200
    );
    for v in ["Two@Example.com", "three@example.com"] {
        let rsp = app
            .send_json(Method::POST, &base, &json!({"idType": "email", "value": v}))
            .await;
        assert_eq!(rsp.status(), 202);
    }
    let email = app.get_json(&format!("{base}/email")).await;
    assert_eq!(
        email,
        json!({"idType": "email", "values": ["two@example.com", "three@example.com"]})
    );
    assert_eq!(
        lookup(&app, &store, "email", "one@example.com").await["profiles"],
        json!([]),
        "evicted first in, first out"
    );
    let rsp = app
        .send_json(
            Method::PATCH,
            &format!("{base}/email"),
            &json!({"oldValue": "two@example.com", "newValue": "deux@example.com"}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    assert_eq!(
        lookup(&app, &store, "email", "deux@example.com").await["profiles"],
        json!([a])
    );
    assert_eq!(
        lookup(&app, &store, "email", "two@example.com").await["profiles"],
        json!([])
    );
    let rsp = app
        .send_json(
            Method::PATCH,
            &format!("{base}/email"),
            &json!({"oldValue": "absent@example.com", "newValue": "x@example.com"}),
        )
        .await;
    assert_eq!(rsp.status(), 404);
    let other = upsert(
        &app,
        &store,
        json!({"Contact": {"email": "taken@example.com"}}),
    )
    .await;
    let rsp = app
        .send_json(
            Method::POST,
            &base,
            &json!({"idType": "email", "value": "taken@example.com"}),
        )
        .await;
    assert_eq!(rsp.status(), 409);
    assert_eq!(
        lookup(&app, &store, "email", "taken@example.com").await["profiles"],
        json!([other])
    );
    for bad in [
        json!({"idType": "fax", "value": "1"}),
        json!({"idType": "phone", "value": "abc"}),
        json!({"idType": "email"}),
    ] {
        assert_eq!(
            app.send_json(Method::POST, &base, &bad).await.status(),
            400,
            "{bad}"
        );
    }
    let rsp = app
        .client
        .delete(format!(
            "{}{base}/email?value=deux@example.com",
            app.address
        ))
        .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
        .send()
        .await
        .unwrap();
    assert_eq!(rsp.status(), 204);
    assert_eq!(
        app.get_json(&format!("{base}/email")).await["values"],
        json!(["three@example.com"])
    );
    // Neither value nor removeAll: the value FIFO would evict next (the oldest) goes.
    let rsp = app
        .send_json(
            Method::POST,
            &base,
            &json!({"idType": "email", "value": "four@example.com"}),
        )
        .await;
    assert_eq!(rsp.status(), 202);
    let added: Value = rsp.json().await.unwrap();
    assert_eq!(added["idType"], "email");
    assert_eq!(
        added["values"],
        json!(["three@example.com", "four@example.com"])
    );
    let rsp = app.delete(&format!("{base}/email")).await;
    assert_eq!(rsp.status(), 204);
    assert_eq!(
        app.get_json(&format!("{base}/email")).await["values"],
        json!(["four@example.com"])
    );
    let rsp = app
        .send_json(
            Method::PATCH,
            &format!("{base}/email"),
            &json!({"idType": "phone", "oldValue": "four@example.com", "newValue": "x@example.com"}),
        )
        .await;
    assert_eq!(rsp.status(), 400, "idType in the body must match the path");
    let rsp = app.delete(&format!("{base}/email?removeAll=true")).await;
    assert_eq!(rsp.status(), 204);
    assert_eq!(app.get_json(&base).await["identifiers"], json!([]));
    assert_eq!(
        lookup(&app, &store, "email", "four@example.com").await["profiles"],
        json!([])
    );
}

#[tokio::test]
async fn identity_resolution_settings_use_etags() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let path = format!("/v1/ControlPlane/Stores/{store}/IdentityResolutionSettings");
    let rsp = app.get(&path).await;
    assert_eq!(rsp.status(), 200);
    assert_eq!(rsp.headers()["etag"], "\"1\"");
    let s: Value = rsp.json().await.unwrap();
    assert_eq!(
        s["matchingRules"],
        json!(["email", "whatsapp", "phone", "chatId"])
    );
    assert_eq!(
        s["identifierConfigs"][0],
        json!({"idType": "email", "matchingAlgo": "exact", "normalization": "email", "limit": 100, "limitPolicy": "fifo", "enforceUnique": true})
    );
    let put = |if_match: Option<&'static str>, body: Value| {
        let mut req = app
            .client
            .put(format!("{}{}", app.address, path))
            .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
            .json(&body);
        if let Some(m) = if_match {
            req = req.header("If-Match", m);
        }
        req.send()
    };
    // A client that echoes nulls for unset fields is accepted.
    let body = json!({"identifierConfigs": [{"idType": "email", "matchingAlgo": null, "matchingThreshold": null, "normalization": "email", "limit": null, "limitPolicy": null, "enforceUnique": null}], "matchingRules": ["email"]});
    let rsp = put(Some("\"1\""), body.clone()).await.unwrap();
    assert_eq!(rsp.status(), 200);
    assert_eq!(rsp.headers()["etag"], "\"2\"");
    let rsp = put(Some("\"1\""), body.clone()).await.unwrap();
    assert_eq!(rsp.status(), 412);
    assert_eq!(rsp.json::<Value>().await.unwrap()["code"], 20412);
    for bad in [
        json!({"identifierConfigs": [{"idType": "email", "limit": 101}], "matchingRules": ["email"]}),
        json!({"identifierConfigs": [{"idType": "email"}], "matchingRules": ["phone"]}),
        json!({"identifierConfigs": [{"idType": "email"}, {"idType": "email"}], "matchingRules": []}),
        json!({"identifierConfigs": [{"idType": "email", "matchingAlgo": "fuzzy"}], "matchingRules": []}),
    ] {
        assert_eq!(put(None, bad.clone()).await.unwrap().status(), 400, "{bad}");
    }
    // Only email is configured now: a phone is no longer promoted or resolvable.
    let a = upsert(
        &app,
        &store,
        json!({"Contact": {"email": "e@example.com", "phone": "+13175550000"}}),
    )
    .await;
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles/Lookup"),
            &json!({"idType": "phone", "value": "+13175550000"}),
        )
        .await;
    assert_eq!(rsp.status(), 400);
    assert_eq!(
        lookup(&app, &store, "email", "e@example.com").await["profiles"],
        json!([a])
    );
}

#[tokio::test]
async fn observations_create_list_revise_delete_and_cap() {
    let app = spawn_app_with(|s| s.limits.observations_per_profile = 6).await;
    let store = app.default_store_id().await;
    let p = upsert(&app, &store, json!({"Contact": {"email": "o@example.com"}})).await;
    let base = format!("/v1/Stores/{store}/Profiles/{p}/Observations");
    let rsp = observe(&app, &store, &p, json!({"observations": [
        {"content": "Prefers SMS over email", "source": "extraction", "conversationIds": ["conv_a"], "occurredAt": "2026-05-06T19:33:00Z"},
        {"content": "Order #4521 needed by Friday", "source": "agent/runtime", "conversationIds": ["conv_a", "conv_b"]},
        {"content": "Calls during work hours are unwelcome", "source": "extraction", "communicationIds": ["m2"]}
    ]})).await;
    assert_eq!(rsp.status(), 202);
    let body: Value = rsp.json().await.unwrap();
    assert_eq!(body["message"], "Observations creation accepted");
    let created = body["observations"].as_array().unwrap();
    assert_eq!(created.len(), 3);
    assert!(created[0]["id"]
        .as_str()
        .unwrap()
        .starts_with("mem_observation_"));
    assert_eq!(created[0]["occurredAt"], "2026-05-06T19:33:00Z");
    assert!(created[1]["occurredAt"].is_string(), "defaults to now");
    assert_eq!(created[2]["communicationIds"], json!(["m2"]));
    // Twilio's agent runtime posts one unwrapped observation.
    let rsp = observe(
        &app,
        &store,
        &p,
        json!({"content": "Has a dog named Rex", "source": "agent"}),
    )
    .await;
    assert_eq!(rsp.status(), 202);
    let single: Value = rsp.json().await.unwrap();
    let rex = single["observations"][0]["id"].as_str().unwrap().to_owned();

    let list = app.get_json(&base).await;
    let contents: Vec<&str> = list["observations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["content"].as_str().unwrap())
        .collect();
    assert_eq!(
        contents[0], "Has a dog named Rex",
        "newest first by default"
    );
    assert_eq!(contents.len(), 4);
    let asc = app
        .get_json(&format!("{base}?orderBy=ASC&pageSize=3"))
        .await;
    assert_eq!(asc["observations"][0]["content"], "Prefers SMS over email");
    let t = asc["meta"]["nextToken"].as_str().unwrap();
    let rest = app
        .get_json(&format!("{base}?orderBy=ASC&pageSize=3&pageToken={t}"))
        .await;
    assert_eq!(rest["observations"].as_array().unwrap().len(), 1);
    assert_eq!(
        app.get_json(&format!("{base}?source=extraction")).await["observations"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        app.get_json(&format!("{base}?conversationId=conv_b")).await["observations"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        app.get_json(&format!("{base}?createdAfter=2099-01-01T00:00:00Z"))
            .await["observations"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        app.get_json(&format!("{base}?createdBefore=2099-01-01T00:00:00Z"))
            .await["observations"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    assert_eq!(
        app.get(&format!("{base}?createdAfter=yesterday"))
            .await
            .status(),
        400
    );

    // Revise twice; the history is kept, newest first.
    let one = format!("{base}/{rex}");
    let rsp = app
        .send_json(
            Method::PATCH,
            &one,
            &json!({"content": "Has two dogs, Rex and Fido"}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    let v2: Value = rsp.json().await.unwrap();
    assert_eq!(v2["content"], "Has two dogs, Rex and Fido");
    assert_eq!(v2["source"], "agent");
    assert_eq!(
        app.send_json(Method::PATCH, &one, &json!({"content": "Has three dogs"}))
            .await
            .status(),
        200
    );
    let revs = app.get_json(&format!("{one}/Revisions")).await;
    let texts: Vec<&str> = revs["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["content"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "Has three dogs",
            "Has two dogs, Rex and Fido",
            "Has a dog named Rex"
        ]
    );
    assert_eq!(revs["revisions"][0]["id"], rex.as_str());
    assert_eq!(app.get_json(&one).await["content"], "Has three dogs");

    for bad in [
        json!({"content": "", "source": "a"}),
        json!({"content": "x".repeat(4097), "source": "a"}),
        json!({"content": "x", "source": "bad!source"}),
        json!({"content": "x", "source": ""}),
        json!({"content": "x"}),
        json!({"content": "x", "source": "a", "conversationIds": (0..11).map(|i| format!("c{i}")).collect::<Vec<_>>()}),
        json!({"content": "x", "source": "a", "mood": "happy"}),
        json!({"observations": []}),
        json!({"observations": (0..11).map(|_| json!({"content": "x", "source": "a"})).collect::<Vec<_>>()}),
        json!({"observations": "nope"}),
        json!([1, 2]),
    ] {
        let rsp = observe(&app, &store, &p, bad.clone()).await;
        assert_eq!(rsp.status(), 400, "{bad}");
    }
    assert_eq!(
        app.send_json(Method::PATCH, &one, &json!({"source": "no!"}))
            .await
            .status(),
        400
    );
    assert_eq!(
        app.get_json(&base).await["observations"]
            .as_array()
            .unwrap()
            .len(),
        4,
        "nothing partial was stored"
    );

    // Cap: 6 per profile here; a create past it is refused whole.
    let rsp = observe(&app, &store, &p, json!({"observations": [{"content": "a", "source": "s"}, {"content": "b", "source": "s"}, {"content": "c", "source": "s"}]})).await;
    assert_eq!(rsp.status(), 409);
    assert_eq!(observe(&app, &store, &p, json!({"observations": [{"content": "a", "source": "s"}, {"content": "b", "source": "s"}]})).await.status(), 202);

    let rsp = app.delete(&one).await;
    assert_eq!(rsp.status(), 204);
    assert_eq!(app.get(&one).await.status(), 404);
    assert_eq!(app.get(&format!("{one}/Revisions")).await.status(), 404);
    assert_eq!(
        observe(
            &app,
            &store,
            &p,
            json!({"content": "room again", "source": "s"})
        )
        .await
        .status(),
        202
    );
}

#[tokio::test]
async fn summaries_crud() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let p = upsert(&app, &store, json!({"Contact": {"email": "s@example.com"}})).await;
    let base = format!("/v1/Stores/{store}/Profiles/{p}/ConversationSummaries");
    let rsp = app.send_json(Method::POST, &base, &json!({"summaries": [
        {"conversationId": "conv_a", "content": "Late order; upgraded to expedited shipping."},
        {"conversationId": "conv_b", "content": "Damaged box; replacement sent.", "source": "agent"}
    ]})).await;
    assert_eq!(rsp.status(), 202);
    let created: Value = rsp.json().await.unwrap();
    let id = created["summaries"][0]["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("mem_summary_"));
    assert_eq!(
        app.get_json(&format!("{base}?conversationId=conv_b")).await["summaries"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        app.get_json(&base).await["summaries"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let one = format!("{base}/{id}");
    let rsp = app
        .send_json(
            Method::PATCH,
            &one,
            &json!({"content": "Late order; expedited; SMS updates only."}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    assert_eq!(
        app.get_json(&one).await["content"],
        "Late order; expedited; SMS updates only."
    );
    for bad in [
        json!({"summaries": [{"content": "no conversation"}]}),
        json!({"summaries": [{"conversationId": "c", "content": ""}]}),
        json!({"summaries": []}),
    ] {
        assert_eq!(
            app.send_json(Method::POST, &base, &bad).await.status(),
            400,
            "{bad}"
        );
    }
    let rsp = app.delete(&one).await;
    assert_eq!(rsp.status(), 204);
    assert_eq!(app.get(&one).await.status(), 404);
}

fn participant(conv: &str, id: &str, kind: Option<&str>, channel: &str, address: &str) -> String {
    let mut data = json!({"id": id, "conversationId": conv, "addresses": [{"channel": channel, "address": address}],
        "createdAt": "2026-05-06T19:30:00Z", "updatedAt": "2026-05-06T19:30:00Z"});
    if let Some(k) = kind {
        data["type"] = json!(k);
    }
    json!({"eventType": "PARTICIPANT_ADDED", "data": data}).to_string()
}

#[tokio::test]
async fn webhook_participants_resolve_to_profiles_across_channels() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    // The fixture SMS conversation: its customer becomes a profile; the AI agent does not.
    for line in std::fs::read_to_string(fixture("webhooks/orchestrator-sms-conversation.jsonl"))
        .unwrap()
        .lines()
    {
        assert_eq!(app.post_orchestrator(line).await.status(), 200);
    }
    let conv = app
        .get_json(&format!(
            "/v1/Stores/{store}/Conversations/conv_conversation_01jc3x5q7m0000000000000000"
        ))
        .await;
    let ids = conv["profileIds"].as_array().unwrap();
    assert_eq!(ids.len(), 1, "{conv}");
    let alyssa = ids[0].as_str().unwrap().to_owned();
    assert_eq!(
        lookup(&app, &store, "phone", "+13175551234").await["profiles"],
        json!([alyssa])
    );
    assert_eq!(
        lookup(&app, &store, "phone", "+18005550100").await["profiles"],
        json!([]),
        "agents are not profiles"
    );

    // Later over WhatsApp (classic, no participant type) from the same number: the same person.
    let classic: Vec<serde_json::Map<String, Value>> = serde_json::from_str(
        &std::fs::read_to_string(fixture("webhooks/classic-whatsapp-conversation.json")).unwrap(),
    )
    .unwrap();
    for form in &classic {
        let pairs: Vec<(&str, &str)> = form
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str().unwrap()))
            .collect();
        assert_eq!(app.post_classic(&pairs).await.status(), 200);
    }
    let wa = app
        .get_json(&format!(
            "/v1/Stores/{store}/Conversations/CH11111111111111111111111111111111"
        ))
        .await;
    assert_eq!(wa["profileIds"], json!([alyssa]));
    let idents = app
        .get_json(&format!("/v1/Stores/{store}/Profiles/{alyssa}/Identifiers"))
        .await;
    assert!(idents["identifiers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["idType"] == "whatsapp"));

    // Add her email; a later email conversation lands on the same profile.
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles/{alyssa}/Identifiers"),
            &json!({"idType": "email", "value": "Alyssa@Example.com"}),
        )
        .await;
    assert_eq!(rsp.status(), 202);
    assert_eq!(
        app.post_orchestrator(&participant(
            "conv_email",
            "p_e",
            None,
            "EMAIL",
            "alyssa@example.com"
        ))
        .await
        .status(),
        200
    );
    let em = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/conv_email"))
        .await;
    assert_eq!(em["profileIds"], json!([alyssa]));
    assert_eq!(em["participants"][0]["profileId"], alyssa.as_str());

    // Untyped participants are customers unless they are one of the configuration's agent
    // addresses; typed agents never are.
    let rsp = app
        .send_json(
            Method::PATCH,
            &format!(
                "/v1/ControlPlane/Configurations/{}",
                default_configuration(&app).await
            ),
            &json!({"agentAddresses": ["+18005550199"]}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    assert_eq!(
        app.post_orchestrator(&participant(
            "conv_x",
            "p_agent_addr",
            None,
            "SMS",
            "+1 800 555 0199"
        ))
        .await
        .status(),
        200
    );
    assert_eq!(
        app.post_orchestrator(&participant(
            "conv_x",
            "p_human",
            Some("HUMAN_AGENT"),
            "SMS",
            "+13175550001"
        ))
        .await
        .status(),
        200
    );
    assert_eq!(
        app.post_orchestrator(&participant(
            "conv_x",
            "p_unknown",
            Some("UNKNOWN"),
            "SMS",
            "+13175550002"
        ))
        .await
        .status(),
        200
    );
    let x = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/conv_x"))
        .await;
    let by_id = |id: &str| {
        x["participants"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()
            .clone()
    };
    assert!(by_id("p_agent_addr").get("profileId").is_none());
    assert!(by_id("p_human").get("profileId").is_none());
    assert!(by_id("p_unknown")["profileId"].is_string());
    // Redelivery changes nothing.
    assert_eq!(
        app.post_orchestrator(&participant(
            "conv_x",
            "p_unknown",
            Some("UNKNOWN"),
            "SMS",
            "+13175550002"
        ))
        .await
        .status(),
        200
    );
    assert_eq!(
        lookup(&app, &store, "phone", "+13175550002").await["profiles"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

async fn default_configuration(app: &TestApp) -> String {
    let cfgs = app.get_json("/v1/ControlPlane/Configurations").await;
    cfgs["configurations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["isDefault"] == true)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn export_holds_everything_on_the_profile() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    for line in std::fs::read_to_string(fixture("webhooks/orchestrator-sms-conversation.jsonl"))
        .unwrap()
        .lines()
    {
        assert_eq!(app.post_orchestrator(line).await.status(), 200);
    }
    let p = lookup(&app, &store, "phone", "+13175551234").await["profiles"][0]
        .as_str()
        .unwrap()
        .to_owned();
    let rsp = app
        .send_json(
            Method::PATCH,
            &format!("/v1/Stores/{store}/Profiles/{p}"),
            &json!({"traits": {"Contact": {"firstName": "Alyssa"}}}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    let rsp = observe(
        &app,
        &store,
        &p,
        json!({"content": "Prefers SMS", "source": "agent"}),
    )
    .await;
    let obs: Value = rsp.json().await.unwrap();
    let oid = obs["observations"][0]["id"].as_str().unwrap();
    let path = format!("/v1/Stores/{store}/Profiles/{p}/Observations/{oid}");
    assert_eq!(
        app.send_json(
            Method::PATCH,
            &path,
            &json!({"content": "Prefers SMS, never email"})
        )
        .await
        .status(),
        200
    );
    let export = app
        .get_json(&format!("/v1/Stores/{store}/Profiles/{p}/Export"))
        .await;
    assert_eq!(export["profile"]["id"], p.as_str());
    assert_eq!(
        export["profile"]["identifiers"],
        json!([{"idType": "phone", "values": ["+13175551234"]}])
    );
    assert_eq!(export["profile"]["traits"][0]["name"], "firstName");
    assert_eq!(
        export["observations"][0]["content"],
        "Prefers SMS, never email"
    );
    assert_eq!(
        export["observations"][0]["previousRevisions"][0]["content"],
        "Prefers SMS"
    );
    let convs = export["conversations"].as_array().unwrap();
    assert_eq!(convs.len(), 1);
    assert_eq!(convs[0]["communications"].as_array().unwrap().len(), 4);
    assert!(export["summaries"].is_array());
}

#[tokio::test]
async fn stores_and_keys_isolate_profiles() {
    let app = spawn_app().await;
    let s1 = app.default_store_id().await;
    let rsp = app
        .send_json(
            Method::POST,
            "/v1/ControlPlane/Stores",
            &json!({"displayName": "second"}),
        )
        .await;
    let s2 = rsp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let p1 = upsert(&app, &s1, json!({"Contact": {"email": "same@example.com"}})).await;
    let p2 = upsert(&app, &s2, json!({"Contact": {"email": "same@example.com"}})).await;
    assert_ne!(p1, p2, "identity resolution never crosses stores");
    assert_eq!(
        app.get(&format!("/v1/Stores/{s2}/Profiles/{p1}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        observe(&app, &s2, &p1, json!({"content": "x", "source": "s"}))
            .await
            .status(),
        404
    );
    let dir = app.data_dir.clone();
    let keep = app.stop().await;
    let app = spawn_app_on(&dir, |s| {
        s.auth.api_keys = vec![
            memory_sidecar::settings::ApiKey {
                sid: "SK1".into(),
                secret: "k1".to_owned().into(),
                stores: Some(vec![s1.clone()]),
            },
            memory_sidecar::settings::ApiKey {
                sid: "SK2".into(),
                secret: "k2".to_owned().into(),
                stores: Some(vec![s2.clone()]),
            },
        ]
    })
    .await;
    let status = |user: &'static str, pass: &'static str, path: String| {
        let c = app.client.clone();
        let url = format!("{}{}", app.address, path);
        async move {
            c.get(url)
                .basic_auth(user, Some(pass))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let table = [
        ("SK1", "k1", format!("/v1/Stores/{s1}/Profiles/{p1}"), 200),
        ("SK1", "k1", format!("/v1/Stores/{s2}/Profiles/{p2}"), 404),
        ("SK2", "k2", format!("/v1/Stores/{s2}/Profiles/{p2}"), 200),
        ("SK2", "k2", format!("/v1/Stores/{s1}/Profiles/{p1}"), 404),
        ("SK2", "k2", format!("/v1/Stores/{s2}/Profiles/{p1}"), 404),
        (
            "SK1",
            "k1",
            format!("/v1/Stores/{s1}/Profiles/{p1}/Observations"),
            200,
        ),
        (
            "SK1",
            "k1",
            format!("/v1/Stores/{s2}/Profiles/{p2}/Observations"),
            404,
        ),
        (
            "SK1",
            "k1",
            format!("/v1/ControlPlane/Stores/{s2}/IdentityResolutionSettings"),
            404,
        ),
        ("SK1", "k2", format!("/v1/Stores/{s1}/Profiles/{p1}"), 401),
        ("SK9", "k1", format!("/v1/Stores/{s1}/Profiles/{p1}"), 401),
    ];
    for (u, pw, path, want) in table {
        assert_eq!(status(u, pw, path.clone()).await, want, "{u} {path}");
    }
    app.stop().await;
    drop(keep);
}

#[tokio::test]
async fn store_patch_and_delete_erase_everything_in_it() {
    let app = spawn_app().await;
    let rsp = app
        .send_json(
            Method::POST,
            "/v1/ControlPlane/Stores",
            &json!({"displayName": "temp"}),
        )
        .await;
    let s = rsp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let rsp = app
        .send_json(
            Method::PATCH,
            &format!("/v1/ControlPlane/Stores/{s}"),
            &json!({"description": "scratch"}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    let body: Value = rsp.json().await.unwrap();
    assert_eq!(body["description"], "scratch");
    assert_eq!(body["version"], 2);
    assert_eq!(
        app.send_json(
            Method::PATCH,
            &format!("/v1/ControlPlane/Stores/{s}"),
            &json!({"displayName": "default"})
        )
        .await
        .status(),
        409
    );
    assert_eq!(
        app.send_json(
            Method::POST,
            "/v1/ControlPlane/Configurations",
            &json!({"id": "cfg_temp", "memoryStoreId": s})
        )
        .await
        .status(),
        201
    );
    let ev = conversation_event(
        "CONVERSATION_CREATED",
        "conv_temp",
        "ACTIVE",
        "cfg_temp",
        "2026-05-06T19:30:00Z",
    );
    assert_eq!(app.post_orchestrator(&ev).await.status(), 200);
    let p = upsert(&app, &s, json!({"Contact": {"email": "temp@example.com"}})).await;
    let rsp = app.delete(&format!("/v1/ControlPlane/Stores/{s}")).await;
    assert_eq!(rsp.status(), 204);
    assert_eq!(
        app.get(&format!("/v1/ControlPlane/Stores/{s}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get(&format!("/v1/Stores/{s}/Profiles/{p}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get(&format!("/v1/Stores/{s}/Conversations/conv_temp"))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get("/v1/ControlPlane/Configurations/cfg_temp")
            .await
            .status(),
        404,
        "its configurations go too"
    );
    // The default store cannot go while the default configuration routes to it.
    let d = app.default_store_id().await;
    let rsp = app.delete(&format!("/v1/ControlPlane/Stores/{d}")).await;
    assert_eq!(rsp.status(), 409);
}
