//! Start-up: connect and migrate, settle the secret, bind the listener, then serve pages, API
//! and the background worker until SIGTERM or Ctrl-C, finishing requests in flight.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};

use base64::Engine as _;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use rand::RngCore as _;
use store::{Db, MediaDirectory};
use tokio::net::TcpListener;
use tokio::sync::watch;
use web::{AppState, WebConfig};

use crate::config::Config;
use crate::mailer::Mailer;
use crate::worker::Worker;

const SECRET_SETTING: &str = "secret";

pub struct Application {
    listener: TcpListener,
    state: AppState,
    worker: Worker,
}

impl Application {
    pub async fn build(config: Config) -> Result<Self, String> {
        let db = connect(&config.database_url).await?;
        let secret = match &config.secret {
            Some(secret) => secret.0.clone().into_bytes(),
            None => stored_secret(&db).await?,
        };
        let mailer = Mailer::new(&config.smtp, &config.mail_from)?;
        let media = media_directory(&config)?;
        let listener = TcpListener::bind(config.bind).await.map_err(|error| {
            format!("MICROPOLIS_BIND: cannot listen on {}: {error}", config.bind)
        })?;
        let web_config = WebConfig {
            base_url: config.base_url.clone(),
            email_verification: config.email_verification,
            secret,
            trust_forwarded_for: config.trust_forwarded_for,
            unread_reminder_after: domain::time::Duration::from_std(config.unread_mail_after)
                .unwrap_or(domain::time::Duration::hours(1)),
        };
        let metrics = metrics_handle();
        let state = AppState::new(
            db.clone(),
            web_config,
            Arc::new(move || {
                metrics
                    .as_ref()
                    .map(PrometheusHandle::render)
                    .unwrap_or_default()
            }),
            media,
        );
        Ok(Self {
            listener,
            state,
            worker: Worker {
                db,
                mailer,
                base_url: config.base_url.clone(),
            },
        })
    }

    pub fn address(&self) -> Option<SocketAddr> {
        self.listener.local_addr().ok()
    }

    pub async fn run_until_stopped(self) -> Result<(), String> {
        let (stop, stopped) = watch::channel(false);
        let worker = tokio::spawn(self.worker.run(stopped));
        let db = self.state.db.clone();
        let app = web::app(self.state).into_make_service_with_connect_info::<SocketAddr>();
        let served = axum::serve(self.listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await;
        tracing::info!("shutting down: requests finished, stopping the worker");
        let _ = stop.send(true);
        let _ = worker.await;
        db.close().await;
        served.map_err(|error| format!("server error: {error}"))
    }
}

/// The directory of uploaded images, created when missing.
pub fn media_directory(config: &Config) -> Result<MediaDirectory, String> {
    MediaDirectory::open(&config.media_dir)
        .map_err(|error| format!("MICROPOLIS_MEDIA_DIR: {error}"))
}

pub async fn connect(url: &str) -> Result<Db, String> {
    let db = Db::connect(url)
        .await
        .map_err(|error| format!("MICROPOLIS_DATABASE_URL: {error}"))?;
    db.migrate()
        .await
        .map_err(|error| format!("migrations: {error}"))?;
    if db
        .prepare_search_index()
        .await
        .map_err(|error| format!("search index: {error}"))?
    {
        tracing::info!("search index rebuilt");
    }
    Ok(db)
}

/// The secret for signed values, generated on first start and kept in the database so that
/// every node and every restart agree on it.
async fn stored_secret(db: &Db) -> Result<Vec<u8>, String> {
    let mut bytes = [0_u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let generated = base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes);
    db.setting_or_insert(SECRET_SETTING, &generated)
        .await
        .map(String::into_bytes)
        .map_err(|error| error.to_string())
}

/// The process-wide Prometheus recorder (installed once, shared by every server in the process).
fn metrics_handle() -> Option<PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            const BUCKETS: [f64; 12] = [
                0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
            ];
            PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("http_request_duration_seconds".to_owned()),
                    &BUCKETS,
                )
                .ok()?
                .install_recorder()
                .ok()
        })
        .clone()
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
