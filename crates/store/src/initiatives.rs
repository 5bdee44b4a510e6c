//! Initiatives, their supports, volunteers, followers and answers. Counts on an initiative are
//! written in the same transaction as the rows they count, so lists never count on read.

use domain::AppError;
use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::initiatives::{
    Answer, Initiative, InitiativeDraft, InitiativeId, InitiativeStore, Involvement, ListCursor,
    ListFilter, Sort, State, StateChange, Volunteer,
};
use domain::media::ImageId;
use domain::search::Kind;
use domain::support::Person;
use domain::time::Instant;

use crate::Db;
use crate::convert::{instant, millis, stored, uuid};
use crate::media::{picture_columns, read_picture};
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Row, params};

/// An initiative with its author's name and community's slug; `read_initiative` reads it.
macro_rules! initiative_select {
    () => {
        concat!(
            "SELECT i.id, i.community_id, co.slug, i.author_id, a.display_name, i.title, i.body, i.state, \
             i.support_count, i.comment_count, i.volunteer_count, i.hidden_at, i.created_at, i.updated_at, ",
            picture_columns!(),
            " FROM initiatives i JOIN accounts a ON a.id = i.author_id JOIN communities co ON co.id = i.community_id \
             LEFT JOIN images im ON im.id = i.image_id"
        )
    };
}

fn read_initiative(row: &dyn Row) -> Result<Initiative, DbError> {
    Ok(Initiative {
        id: InitiativeId(uuid(&row.text(0)?)?),
        community_id: CommunityId(uuid(&row.text(1)?)?),
        community_slug: row.text(2)?,
        author: person(row, 3)?,
        title: row.text(5)?,
        body: row.text(6)?,
        state: stored("state", State::parse(&row.text(7)?))?,
        support_count: row.int(8)?,
        comment_count: row.int(9)?,
        volunteer_count: row.int(10)?,
        hidden: row.optional_int(11)?.is_some(),
        created_at: instant(row.int(12)?)?,
        updated_at: instant(row.int(13)?)?,
        picture: read_picture(row, 14)?,
    })
}

/// A person from an id column and the name column after it.
fn person(row: &dyn Row, index: usize) -> Result<Person, DbError> {
    Ok(Person {
        id: AccountId(uuid(&row.text(index)?)?),
        name: row.text(index + 1)?,
    })
}

/// One page of the list. Each order and state filter has its own statement, so that each walks
/// its own index (`initiatives_*` in the migration) from the cursor on, whatever the page number.
/// `$1` community, `$2` 1 to include hidden ones, then the state when filtered, then the keyset.
macro_rules! list_query {
    (newest, $state:literal) => {
        concat!(
            initiative_select!(),
            " WHERE i.community_id = $1 AND ($2 = 1 OR i.hidden_at IS NULL)",
            $state,
            " AND (i.created_at < $4 OR (i.created_at = $4 AND i.id < $5)) \
             ORDER BY i.created_at DESC, i.id DESC LIMIT $6"
        )
    };
    (supported, $state:literal) => {
        concat!(
            initiative_select!(),
            " WHERE i.community_id = $1 AND ($2 = 1 OR i.hidden_at IS NULL)",
            $state,
            " AND (i.support_count < $4 OR (i.support_count = $4 AND (i.created_at < $5 \
             OR (i.created_at = $5 AND i.id < $6)))) \
             ORDER BY i.support_count DESC, i.created_at DESC, i.id DESC LIMIT $7"
        )
    };
}

/// Statements without a state filter still bind `$3` (`$3 = $3`), so that every statement of an
/// order takes the same parameters.
fn list_sql(sort: Sort, filtered: bool) -> &'static str {
    match (sort, filtered) {
        (Sort::Newest, false) => list_query!(newest, " AND $3 = $3"),
        (Sort::Newest, true) => list_query!(newest, " AND i.state = $3"),
        (Sort::MostSupported, false) => list_query!(supported, " AND $3 = $3"),
        (Sort::MostSupported, true) => list_query!(supported, " AND i.state = $3"),
    }
}

