//! Lifecycle: state from webhooks and from the sidecar's own timers, recorded as durable
//! events, surviving restarts.

use chrono::{Duration, Utc};
use memory_sidecar::domain::{ConversationStatus, TransitionReason};
use serde_json::{json, Value};

use crate::helpers::*;

async fn configure_timers(app: &TestApp, store: &str, body: Value) {
    let mut body = body;
    body["memoryStoreId"] = json!(store);
    let rsp = app
        .send_json(
            reqwest::Method::POST,
            "/v1/ControlPlane/Configurations",
            &body,
        )
        .await;
    assert_eq!(rsp.status(), 201, "{}", rsp.text().await.unwrap());
}

async fn status(app: &TestApp, store: &str, conv: &str) -> Value {
    app.get_json(&format!("/v1/Stores/{store}/Conversations/{conv}"))
        .await
}

#[tokio::test]
async fn statustimeouts_mark_inactive_then_closed_from_the_last_communication() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    configure_timers(
        &app,
        &store,
        json!({"id": "cfg_timers", "statusTimeouts": {"inactive": 5, "closed": 60}}),
    )
    .await;
    let created = conversation_event(
        "CONVERSATION_CREATED",
        "conv_t",
        "ACTIVE",
        "cfg_timers",
        "2026-05-06T19:30:00Z",
    );
    assert_eq!(app.post_orchestrator(&created).await.status(), 200);
    assert_eq!(
        app.post_orchestrator(&communication("conv_t", "m1", "hi", "2026-05-06T19:31:00Z"))
            .await
            .status(),
        200
    );
    let t0 = Utc::now();

    let r = app
        .sweeper
        .try_execute_task(t0 + Duration::minutes(4))
        .await
        .unwrap();
    assert_eq!(r.timers_fired, 0);
    assert_eq!(status(&app, &store, "conv_t").await["status"], "ACTIVE");

    let r = app
        .sweeper
        .try_execute_task(t0 + Duration::minutes(6))
        .await
        .unwrap();
    assert_eq!(r.timers_fired, 1);
    let conv = status(&app, &store, "conv_t").await;
    assert_eq!(conv["status"], "INACTIVE");
    assert_eq!(conv["extraction"]["state"], "pending");

    // A new message reactivates it and restarts the clock.
    assert_eq!(
        app.post_orchestrator(&communication(
            "conv_t",
            "m2",
            "me again",
            "2026-05-06T19:50:00Z"
        ))
        .await
        .status(),
        200
    );
    assert_eq!(status(&app, &store, "conv_t").await["status"], "ACTIVE");
    let t1 = Utc::now();
    assert_eq!(
        app.sweeper
            .try_execute_task(t1 + Duration::minutes(6))
            .await
            .unwrap()
            .timers_fired,
        1
    );
    assert_eq!(
        app.sweeper
            .try_execute_task(t1 + Duration::minutes(59))
            .await
            .unwrap()
            .timers_fired,
        0
    );
    assert_eq!(
        app.sweeper
            .try_execute_task(t1 + Duration::minutes(61))
            .await
            .unwrap()
            .timers_fired,
        1
    );
    assert_eq!(status(&app, &store, "conv_t").await["status"], "CLOSED");
    // Nothing left to fire once closed.
    assert_eq!(
        app.sweeper
            .try_execute_task(t1 + Duration::days(30))
            .await
            .unwrap()
            .timers_fired,
        0
    );

    let events: Vec<_> = app
        .storage
        .conversations()
        .lifecycle_events(0, 100)
        .unwrap()
        .into_iter()
        .filter(|e| e.conversation_id == "conv_t")
        .collect();
    let seen: Vec<_> = events
        .iter()
        .map(|e| (e.to, e.reason, e.triggers_extraction))
        .collect();
    assert_eq!(
        seen,
        [
            (ConversationStatus::Inactive, TransitionReason::Timer, true),
            (
                ConversationStatus::Active,
                TransitionReason::Communication,
                false
            ),
            (ConversationStatus::Inactive, TransitionReason::Timer, true),
            (ConversationStatus::Closed, TransitionReason::Timer, true),
        ]
    );
    assert!(events.windows(2).all(|w| w[0].seq < w[1].seq));
    assert!(events
        .iter()
        .all(|e| e.store_id == store && e.configuration_id == "cfg_timers"));
    // Consumers page with "after".
    let after_first = app
        .storage
        .conversations()
        .lifecycle_events(events[0].seq, 100)
        .unwrap();
    assert_eq!(after_first.first().map(|e| e.seq), Some(events[1].seq));
}

