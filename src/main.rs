//! The `memory-sidecar` binary: `serve` (the default) and `send`.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use memory_sidecar::{settings::Settings, startup, telemetry};

#[derive(Parser)]
#[command(
    name = "memory-sidecar",
    version,
    about = "Conversation memory for Twilio Conversation Orchestrator"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP API, webhook receivers and background workers (the default).
    Serve {
        /// Settings file layered over config/default.toml.
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Sign webhook files exactly as Twilio does and post them.
    Send {
        /// Base URL of the sidecar (the webhook path is appended when absent) or a full URL.
        #[arg(long)]
        url: String,
        /// Auth token to sign with; defaults to the configured (or generated) one.
        #[arg(long, env = "TWILIO_AUTH_TOKEN", hide_env_values = true)]
        auth_token: Option<String>,
        /// Settings file, used to find the auth token when --auth-token is absent.
        #[arg(long)]
        config: Option<PathBuf>,
        /// JSON-lines Orchestrator events, or a JSON array of classic Conversations forms.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    match cli.command.unwrap_or(Command::Serve { config: None }) {
        Command::Serve { config } => {
            let settings = Settings::load(config.as_deref())?;
            telemetry::init(&settings.telemetry.format, &settings.telemetry.level);
            runtime.block_on(async {
                let app = startup::Application::build(settings).await?;
                app.run_until_stopped().await
            })
        }
        Command::Send {
            url,
            auth_token,
            config,
            files,
        } => {
            let token = match auth_token {
                Some(t) => t,
                None => {
                    let settings = Settings::load(config.as_deref())?;
                    startup::local_auth_token(&settings).context(
                        "no --auth-token given and none configured or generated in the data directory",
                    )?
                }
            };
            runtime.block_on(memory_sidecar::send::run(&url, &token, &files))
        }
    }
}