impl InitiativeStore for Db {
    async fn insert_initiative(
        &self,
        id: InitiativeId,
        community: CommunityId,
        author: AccountId,
        draft: &InitiativeDraft,
        image: Option<ImageId>,
        now: Instant,
    ) -> Result<(), AppError> {
        let (id, community, author) = (id.to_string(), community.0.to_string(), author.to_string());
        self.transaction(async |tx| {
            tx.execute(
                "INSERT INTO initiatives (id, community_id, author_id, title, body, state, image_id, created_at, \
                 updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
                params![
                    &id,
                    &community,
                    &author,
                    &draft.title,
                    &draft.body,
                    State::Open.name(),
                    image.map(|image| image.to_string()),
                    millis(now),
                ],
            )
            .await?;
            crate::search::refresh(tx, Kind::Initiative, &id).await?;
            crate::impact::record_activity(tx, &community, &author, millis(now)).await
        })
        .await?;
        Ok(())
    }

    async fn set_initiative_image(
        &self,
        id: InitiativeId,
        image: Option<ImageId>,
        now: Instant,
    ) -> Result<Option<ImageId>, AppError> {
        let id = id.to_string();
        Ok(self
            .transaction(async |tx| {
                // Locks the row, so that two changes at once each see the photo the other left.
                let before = tx
                    .fetch_optional(
                        "UPDATE initiatives SET image_id = image_id WHERE id = $1 RETURNING image_id",
                        params![&id],
                        &|row| row.optional_text(0),
                    )
                    .await?
                    .ok_or(DbError::Other(AppError::NotFound))?;
                tx.execute(
                    "UPDATE initiatives SET image_id = $1, updated_at = $2 WHERE id = $3",
                    params![image.map(|image| image.to_string()), millis(now), &id],
                )
                .await?;
                Ok(before
                    .map(|text| uuid(&text).map(ImageId))
                    .transpose()?)
            })
            .await?)
    }

