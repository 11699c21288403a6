//! Stores (minimal) and conversation configurations.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::*;

#[tokio::test]
async fn first_start_creates_default_store_and_configuration() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let s = app
        .get_json(&format!("/v1/ControlPlane/Stores/{store}"))
        .await;
    assert_eq!(s["displayName"], "default");
    assert!(store.starts_with("mem_store_") && store.len() == "mem_store_".len() + 26);
    let cfgs = app.get_json("/v1/ControlPlane/Configurations").await;
    let list = cfgs["configurations"].as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["isDefault"], true);
    assert_eq!(list[0]["memoryStoreId"], store.as_str());
    assert_eq!(list[0]["memoryExtractionEnabled"], true);
    assert_eq!(list[0]["extractOn"], json!(["INACTIVE", "CLOSED"]));
    assert_eq!(cfgs["meta"]["key"], "configurations");

    // A restart does not create a second default.
    let dir = app.data_dir.clone();
    let keep = app.stop().await;
    let app = spawn_app_on(&dir, |_| {}).await;
    assert_eq!(
        app.get_json("/v1/ControlPlane/Configurations").await["configurations"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        app.get_json("/v1/ControlPlane/Stores").await["stores"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    app.stop().await;
    drop(keep);
}

#[tokio::test]
async fn stores_can_be_named_within_the_limit() {
    let app = spawn_app_with(|s| s.limits.max_stores = 3).await;
    let rsp = app
        .send_json(
            Method::POST,
            "/v1/ControlPlane/Stores",
            &json!({"displayName": "sales-EU_1", "description": "EU"}),
        )
        .await;
    assert_eq!(rsp.status(), 202);
    let body: Value = rsp.json().await.unwrap();
    assert_eq!(body["displayName"], "sales-EU_1");
    assert_eq!(body["message"], "Store creation accepted");
    let id = body["id"].as_str().unwrap();
    assert_eq!(
        app.get_json(&format!("/v1/ControlPlane/Stores/{id}")).await["description"],
        "EU"
    );

    for bad in [
        json!({"displayName": "has space"}),
        json!({"displayName": ""}),
        json!({"displayName": "x".repeat(65)}),
        json!({}),
        json!({"displayName": 5}),
        json!({"displayName": "ok", "extra": 1}),
    ] {
        let rsp = app
            .send_json(Method::POST, "/v1/ControlPlane/Stores", &bad)
            .await;
        assert_eq!(rsp.status(), 400, "{bad}");
        assert_eq!(rsp.json::<Value>().await.unwrap()["code"], 400);
    }
    let dup = app
        .send_json(
            Method::POST,
            "/v1/ControlPlane/Stores",
            &json!({"displayName": "sales-EU_1"}),
        )
        .await;
    assert_eq!(dup.status(), 409);
    assert_eq!(
        app.send_json(
            Method::POST,
            "/v1/ControlPlane/Stores",
            &json!({"displayName": "third"})
        )
        .await
        .status(),
        202
    );
    let over = app
        .send_json(
            Method::POST,
            "/v1/ControlPlane/Stores",
            &json!({"displayName": "fourth"}),
        )
        .await;
    assert_eq!(over.status(), 409);
    assert_eq!(over.json::<Value>().await.unwrap()["code"], 20409);

    // Listing pages through ids.
    let page1 = app.get_json("/v1/ControlPlane/Stores?pageSize=2").await;
    assert_eq!(page1["stores"].as_array().unwrap().len(), 2);
    let token = page1["meta"]["nextToken"].as_str().unwrap();
    let page2 = app
        .get_json(&format!(
            "/v1/ControlPlane/Stores?pageSize=2&pageToken={token}"
        ))
        .await;
    assert_eq!(page2["stores"].as_array().unwrap().len(), 1);
    assert!(page2["meta"]["nextToken"].is_null());
    assert_eq!(
        app.get("/v1/ControlPlane/Stores/mem_store_0000000000000000000000000x")
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn configurations_crud_and_validation() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let create = json!({
        "id": "conv_configuration_support",
        "displayName": "support",
        "memoryStoreId": store,
        "extractOn": ["CLOSED"],
        "statusTimeouts": {"inactive": 10, "closed": 120},
        "agentAddresses": ["+18005550100"]
    });
    let rsp = app
        .send_json(Method::POST, "/v1/ControlPlane/Configurations", &create)
        .await;
    assert_eq!(rsp.status(), 201);
    let cfg: Value = rsp.json().await.unwrap();
    assert_eq!(cfg["isDefault"], false);
    assert_eq!(cfg["source"], "api");
    assert_eq!(
        cfg["statusTimeouts"],
        json!({"inactive": 10, "closed": 120})
    );
    assert_eq!(
        app.send_json(Method::POST, "/v1/ControlPlane/Configurations", &create)
            .await
            .status(),
        409
    );

    let generated = app
        .send_json(
            Method::POST,
            "/v1/ControlPlane/Configurations",
            &json!({"memoryStoreId": store}),
        )
        .await;
    assert_eq!(generated.status(), 201);
    let generated: Value = generated.json().await.unwrap();
    assert!(generated["id"]
        .as_str()
        .unwrap()
        .starts_with("conv_configuration_"));

    let path = "/v1/ControlPlane/Configurations/conv_configuration_support";
    let patched = app
        .send_json(
            Method::PATCH,
            path,
            &json!({"memoryExtractionEnabled": false, "agentAddresses": []}),
        )
        .await;
    assert_eq!(patched.status(), 200);
    let patched: Value = patched.json().await.unwrap();
    assert_eq!(patched["memoryExtractionEnabled"], false);
    assert_eq!(patched["agentAddresses"], json!([]));
    assert_eq!(
        patched["extractOn"],
        json!(["CLOSED"]),
        "PATCH keeps what it does not name"
    );
    assert_eq!(app.get_json(path).await, patched);

    for bad in [
        json!({"memoryStoreId": "mem_store_nope"}),
        json!({"memoryStoreId": store, "extractOn": ["ACTIVE"]}),
        json!({"memoryStoreId": store, "extractOn": ["SOMETIMES"]}),
        json!({"memoryStoreId": store, "statusTimeouts": {"inactive": 60, "closed": 5}}),
        json!({"memoryStoreId": store, "statusTimeouts": {"inactive": -1}}),
        json!({"memoryStoreId": store, "unknownField": true}),
        json!({"displayName": "no store"}),
    ] {
        let rsp = app
            .send_json(Method::POST, "/v1/ControlPlane/Configurations", &bad)
            .await;
        assert_eq!(rsp.status(), 400, "{bad}");
    }
    assert_eq!(
        app.send_json(Method::PATCH, path, &json!({"id": "other"}))
            .await
            .status(),
        400
    );
    assert_eq!(
        app.send_json(
            Method::PATCH,
            "/v1/ControlPlane/Configurations/nope",
            &json!({})
        )
        .await
        .status(),
        404
    );

    // Making another configuration the default moves the flag; the default cannot be deleted.
    let old_default = app.get_json("/v1/ControlPlane/Configurations").await["configurations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["isDefault"] == true)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        app.send_json(Method::PATCH, path, &json!({"isDefault": true}))
            .await
            .status(),
        200
    );
    let old = app
        .get_json(&format!("/v1/ControlPlane/Configurations/{old_default}"))
        .await;
    assert_eq!(old["isDefault"], false);
    let del = app.send_json(Method::DELETE, path, &json!({})).await;
    assert_eq!(del.status(), 409);
    let del = app
        .send_json(
            Method::DELETE,
            &format!("/v1/ControlPlane/Configurations/{old_default}"),
            &json!({}),
        )
        .await;
    assert_eq!(del.status(), 204);
    assert_eq!(
        app.get(&format!("/v1/ControlPlane/Configurations/{old_default}"))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn configurations_from_the_settings_file_are_applied_at_start() {
    let input: memory_sidecar::domain::configuration::ConfigurationInput =
        serde_json::from_value(json!({
            "id": "conv_configuration_file",
            "memoryStoreName": "support",
            "statusTimeouts": {"inactive": 15, "closed": 90},
            "agentAddresses": ["+18005550100"]
        }))
        .unwrap();
    let app = spawn_app_with(|s| s.configurations = vec![input.clone()]).await;
    let cfg = app
        .get_json("/v1/ControlPlane/Configurations/conv_configuration_file")
        .await;
    assert_eq!(cfg["source"], "file");
    let store = app
        .get_json(&format!(
            "/v1/ControlPlane/Stores/{}",
            cfg["memoryStoreId"].as_str().unwrap()
        ))
        .await;
    assert_eq!(store["displayName"], "support");
    // Routed to it.
    let ev = conversation_event(
        "CONVERSATION_CREATED",
        "conv_file",
        "ACTIVE",
        "conv_configuration_file",
        "2026-05-06T19:30:00Z",
    );
    assert_eq!(app.post_orchestrator(&ev).await.status(), 200);
    let sid = cfg["memoryStoreId"].as_str().unwrap();
    assert_eq!(
        app.get(&format!("/v1/Stores/{sid}/Conversations/conv_file"))
            .await
            .status(),
        200
    );
    // Edited through the API, then re-applied from the file at the next start.
    let path = "/v1/ControlPlane/Configurations/conv_configuration_file";
    assert_eq!(
        app.send_json(
            Method::PATCH,
            path,
            &json!({"statusTimeouts": {"inactive": 1, "closed": 2}})
        )
        .await
        .status(),
        200
    );
    let dir = app.data_dir.clone();
    let keep = app.stop().await;
    let app = spawn_app_on(&dir, |s| s.configurations = vec![input]).await;
    assert_eq!(
        app.get_json(path).await["statusTimeouts"],
        json!({"inactive": 15, "closed": 90})
    );
    app.stop().await;
    drop(keep);
}
