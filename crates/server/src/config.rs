//! Configuration: defaults, then an optional TOML file, then `MICROPOLIS_*` environment
//! variables. Every option is declared once below; a bad value stops start-up with one line that
//! names the variable and what is wrong with it.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use domain::accounts::EmailVerification;
use serde::Deserialize;

pub const DEMO_DATABASE_URL: &str = "sqlite://micropolis-demo.db";

#[derive(Clone)]
pub struct Config {
    pub database_url: String,
    pub bind: SocketAddr,
    /// Without a trailing slash.
    pub base_url: String,
    pub smtp: Smtp,
    pub mail_from: String,
    pub email_verification: EmailVerification,
    /// When unset, a secret is generated and kept in the database.
    pub secret: Option<Secret>,
    /// A reverse proxy on this machine sets `X-Forwarded-For`.
    pub trust_forwarded_for: bool,
    /// How long a message may wait unread before its recipient gets one e-mail about it.
    pub unread_mail_after: std::time::Duration,
    /// Where uploaded images' files are kept.
    pub media_dir: PathBuf,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Smtp {
    /// Mails are written whole to the log.
    Log,
    Url(String),
}

/// A value that never prints.
#[derive(Clone)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// The TOML file: the same options, named without the `MICROPOLIS_` prefix, in lower case.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileOptions {
    database_url: Option<String>,
    bind: Option<String>,
    base_url: Option<String>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    email_verification: Option<String>,
    secret: Option<String>,
    trust_forwarded_for: Option<String>,
    unread_mail_after: Option<String>,
    media_dir: Option<String>,
}

/// One line naming the option and what is wrong.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0}")]
pub struct ConfigError(pub String);

impl Config {
    /// Reads the file (if any) and the environment; `demo` changes two defaults.
    pub fn load(
        file: Option<&Path>,
        env: &HashMap<String, String>,
        demo: bool,
    ) -> Result<Self, ConfigError> {
        let options = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|error| {
                    ConfigError(format!(
                        "--config {}: cannot read it: {error}",
                        path.display()
                    ))
                })?;
                toml::from_str::<FileOptions>(&text).map_err(|error| {
                    ConfigError(format!("--config {}: {}", path.display(), error.message()))
                })?
            }
            None => FileOptions::default(),
        };
        let value = |name: &str, from_file: Option<String>| -> Option<(String, String)> {
            let variable = format!("MICROPOLIS_{}", name.to_uppercase());
            match env.get(&variable) {
                Some(value) => Some((variable, value.clone())),
                None => {
                    from_file.map(|value| (format!("{name} (in the configuration file)"), value))
                }
            }
        };

        let database_url = match value("database_url", options.database_url) {
            Some((name, url)) => parse_database_url(&name, &url)?,
            None if demo => DEMO_DATABASE_URL.to_owned(),
            None => "sqlite://micropolis.db".to_owned(),
        };
        let bind = match value("bind", options.bind) {
            Some((name, text)) => text.trim().parse::<SocketAddr>().map_err(|_| {
                ConfigError(format!(
                    "{name}: \"{text}\" is not a listen address such as 127.0.0.1:8080"
                ))
            })?,
            None => SocketAddr::from(([127, 0, 0, 1], 8080)),
        };
        let base_url = match value("base_url", options.base_url) {
            Some((name, url)) => parse_base_url(&name, &url)?,
            None => format!("http://{bind}"),
        };
        let smtp = match value("smtp_url", options.smtp_url) {
            Some((name, url)) => parse_smtp(&name, &url)?,
            None => Smtp::Log,
        };
        let mail_from = match value("mail_from", options.mail_from) {
            Some((name, from)) => {
                from.parse::<lettre::message::Mailbox>().map_err(|_| {
                    ConfigError(format!("{name}: \"{from}\" is not a sender such as Micropolis <no-reply@example.org>"))
                })?;
                from
            }
            None => default_sender(&base_url),
        };
        let email_verification = match value("email_verification", options.email_verification) {
            Some((name, text)) => EmailVerification::parse(text.trim()).ok_or_else(|| {
                ConfigError(format!(
                    "{name}: \"{text}\" must be \"required\" or \"optional\""
                ))
            })?,
            None if demo => EmailVerification::Optional,
            None => EmailVerification::Required,
        };
        let secret = match value("secret", options.secret) {
            Some((name, secret)) if secret.chars().count() < 32 => {
                return Err(ConfigError(format!(
                    "{name}: use at least 32 characters (a random string)"
                )));
            }
            Some((_, secret)) => Some(Secret(secret)),
            None => None,
        };
        let trust_forwarded_for = match value("trust_forwarded_for", options.trust_forwarded_for) {
            Some((name, text)) => match text.trim() {
                "true" => true,
                "false" => false,
                _ => {
                    return Err(ConfigError(format!(
                        "{name}: \"{text}\" must be \"true\" or \"false\""
                    )));
                }
            },
            None => false,
        };
        let unread_mail_after = match value("unread_mail_after", options.unread_mail_after) {
            Some((name, text)) => match text.trim().parse::<u64>() {
                Ok(seconds) if seconds > 0 => std::time::Duration::from_secs(seconds),
                _ => {
                    return Err(ConfigError(format!(
                        "{name}: \"{text}\" must be a whole number of seconds, more than 0"
                    )));
                }
            },
            None => std::time::Duration::from_secs(3600),
        };
        let media_dir = match value("media_dir", options.media_dir) {
            Some((name, text)) if text.trim().is_empty() => {
                return Err(ConfigError(format!("{name}: give a directory")));
            }
            Some((_, text)) => PathBuf::from(text.trim()),
            None => default_media_dir(&database_url),
        };
        Ok(Self {
            database_url,
            bind,
            base_url,
            smtp,
            mail_from,
            email_verification,
            secret,
            trust_forwarded_for,
            unread_mail_after,
            media_dir,
        })
    }
}