    async fn initiative(&self, id: InitiativeId) -> Result<Option<Initiative>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(initiative_select!(), " WHERE i.id = $1"),
                params![id.to_string()],
                &read_initiative,
            )
            .await?)
    }

    async fn initiatives(
        &self,
        community: CommunityId,
        filter: ListFilter,
        after: Option<ListCursor>,
        limit: u32,
    ) -> Result<Vec<Initiative>, AppError> {
        let after = after.unwrap_or(ListCursor {
            support_count: i64::MAX,
            created_at: chrono::DateTime::<chrono::Utc>::MAX_UTC,
            id: uuid::Uuid::max(),
        });
        let community = community.0.to_string();
        let state = filter.state.map_or("", State::name);
        let sql = list_sql(filter.sort, filter.state.is_some());
        let at = millis(after.created_at);
        let id = after.id.to_string();
        let rows = match filter.sort {
            Sort::Newest => {
                self.fetch_all(
                    sql,
                    params![
                        community,
                        filter.include_hidden,
                        state,
                        at,
                        id,
                        i64::from(limit)
                    ],
                    &read_initiative,
                )
                .await?
            }
            Sort::MostSupported => {
                self.fetch_all(
                    sql,
                    params![
                        community,
                        filter.include_hidden,
                        state,
                        after.support_count,
                        at,
                        id,
                        i64::from(limit)
                    ],
                    &read_initiative,
                )
                .await?
            }
        };
        Ok(rows)
    }

    async fn answers(&self, id: InitiativeId) -> Result<Vec<Answer>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT an.from_state, an.to_state, an.answer, an.answered_by, a.display_name, an.created_at \
                 FROM initiative_answers an JOIN accounts a ON a.id = an.answered_by \
                 WHERE an.initiative_id = $1 ORDER BY an.created_at, an.id",
                params![id.to_string()],
                &|row| {
                    Ok(Answer {
                        from: stored("from_state", State::parse(&row.text(0)?))?,
                        to: stored("to_state", State::parse(&row.text(1)?))?,
                        answer: row.text(2)?,
                        by: person(row, 3)?,
                        at: instant(row.int(5)?)?,
                    })
                },
            )
            .await?)
    }

    async fn volunteers(&self, id: InitiativeId) -> Result<Vec<Volunteer>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT v.account_id, a.display_name, v.note, v.created_at \
                 FROM initiative_volunteers v JOIN accounts a ON a.id = v.account_id \
                 WHERE v.initiative_id = $1 ORDER BY v.created_at, v.account_id",
                params![id.to_string()],
                &|row| {
                    Ok(Volunteer {
                        person: person(row, 0)?,
                        note: row.text(2)?,
                        at: instant(row.int(3)?)?,
                    })
                },
            )
            .await?)
    }

    async fn involvement(
        &self,
        id: InitiativeId,
        account: AccountId,
    ) -> Result<Involvement, AppError> {
        Ok(self
            .fetch_one(
                "SELECT \
                 (SELECT COUNT(*) FROM initiative_supports WHERE initiative_id = $1 AND account_id = $2), \
                 (SELECT COUNT(*) FROM initiative_volunteers WHERE initiative_id = $1 AND account_id = $2), \
                 (SELECT COUNT(*) FROM initiative_followers WHERE initiative_id = $1 AND account_id = $2)",
                params![id.to_string(), account.to_string()],
                &|row| {
                    Ok(Involvement {
                        supports: row.int(0)? > 0,
                        volunteers: row.int(1)? > 0,
                        follows: row.int(2)? > 0,
                    })
                },
            )
            .await?)
    }

    async fn add_support(
        &self,
        id: InitiativeId,
        account: AccountId,
        now: Instant,
    ) -> Result<bool, AppError> {
        let (id, account) = (id.to_string(), account.to_string());
        Ok(self
            .transaction(async |tx| {
                let added = tx
                    .execute(
                        "INSERT INTO initiative_supports (initiative_id, account_id, created_at) \
                         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                        params![&id, &account, millis(now)],
                    )
                    .await?;
                if added == 1 {
                    tx.execute(
                        "UPDATE initiatives SET support_count = support_count + 1 WHERE id = $1",
                        params![&id],
                    )
                    .await?;
                    crate::impact::record_activity_in(
                        tx,
                        "SELECT community_id FROM initiatives WHERE id = $1",
                        &id,
                        &account,
                        millis(now),
                    )
                    .await?;
                }
                Ok(added == 1)
            })
            .await?)
    }

    async fn remove_support(&self, id: InitiativeId, account: AccountId) -> Result<bool, AppError> {
        let (id, account) = (id.to_string(), account.to_string());
        Ok(self
            .transaction(async |tx| {
                let removed = tx
                    .execute(
                        "DELETE FROM initiative_supports WHERE initiative_id = $1 AND account_id = $2",
                        params![&id, &account],
                    )
                    .await?;
                if removed == 1 {
                    tx.execute(
                        "UPDATE initiatives SET support_count = support_count - 1 WHERE id = $1",
                        params![&id],
                    )
                    .await?;
                }
                Ok(removed == 1)
            })
            .await?)
    }

    async fn add_volunteer(
        &self,
        id: InitiativeId,
        account: AccountId,
        note: &str,
        now: Instant,
    ) -> Result<(), AppError> {
        let (id, account) = (id.to_string(), account.to_string());
        self.transaction(async |tx| {
            let changed = tx
                .execute(
                    "UPDATE initiative_volunteers SET note = $1 WHERE initiative_id = $2 AND account_id = $3",
                    params![note, &id, &account],
                )
                .await?;
            if changed == 0 {
                tx.execute(
                    "INSERT INTO initiative_volunteers (initiative_id, account_id, note, created_at) \
                     VALUES ($1, $2, $3, $4)",
                    params![&id, &account, note, millis(now)],
                )
                .await?;
                tx.execute(
                    "UPDATE initiatives SET volunteer_count = volunteer_count + 1 WHERE id = $1",
                    params![&id],
                )
                .await?;
            }
            Ok(())
        })
        .await?;
        Ok(())
    }

    async fn remove_volunteer(&self, id: InitiativeId, account: AccountId) -> Result<(), AppError> {
        let (id, account) = (id.to_string(), account.to_string());
        self.transaction(async |tx| {
            let removed = tx
                .execute(
                    "DELETE FROM initiative_volunteers WHERE initiative_id = $1 AND account_id = $2",
                    params![&id, &account],
                )
                .await?;
            if removed == 1 {
                tx.execute(
                    "UPDATE initiatives SET volunteer_count = volunteer_count - 1 WHERE id = $1",
                    params![&id],
                )
                .await?;
            }
            Ok(())
        })
        .await?;
        Ok(())
    }

    async fn set_following(
        &self,
        id: InitiativeId,
        account: AccountId,
        follows: bool,
        now: Instant,
    ) -> Result<(), AppError> {
        let (id, account) = (id.to_string(), account.to_string());
        if follows {
            self.execute(
                "INSERT INTO initiative_followers (initiative_id, account_id, created_at) \
                 VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                params![id, account, millis(now)],
            )
            .await?;
        } else {
            self.execute(
                "DELETE FROM initiative_followers WHERE initiative_id = $1 AND account_id = $2",
                params![id, account],
            )
            .await?;
        }
        Ok(())
    }

    async fn change_state(
        &self,
        id: InitiativeId,
        from: State,
        change: &StateChange,
        by: AccountId,
        now: Instant,
    ) -> Result<bool, AppError> {
        let id = id.to_string();
        Ok(self
            .transaction(async |tx| {
                let moved = tx
                    .execute(
                        "UPDATE initiatives SET state = $1, updated_at = $2 WHERE id = $3 AND state = $4",
                        params![change.state.name(), millis(now), &id, from.name()],
                    )
                    .await?;
                if moved == 1 {
                    tx.execute(
                        "INSERT INTO initiative_answers (id, initiative_id, from_state, to_state, answer, answered_by, created_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7)",
                        params![
                            uuid::Uuid::now_v7().to_string(),
                            &id,
                            from.name(),
                            change.state.name(),
                            &change.answer,
                            by.to_string(),
                            millis(now),
                        ],
                    )
                    .await?;
                }
                Ok(moved == 1)
            })
            .await?)
    }
}

