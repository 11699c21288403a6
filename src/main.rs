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
    /// Measure Recall quality (recall@5, recall@10, MRR) on a labelled set.
    EvalRecall {
        /// The labelled set.
        #[arg(long, default_value = "tests/fixtures/recall_eval.json")]
        file: PathBuf,
        /// Also try a grid of fusion weights (how the defaults were chosen).
        #[arg(long)]
        sweep: bool,
    },
    /// Measure the special-category screen on a labelled set (counts only, no text printed).
    EvalScreen {
        /// The labelled set: {"items": [{"text", "lang"?, "sensitive", "category"?}]}.
        #[arg(long, default_value = "tests/fixtures/special_category.json")]
        file: PathBuf,
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
        Command::EvalRecall { file, sweep } => runtime.block_on(eval_recall(&file, sweep)),
        Command::EvalScreen { file } => {
            use memory_sidecar::extraction::{screen::Screen, screen_eval};
            let json = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let set: screen_eval::LabelledSet = serde_json::from_str(&json)
                .with_context(|| format!("parsing {}", file.display()))?;
            println!("{}", screen_eval::evaluate(&set, &Screen::new()));
            Ok(())
        }
    }
}

async fn eval_recall(file: &std::path::Path, sweep: bool) -> anyhow::Result<()> {
    use memory_sidecar::recall::{eval, Fusion};
    let json =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let loaded = eval::load(&json).await?;
    let defaults = Fusion::default();
    println!(
        "Fusion: w_lex={} lex_power={} sem_floor={}\n",
        defaults.w_lex, defaults.lex_power, defaults.sem_floor
    );
    println!("{}", loaded.evaluate(defaults).await?);
    if sweep {
        println!("| w_lex | lex_power | sem_floor | recall@5 | recall@10 | MRR | paraphrase recall@10 | exact MRR |");
        println!("|---|---|---|---|---|---|---|---|");
        for w_lex in [0.3, 0.4, 0.5, 0.6] {
            for lex_power in [1.0, 1.5, 2.0] {
                for sem_floor in [0.0, 0.15, 0.3] {
                    let f = Fusion {
                        w_lex,
                        lex_power,
                        sem_floor,
                    };
                    let r = loaded.evaluate(f).await?;
                    let fused = r.method("fused");
                    println!(
                        "| {w_lex} | {lex_power} | {sem_floor} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
                        fused.recall_at_5,
                        fused.recall_at_10,
                        fused.mrr,
                        r.kind("fused", "paraphrase").recall_at_10,
                        r.kind("fused", "exact").mrr
                    );
                }
            }
        }
    }
    Ok(())
}