/// A `media` directory beside a SQLite database; `./micropolis-media` with PostgreSQL.
fn default_media_dir(database_url: &str) -> PathBuf {
    let sqlite_file = database_url
        .strip_prefix("sqlite://")
        .or_else(|| database_url.strip_prefix("sqlite:"));
    match sqlite_file {
        Some(file) => Path::new(file)
            .parent()
            .map_or_else(|| PathBuf::from("media"), |dir| dir.join("media")),
        None => PathBuf::from("micropolis-media"),
    }
}

fn parse_database_url(name: &str, url: &str) -> Result<String, ConfigError> {
    let url = url.trim();
    if store::Engine::of_url(url).is_none() {
        return Err(ConfigError(format!(
            "{name}: \"{url}\" must start with sqlite:// or postgres://"
        )));
    }
    Ok(url.to_owned())
}

fn parse_base_url(name: &str, url: &str) -> Result<String, ConfigError> {
    let url = url.trim().trim_end_matches('/');
    let host = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match host {
        Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => Ok(url.to_owned()),
        _ => Err(ConfigError(format!(
            "{name}: \"{url}\" must be an http:// or https:// address"
        ))),
    }
}

fn parse_smtp(name: &str, url: &str) -> Result<Smtp, ConfigError> {
    let url = url.trim();
    if url == "log" {
        return Ok(Smtp::Log);
    }
    let valid = (url.starts_with("smtp://") || url.starts_with("smtps://"))
        && lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url).is_ok();
    if valid {
        Ok(Smtp::Url(url.to_owned()))
    } else {
        Err(ConfigError(format!(
            "{name}: must be \"log\", smtp://host:port or smtps://user:password@host:port"
        )))
    }
}

