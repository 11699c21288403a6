//! API tests: one binary, one module per feature.

mod helpers;

mod control;
mod crash;
mod lifecycle;
mod read;
mod twilio_interop;
mod webhooks;
