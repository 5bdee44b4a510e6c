//! The anonymity of a survey, read off the tables themselves: who answered is kept, what they
//! answered is kept, and nothing in the rows links the two — no person, no time, no order.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::listening::{
    Answer, AnswerValue, Answers, QuestionInput, Respondent, SurveyDraft, SurveyId, SurveyInput,
    SurveyStatus, SurveyStore as _,
};
use domain::locale::Locale;

use crate::sql::params;
use crate::testing::each_engine;
use crate::{Db, Engine};

const PEOPLE: usize = 12;

async fn community_with_people(db: &Db) -> (CommunityId, Vec<AccountId>) {
    let community = CommunityId::generate();
    db.execute(
        "INSERT INTO communities (id, slug, name, description, country, default_locale, created_at) \
         VALUES ($1, 'wawer', 'Wawer', '', 'PL', 'pl', 0)",
        params![community.0.to_string()],
    )
    .await
    .unwrap();
    let mut people = Vec::new();
    for index in 0..PEOPLE {
        let id = AccountId::generate();
        let email = format!("person{index}@example.org");
        db.execute(
            "INSERT INTO accounts (id, email, email_normalized, display_name, locale, password_hash, created_at) \
             VALUES ($1, $2, $2, $3, 'pl', '', 0)",
            params![id.to_string(), &email, format!("Person {index}")],
        )
        .await
        .unwrap();
        people.push(id);
    }
    (community, people)
}

/// An open survey of one free-text question.
async fn open_survey(
    db: &Db,
    community: CommunityId,
    author: AccountId,
    anonymous: bool,
) -> SurveyId {
    let draft = SurveyDraft::parse(
        &SurveyInput {
            title: "Czego brakuje?".into(),
            anonymous,
            questions: vec![QuestionInput {
                kind: "text".into(),
                prompt: "Czego brakuje w okolicy?".into(),
                ..QuestionInput::default()
            }],
            ..SurveyInput::default()
        },
        None,
    )
    .unwrap();
    let id = SurveyId::generate();
    let now = domain::time::now();
    db.insert_survey(id, community, author, Locale::Pl, &draft, now)
        .await
        .unwrap();
    db.set_survey_status(id, SurveyStatus::Open, now)
        .await
        .unwrap();
    id
}

/// Each person answers in turn, their answer naming their place in the queue.
async fn answer_in_turn(db: &Db, survey: SurveyId, people: &[AccountId]) {
    let survey = db.survey(survey).await.unwrap().unwrap();
    let question = survey.questions[0].id;
    for (turn, person) in people.iter().enumerate() {
        let answers = Answers(vec![Answer {
            question_id: question,
            value: AnswerValue::Text(format!("answer {turn:02}")),
        }]);
        db.insert_response(
            &survey,
            &Respondent::Person(*person),
            &answers,
            domain::time::now(),
        )
        .await
        .unwrap();
    }
}

async fn columns(db: &Db, table: &'static str) -> Vec<String> {
    let sql = match db.engine() {
        Engine::Sqlite => "SELECT name FROM pragma_table_info($1) ORDER BY cid",
        Engine::Postgres => {
            "SELECT column_name FROM information_schema.columns WHERE table_name = $1 \
             ORDER BY ordinal_position"
        }
    };
    db.fetch_all(sql, params![table], &|row| row.text(0))
        .await
        .unwrap()
}

#[tokio::test]
async fn an_anonymous_survey_keeps_no_link_from_answers_to_people() {
    each_engine(async |db| {
        let (community, people) = community_with_people(db).await;
        let survey = open_survey(db, community, people[0], true).await;
        answer_in_turn(db, survey, &people).await;

        // Who answered: everyone, and nothing else about them.
        assert_eq!(
            columns(db, "survey_participants").await,
            ["survey_id", "account_id"]
        );
        let answered = db
            .fetch_all(
                "SELECT account_id FROM survey_participants WHERE survey_id = $1",
                params![survey.to_string()],
                &|row| row.text(0),
            )
            .await
            .unwrap();
        assert_eq!(answered.len(), PEOPLE);

        // What was answered: no person, no time, in the order of random ids.
        for table in ["survey_responses", "survey_answers"] {
            for column in columns(db, table).await {
                assert!(!column.ends_with("_at"), "{table}.{column} holds a time");
            }
        }
        let responses = db
            .fetch_all(
                "SELECT id, account_id FROM survey_responses WHERE survey_id = $1 ORDER BY id",
                params![survey.to_string()],
                &|row| Ok((row.text(0)?, row.optional_text(1)?)),
            )
            .await
            .unwrap();
        assert_eq!(responses.len(), PEOPLE);
        for (id, account) in &responses {
            assert_eq!(account, &None, "an anonymous response names its person");
            assert_eq!(uuid::Uuid::parse_str(id).unwrap().get_version_num(), 4);
        }
        let in_stored_order = db
            .fetch_all(
                "SELECT text FROM survey_answers WHERE survey_id = $1 ORDER BY response_id",
                params![survey.to_string()],
                &|row| row.text(0),
            )
            .await
            .unwrap();
        let in_turn: Vec<String> = (0..PEOPLE)
            .map(|turn| format!("answer {turn:02}"))
            .collect();
        assert_ne!(
            in_stored_order, in_turn,
            "answers are kept in the order given"
        );
        if db.engine() == Engine::Sqlite {
            // Kept in key order: there is no hidden row number counting the writes.
            for sql in [
                "SELECT rowid FROM survey_participants",
                "SELECT rowid FROM survey_responses",
                "SELECT rowid FROM survey_answers",
            ] {
                assert!(
                    db.fetch_all(sql, params![], &|row| row.int(0))
                        .await
                        .is_err()
                );
            }
        }
    })
    .await;
}

#[tokio::test]
async fn a_named_survey_says_whose_each_response_is() {
    each_engine(async |db| {
        let (community, people) = community_with_people(db).await;
        let survey = open_survey(db, community, people[0], false).await;
        answer_in_turn(db, survey, &people[..3]).await;
        let named = db
            .fetch_all(
                "SELECT account_id FROM survey_responses WHERE survey_id = $1 AND account_id IS NOT NULL",
                params![survey.to_string()],
                &|row| row.text(0),
            )
            .await
            .unwrap();
        assert_eq!(named.len(), 3);
        let rows = db
            .response_rows(&db.survey(survey).await.unwrap().unwrap())
            .await
            .unwrap();
        let mut names: Vec<String> = rows.into_iter().filter_map(|row| row.respondent).collect();
        names.sort();
        assert_eq!(names, ["Person 0", "Person 1", "Person 2"]);
    })
    .await;
}