fn default_sender(base_url: &str) -> String {
    let host = base_url
        .split("://")
        .nth(1)
        .unwrap_or("localhost")
        .split([':', '/'])
        .next()
        .unwrap_or("localhost");
    let domain = if host.contains('.') && host.parse::<std::net::IpAddr>().is_err() {
        host
    } else {
        "localhost.localdomain"
    };
    format!("Micropolis <no-reply@{domain}>")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn defaults_follow_the_contract() {
        let config = Config::load(None, &env(&[]), false).unwrap();
        assert_eq!(config.database_url, "sqlite://micropolis.db");
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.base_url, "http://127.0.0.1:8080");
        assert_eq!(config.smtp, Smtp::Log);
        assert_eq!(config.email_verification, EmailVerification::Required);
        assert!(config.secret.is_none());
        assert_eq!(config.media_dir, PathBuf::from("media"));
    }

    #[test]
    fn images_are_kept_beside_the_database_unless_told_otherwise() {
        let beside = Config::load(
            None,
            &env(&[(
                "MICROPOLIS_DATABASE_URL",
                "sqlite:///var/lib/micropolis/data.db",
            )]),
            false,
        )
        .unwrap();
        assert_eq!(beside.media_dir, PathBuf::from("/var/lib/micropolis/media"));
        let postgres = Config::load(
            None,
            &env(&[("MICROPOLIS_DATABASE_URL", "postgres://db/x")]),
            false,
        )
        .unwrap();
        assert_eq!(postgres.media_dir, PathBuf::from("micropolis-media"));
        let chosen = Config::load(
            None,
            &env(&[("MICROPOLIS_MEDIA_DIR", "/srv/photos")]),
            false,
        )
        .unwrap();
        assert_eq!(chosen.media_dir, PathBuf::from("/srv/photos"));
    }

    #[test]
    fn demo_changes_the_database_and_verification_defaults() {
        let config = Config::load(None, &env(&[]), true).unwrap();
        assert_eq!(config.database_url, DEMO_DATABASE_URL);
        assert_eq!(config.email_verification, EmailVerification::Optional);
        let configured = Config::load(
            None,
            &env(&[("MICROPOLIS_DATABASE_URL", "postgres://db/x")]),
            true,
        )
        .unwrap();
        assert_eq!(configured.database_url, "postgres://db/x");
    }

    #[test]
    fn each_bad_value_names_its_variable() {
        let cases = [
            ("MICROPOLIS_DATABASE_URL", "mysql://x"),
            ("MICROPOLIS_BIND", "everywhere"),
            ("MICROPOLIS_BASE_URL", "example.org"),
            ("MICROPOLIS_SMTP_URL", "carrier-pigeon"),
            ("MICROPOLIS_EMAIL_VERIFICATION", "sometimes"),
            ("MICROPOLIS_SECRET", "short"),
            ("MICROPOLIS_MAIL_FROM", "not a mailbox"),
            ("MICROPOLIS_TRUST_FORWARDED_FOR", "yes"),
        ];
        for (variable, value) in cases {
            let error = Config::load(None, &env(&[(variable, value)]), false)
                .err()
                .unwrap();
            assert!(error.0.starts_with(variable), "{variable}: {}", error.0);
            assert!(!error.0.contains('\n'));
        }
    }

    #[test]
    fn the_environment_overrides_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("micropolis.toml");
        std::fs::write(
            &file,
            "bind = \"0.0.0.0:9000\"\nbase_url = \"https://wawer.example.org/\"\n",
        )
        .unwrap();
        let config = Config::load(
            Some(&file),
            &env(&[("MICROPOLIS_BIND", "127.0.0.1:9001")]),
            false,
        )
        .unwrap();
        assert_eq!(config.bind.to_string(), "127.0.0.1:9001");
        assert_eq!(config.base_url, "https://wawer.example.org");
        assert_eq!(config.mail_from, "Micropolis <no-reply@wawer.example.org>");
    }

    #[test]
    fn a_bad_file_value_names_the_option() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("micropolis.toml");
        std::fs::write(&file, "email_verification = \"never\"\n").unwrap();
        let error = Config::load(Some(&file), &env(&[]), false).err().unwrap();
        assert!(
            error
                .0
                .starts_with("email_verification (in the configuration file)"),
            "{}",
            error.0
        );
        std::fs::write(&file, "colour = \"blue\"\n").unwrap();
        let error = Config::load(Some(&file), &env(&[]), false).err().unwrap();
        assert!(error.0.contains("colour"), "{}", error.0);
    }
}
