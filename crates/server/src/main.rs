//! `micropolis`: the whole platform in one binary.

mod app;
mod config;
mod demo;
mod mailer;
mod worker;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use domain::accounts::{AccountId, AccountStore as _, DisplayName, Email, NewAccount, NewPassword};
use domain::timebank::TimebankStore as _;
use domain::{Locale, time};

use crate::app::{Application, connect, media_directory};
use crate::config::Config;

/// mimalloc: less time in malloc and free than glibc's allocator, and memory goes back to the
/// system after a burst instead of staying in per-thread arenas (`docs/benchmarks.md`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "micropolis",
    version,
    about = "A platform for local communities: identity, participation, mutual support."
)]
struct Cli {
    /// A TOML configuration file; MICROPOLIS_* environment variables override it.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations, then serve the pages, the API and the background worker.
    Serve {
        /// Use ./micropolis-demo.db (unless a database is configured) and load the demo data.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending migrations and exit.
    Migrate,
    /// Load the demo data into the configured database (idempotent).
    Demo {
        /// Instead, fill one new community (`scale-N`) with generated data for N residents:
        /// N initiatives, 10·N supports, 2·N comments, 10·N ledger postings.
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        scale: Option<String>,
    },
    /// Administration.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Write a consistent backup of the whole database to FILE.
    Backup { file: PathBuf },
    /// Replace the database's content with a backup made by `backup`.
    Restore { file: PathBuf },
    /// The time bank's ledger.
    Ledger {
        #[command(subcommand)]
        command: LedgerCommand,
    },
}

#[derive(Subcommand)]
enum LedgerCommand {
    /// Rebuild every cached balance from the postings and report any difference, any transfer
    /// whose postings do not sum to zero, and the sum of all postings. Exits 1 when anything was
    /// wrong (the balances are repaired either way).
    Check,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create a network coordinator (verified), or promote an existing account and set its password.
    CreateCoordinator {
        #[arg(long)]
        email: String,
        #[arg(long)]
        password: String,
        #[arg(long)]
        name: String,
    },
}

/// Threads for blocking work, which is mostly argon2 (19 MiB and tens of milliseconds each): a
/// flood of sign-ins queues for them instead of taking a thread and 19 MiB per attempt.
const BLOCKING_THREADS: usize = 4;
/// An idle blocking thread ends after this, and its allocator gives argon2's memory back.
const BLOCKING_THREAD_KEEP_ALIVE: Duration = Duration::from_secs(1);

fn main() -> ExitCode {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(BLOCKING_THREADS)
        .thread_keep_alive(BLOCKING_THREAD_KEEP_ALIVE)
        .build();
    match runtime {
        Ok(runtime) => runtime.block_on(start()),
        Err(error) => {
            eprintln!("micropolis: cannot start the runtime: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn start() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("MICROPOLIS_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let demo = matches!(cli.command, Command::Serve { demo: true });
    let env = std::env::vars().collect();
    let config = match Config::load(cli.config.as_deref(), &env, demo) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("micropolis: {error}");
            return ExitCode::from(2);
        }
    };
    match run(cli.command, config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("micropolis: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> Result<(), String> {
    match command {
        Command::Serve { demo } => {
            if demo {
                let db = connect(&config.database_url).await?;
                demo::load(&db, &media_directory(&config)?)
                    .await
                    .map_err(|error| format!("demo data: {error}"))?;
                db.close().await;
            }
            let application = Application::build(config).await?;
            if let Some(address) = application.address() {
                tracing::info!("Micropolis is listening on http://{address}");
            }
            application.run_until_stopped().await
        }
        Command::Migrate => {
            connect(&config.database_url).await?.close().await;
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::Demo { scale: Some(scale) } => {
            let scale = demo::scale::Scale::parse(&scale)?;
            let db = connect(&config.database_url).await?;
            let loaded = demo::scale::load(&db, scale)
                .await
                .map_err(|error| format!("demo --scale: {error}"))?;
            // The bulk loader writes rows directly; their search entries are written after.
            db.rebuild_search_index()
                .await
                .map_err(|error| format!("demo --scale: search index: {error}"))?;
            db.rebuild_impact()
                .await
                .map_err(|error| format!("demo --scale: impact: {error}"))?;
            db.close().await;
            loaded.report()
        }
        Command::Demo { scale: None } => {
            let db = connect(&config.database_url).await?;
            demo::load(&db, &media_directory(&config)?)
                .await
                .map_err(|error| format!("demo data: {error}"))?;
            tracing::info!("demo data loaded");
            Ok(())
        }
        Command::Admin {
            command:
                AdminCommand::CreateCoordinator {
                    email,
                    password,
                    name,
                },
        } => create_coordinator(&config, &email, &password, &name).await,
        Command::Backup { file } => {
            let db = connect(&config.database_url).await?;
            db.backup(&file).await.map_err(|error| error.to_string())?;
            tracing::info!("backup written to {}", file.display());
            Ok(())
        }
        Command::Restore { file } => {
            let db = connect(&config.database_url).await?;
            db.restore(&file).await.map_err(|error| error.to_string())?;
            tracing::info!("restored from {}", file.display());
            Ok(())
        }
        Command::Ledger {
            command: LedgerCommand::Check,
        } => check_ledger(&config).await,
    }
}

async fn check_ledger(config: &Config) -> Result<(), String> {
    use std::io::Write as _;
    let db = connect(&config.database_url).await?;
    let check = db.check_ledger().await.map_err(|error| error.to_string())?;
    let mut out = std::io::stdout().lock();
    let mut report = |line: String| writeln!(out, "{line}").map_err(|error| error.to_string());
    report(format!(
        "{} accounts, {} postings, sum of all postings: {} minutes",
        check.accounts, check.postings, check.total_minutes
    ))?;
    for difference in &check.rebuilt {
        report(format!(
            "account {}: cached balance {} differed from its postings' sum {}; rebuilt",
            difference.account, difference.cached, difference.postings
        ))?;
    }
    for transfer in &check.unbalanced {
        report(format!("transfer {transfer}: postings do not sum to zero"))?;
    }
    if check.is_whole() {
        report("the ledger balances".to_owned())?;
        Ok(())
    } else {
        Err("the ledger did not balance; see the lines above".to_owned())
    }
}

async fn create_coordinator(
    config: &Config,
    email: &str,
    password: &str,
    name: &str,
) -> Result<(), String> {
    let email =
        Email::parse(email).map_err(|_| format!("--email: {email:?} is not an e-mail address"))?;
    let password = NewPassword::parse(password).map_err(|message| match message.key {
        "error-password-common" => {
            "--password: this password is among the most common ones; choose another".to_owned()
        }
        _ => "--password: use 10 to 1024 characters".to_owned(),
    })?;
    let name = DisplayName::parse(name)
        .map_err(|_| "--name: give a name of 1 to 80 characters".to_owned())?;
    let db = connect(&config.database_url).await?;
    let hash = password.hash().await.map_err(|error| error.to_string())?;
    let account_id = match db
        .account_by_email(&email)
        .await
        .map_err(|error| error.to_string())?
    {
        Some((account, _)) => {
            db.set_password(account.id, &hash)
                .await
                .map_err(|error| error.to_string())?;
            account.id
        }
        None => {
            let account = NewAccount {
                id: AccountId::generate(),
                email: email.clone(),
                display_name: name,
                locale: Locale::En,
                password_hash: hash,
                email_verified: true,
                created_at: time::now(),
            };
            db.insert_account(&account)
                .await
                .map_err(|error| error.to_string())?;
            account.id
        }
    };
    db.set_coordinator(account_id, true)
        .await
        .map_err(|error| error.to_string())?;
    db.mark_email_verified(account_id, time::now())
        .await
        .map_err(|error| error.to_string())?;
    tracing::info!("{} is a network coordinator", email.as_str());
    Ok(())
}
