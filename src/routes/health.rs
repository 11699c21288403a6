//! `GET /healthz`, `GET /readyz`, `GET /metrics`.

use actix_web::{web, HttpResponse};
use serde_json::json;

use super::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(super::resource("/healthz").route(web::get().to(healthz)))
        .service(super::resource("/readyz").route(web::get().to(readyz)))
        .service(super::resource("/metrics").route(web::get().to(metrics)));
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({"status": "ok"}))
}

async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let storage_ok = state.storage.check().is_ok();
    let llm = if state.extractor.llm_configured() {
        json!({"configured": true})
    } else {
        json!({
            "configured": false,
            "detail": "no LLM configured (llm.base_url / OPENAI_BASE_URL): extraction jobs are kept and wait"
        })
    };
    let extraction = json!({"queuedJobs": state.extractor.queued()});
    let body = json!({
        "status": if storage_ok { "ready" } else { "unavailable" },
        "storage": if storage_ok { "ok" } else { "error" },
        "llm": llm,
        "extraction": extraction,
    });
    if storage_ok {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}

async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(state.metrics.render())
}