#[tokio::test]
async fn timers_and_events_survive_a_restart() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    assert_eq!(
        app.post_orchestrator(&communication(
            "conv_r",
            "m1",
            "hello",
            "2026-05-06T19:31:00Z"
        ))
        .await
        .status(),
        200
    );
    let t0 = Utc::now();
    let data_dir = app.data_dir.clone();
    let dir = app.stop().await;

    let app = spawn_app_on(&data_dir, |_| {}).await;
    assert_eq!(status(&app, &store, "conv_r").await["status"], "ACTIVE");
    // Default statusTimeouts: inactive after 30 minutes, closed after 24 hours.
    assert_eq!(
        app.sweeper
            .try_execute_task(t0 + Duration::minutes(29))
            .await
            .unwrap()
            .timers_fired,
        0
    );
    assert_eq!(
        app.sweeper
            .try_execute_task(t0 + Duration::minutes(31))
            .await
            .unwrap()
            .timers_fired,
        1
    );
    assert_eq!(status(&app, &store, "conv_r").await["status"], "INACTIVE");
    let dir2 = app.data_dir.clone();
    app.stop().await;

    let app = spawn_app_on(&dir2, |_| {}).await;
    assert_eq!(
        app.sweeper
            .try_execute_task(t0 + Duration::hours(25))
            .await
            .unwrap()
            .timers_fired,
        1
    );
    assert_eq!(status(&app, &store, "conv_r").await["status"], "CLOSED");
    let events = app.storage.conversations().lifecycle_events(0, 10).unwrap();
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].to, ConversationStatus::Inactive);
    assert_eq!(events[1].to, ConversationStatus::Closed);
    app.stop().await;
    drop(dir);
}

#[tokio::test]
async fn extract_on_and_extraction_switch_decide_which_changes_trigger() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    configure_timers(
        &app,
        &store,
        json!({"id": "cfg_closed_only", "extractOn": ["CLOSED"]}),
    )
    .await;
    configure_timers(
        &app,
        &store,
        json!({"id": "cfg_off", "memoryExtractionEnabled": false}),
    )
    .await;
    for (conv, cfg) in [("conv_x1", "cfg_closed_only"), ("conv_x2", "cfg_off")] {
        for (i, st) in ["ACTIVE", "INACTIVE", "CLOSED"].iter().enumerate() {
            let ev = if i == 0 {
                "CONVERSATION_CREATED"
            } else {
                "CONVERSATION_UPDATED"
            };
            let at = format!("2026-05-06T19:3{i}:00Z");
            assert_eq!(
                app.post_orchestrator(&conversation_event(ev, conv, st, cfg, &at))
                    .await
                    .status(),
                200
            );
        }
    }
    let events = app
        .storage
        .conversations()
        .lifecycle_events(0, 100)
        .unwrap();
    let of = |c: &str| -> Vec<(ConversationStatus, bool)> {
        events
            .iter()
            .filter(|e| e.conversation_id == c)
            .map(|e| (e.to, e.triggers_extraction))
            .collect()
    };
    assert_eq!(
        of("conv_x1"),
        [
            (ConversationStatus::Inactive, false),
            (ConversationStatus::Closed, true)
        ]
    );
    assert_eq!(
        of("conv_x2"),
        [
            (ConversationStatus::Inactive, false),
            (ConversationStatus::Closed, false)
        ]
    );
    assert_eq!(
        status(&app, &store, "conv_x2").await["extraction"]["state"],
        "idle"
    );
    assert_eq!(
        status(&app, &store, "conv_x1").await["extraction"]["state"],
        "pending"
    );
    // The same status again is a duplicate: no new event.
    let again = conversation_event(
        "CONVERSATION_UPDATED",
        "conv_x1",
        "CLOSED",
        "cfg_closed_only",
        "2026-05-06T19:40:00Z",
    );
    assert_eq!(app.post_orchestrator(&again).await.status(), 200);
    assert_eq!(
        app.storage
            .conversations()
            .lifecycle_events(0, 100)
            .unwrap()
            .len(),
        events.len()
    );
}