/// Initiatives stay when their author leaves: neighbours supported them and organisers answered
/// them; they show "former member". What the person did about others' initiatives goes.
pub(crate) const PRIVACY: Part = Part {
    feature: "initiatives",
    export: &[
        Section {
            name: "initiatives",
            columns: &[
                "id",
                "community",
                "title",
                "body",
                "state",
                "image",
                "created_at",
                "updated_at",
            ],
            sql: "SELECT i.id, c.slug, i.title, i.body, i.state, i.image_id, i.created_at, i.updated_at \
                  FROM initiatives i JOIN communities c ON c.id = i.community_id WHERE i.author_id = $1",
        },
        Section {
            name: "supports",
            columns: &["initiative", "created_at"],
            sql: "SELECT initiative_id, created_at FROM initiative_supports WHERE account_id = $1",
        },
        Section {
            name: "volunteering",
            columns: &["initiative", "note", "created_at"],
            sql: "SELECT initiative_id, note, created_at FROM initiative_volunteers WHERE account_id = $1",
        },
        Section {
            name: "following",
            columns: &["initiative", "created_at"],
            sql: "SELECT initiative_id, created_at FROM initiative_followers WHERE account_id = $1",
        },
        Section {
            name: "answers_given",
            columns: &[
                "initiative",
                "from_state",
                "to_state",
                "answer",
                "created_at",
            ],
            sql: "SELECT initiative_id, from_state, to_state, answer, created_at \
                  FROM initiative_answers WHERE answered_by = $1",
        },
    ],
    erase: &[
        Erasure {
            sql: "UPDATE initiatives SET support_count = support_count - 1 \
                  WHERE id IN (SELECT initiative_id FROM initiative_supports WHERE account_id = $1)",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM initiative_supports WHERE account_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "UPDATE initiatives SET volunteer_count = volunteer_count - 1 \
                  WHERE id IN (SELECT initiative_id FROM initiative_volunteers WHERE account_id = $1)",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM initiative_volunteers WHERE account_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM initiative_followers WHERE account_id = $1",
            params: Bind::Person,
        },
    ],
};
