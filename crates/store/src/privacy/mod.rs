//! The privacy registry. Each feature declares, beside its own SQL, what it hands a person who
//! asks for their data and what it removes or anonymises when they leave; this file gathers the
//! parts and runs them. `tests::every_table_is_exported_erased_or_declared_impersonal` fails when
//! a table is covered by none of them.

use domain::AppError;
use domain::accounts::AccountId;
use domain::privacy::PrivacyStore;
use domain::time::Instant;
use serde_json::{Map, Value as Json};

use crate::Db;
use crate::convert::millis;
use crate::sql::{Param, Row, Value};

pub(crate) mod part;

use part::{Bind, Part};

/// Tables that hold nothing about a person, and why.
#[cfg(test)]
const IMPERSONAL: &[(&str, &str)] = &[
    ("settings", "the installation's own keys"),
    (
        "communities",
        "the communities themselves, as their organisers describe them",
    ),
    (
        "places",
        "the community's meeting places: names, addresses, opening hours",
    ),
    (
        "community_covers",
        "which picture is a community's cover: the picture is its uploader's (images)",
    ),
    (
        "guidebook_chapters",
        "the guidebook's chapters and their order: who wrote them is in guidebook_revisions",
    ),
    (
        "guidebook_texts",
        "the guidebook's current texts, shared by the network: each is a revision, exported \
         with its author (guidebook_revisions)",
    ),
    (
        "survey_texts",
        "translations of a survey's questions, made by its organisers: the survey is exported \
         with its author (surveys)",
    ),
    (
        "impact_previous",
        "how many people came back after which gap: numbers only, no person",
    ),
    (
        "impact_months",
        "monthly totals (people, minutes): numbers only, no person; who was active is in \
         impact_activity",
    ),
    (
        "story_tags",
        "the index of the stories' tags: each story's tags are exported with it (stories.tags)",
    ),
];

/// Every feature's part. A new feature adds its own here.
const REGISTRY: &[&Part] = &[
    &crate::accounts::PRIVACY,
    &crate::communities::PRIVACY,
    &crate::profiles::PRIVACY,
    &crate::support::PRIVACY,
    &crate::timebank::PRIVACY,
    &crate::budgets::PRIVACY,
    &crate::initiatives::PRIVACY,
    &crate::comments::PRIVACY,
    &crate::moderation::PRIVACY,
    &crate::events::PRIVACY,
    &crate::courses::PRIVACY,
    &crate::media::PRIVACY,
    &crate::stories::PRIVACY,
    &crate::guidebook::PRIVACY,
    &crate::helpers::PRIVACY,
    &crate::listening::PRIVACY,
    &crate::impact::PRIVACY,
    // Last: after the features it indexes have erased and closed what they do.
    &crate::search::PRIVACY,
];

const FORMAT: &str = "micropolis-personal-data";

fn json_of(value: Value, column: &str) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Int(number) if column.ends_with("_at") => crate::convert::instant(number)
            .map_or(Json::from(number), |at| Json::from(at.to_rfc3339())),
        Value::Int(number) => Json::from(number),
        Value::Text(text) => Json::from(text),
    }
}

impl PrivacyStore for Db {
    async fn export_person(&self, account: AccountId) -> Result<Json, AppError> {
        let id = account.to_string();
        let mut features = Map::new();
        for part in REGISTRY {
            let mut sections = Map::new();
            for section in part.export {
                let rows = self
                    .fetch_all(
                        section.sql,
                        &[Param::from(id.as_str())],
                        &|row: &dyn Row| {
                            let mut object = Map::new();
                            for (index, column) in section.columns.iter().enumerate() {
                                object.insert(
                                    (*column).to_owned(),
                                    json_of(row.value(index)?, column),
                                );
                            }
                            Ok(Json::Object(object))
                        },
                    )
                    .await?;
                sections.insert(section.name.to_owned(), Json::Array(rows));
            }
            features.insert(part.feature.to_owned(), Json::Object(sections));
        }
        let mut document = Map::new();
        document.insert("format".to_owned(), Json::from(FORMAT));
        document.insert(
            "exported_at".to_owned(),
            Json::from(domain::time::now().to_rfc3339()),
        );
        document.insert("data".to_owned(), Json::Object(features));
        Ok(Json::Object(document))
    }

    async fn erase_person(&self, account: AccountId, now: Instant) -> Result<(), AppError> {
        let id = account.to_string();
        self.transaction(async |tx| {
            for part in REGISTRY {
                for erasure in part.erase {
                    let params = match erasure.params {
                        Bind::Person => vec![Param::from(id.as_str())],
                        Bind::TimeAndPerson => {
                            vec![Param::from(millis(now)), Param::from(id.as_str())]
                        }
                    };
                    tx.execute(erasure.sql, &params).await?;
                }
            }
            Ok(())
        })
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{FreshDatabase, TestEngine};

    /// Whether `sql` names `table` as a whole word.
    fn names(sql: &str, table: &str) -> bool {
        sql.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .any(|word| word == table)
    }

    #[tokio::test]
    async fn every_table_is_exported_erased_or_declared_impersonal() {
        let database = FreshDatabase::create(TestEngine::Sqlite)
            .await
            .unwrap()
            .unwrap();
        let db = Db::connect(&database.url).await.unwrap();
        db.migrate().await.unwrap();
        let uncovered: Vec<String> = db
            .app_tables()
            .await
            .unwrap()
            .into_iter()
            .filter(|table| {
                let exported = REGISTRY
                    .iter()
                    .flat_map(|part| part.export)
                    .any(|section| names(section.sql, table));
                let erased = REGISTRY
                    .iter()
                    .flat_map(|part| part.erase)
                    .any(|erasure| names(erasure.sql, table));
                let impersonal = IMPERSONAL.iter().any(|(name, _)| name == table);
                !(exported || erased || impersonal)
            })
            .collect();
        db.close().await;
        database.remove().await.unwrap();
        assert!(
            uncovered.is_empty(),
            "tables covered by neither export nor erasure (add them to the privacy registry): {uncovered:?}"
        );
    }

    #[test]
    fn each_section_names_as_many_columns_as_it_selects() {
        for section in REGISTRY.iter().flat_map(|part| part.export) {
            let select = section
                .sql
                .split_once(" FROM ")
                .map_or("", |(select, _)| select);
            let depth_zero_commas = select
                .chars()
                .scan(0_i32, |depth, c| {
                    match c {
                        '(' => *depth += 1,
                        ')' => *depth -= 1,
                        _ => {}
                    }
                    Some(c == ',' && *depth == 0)
                })
                .filter(|comma| *comma)
                .count();
            assert_eq!(
                depth_zero_commas + 1,
                section.columns.len(),
                "{}: {}",
                section.name,
                section.sql
            );
        }
    }
}