#[tokio::test]
async fn idempotency_tokens_expire_but_resources_stay_deduplicated() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let body = communication("conv_tok", "m1", "hi", "2026-05-06T19:31:00Z");
    assert_eq!(
        app.post_orchestrator_signed(&body, AUTH_TOKEN, Some("tok-x"))
            .await
            .status(),
        200
    );
    let r = app
        .sweeper
        .try_execute_task(Utc::now() + Duration::hours(23))
        .await
        .unwrap();
    assert_eq!(r.tokens_expired, 0);
    let r = app
        .sweeper
        .try_execute_task(Utc::now() + Duration::hours(25))
        .await
        .unwrap();
    assert_eq!(r.tokens_expired, 1);
    assert_eq!(
        app.post_orchestrator_signed(&body, AUTH_TOKEN, Some("tok-x"))
            .await
            .status(),
        200
    );
    assert_eq!(app.all_communications(&store, "conv_tok").await.len(), 1);
}

/// Messages keep pushing the inactive time later without moving the timer index each time;
/// the sweeper defers an entry that comes due early instead of firing it.
#[tokio::test]
async fn an_early_timer_entry_is_deferred_not_fired() {
    use memory_sidecar::ingest::event::parse_orchestrator;
    use memory_sidecar::ingest::lifecycle::Sweeper;
    use memory_sidecar::ingest::{Configurations, Ingestor, TimerDefaults};
    use std::sync::Arc;

    let app = spawn_app().await;
    let storage = app.storage.clone();
    let metrics = Arc::new(memory_sidecar::metrics::Metrics::new());
    let recall = Arc::new(
        memory_sidecar::recall::Recall::new(
            storage.clone(),
            memory_sidecar::recall::embed::Embedder::builtin().unwrap(),
            "cl100k_base",
            1000,
            memory_sidecar::recall::Fusion::default(),
        )
        .unwrap(),
    );
    let profiles = memory_sidecar::profiles::Profiles::new(
        storage.clone(),
        "US".into(),
        memory_sidecar::profiles::ProfileLimits {
            observations_per_profile: 10,
            summaries_per_profile: 10,
        },
        recall,
    );
    let ingestor = Ingestor::new(
        storage.clone(),
        Configurations::load(storage.control().clone()).unwrap(),
        profiles,
        TimerDefaults {
            inactive_minutes: 30,
            closed_minutes: 1440,
        },
        metrics,
    );
    let t0 = Utc::now();
    for (i, at) in [(1, t0), (2, t0 + Duration::minutes(20))] {
        let body = communication(
            "conv_lazy",
            &format!("m{i}"),
            "hello",
            "2026-05-06T19:31:00Z",
        );
        let event = parse_orchestrator(body.as_bytes(), at).unwrap();
        ingestor.apply(&event, None, at).unwrap();
    }
    let sweeper = Sweeper::new(ingestor.clone(), 24);
    let store = app.default_store_id().await;
    // The index entry was not moved by the second message: it still says t0+30.
    let due = storage
        .conversations()
        .due_timers((t0 + Duration::minutes(31)).timestamp_millis(), 10)
        .unwrap();
    assert!(due.iter().any(|(c, _)| c == "conv_lazy"), "{due:?}");
    // When it comes due it is deferred to the exact time, not fired.
    assert_eq!(
        sweeper
            .try_execute_task(t0 + Duration::minutes(31))
            .await
            .unwrap()
            .timers_fired,
        0
    );
    assert_eq!(status(&app, &store, "conv_lazy").await["status"], "ACTIVE");
    assert_eq!(
        sweeper
            .try_execute_task(t0 + Duration::minutes(49))
            .await
            .unwrap()
            .timers_fired,
        0
    );
    // Thirty minutes after the second message it fires.
    assert_eq!(
        sweeper
            .try_execute_task(t0 + Duration::minutes(51))
            .await
            .unwrap()
            .timers_fired,
        1
    );
    assert_eq!(
        status(&app, &store, "conv_lazy").await["status"],
        "INACTIVE"
    );
}
