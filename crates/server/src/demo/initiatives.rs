//! Each demo community's initiatives, in its own language: one at every stage, with supports
//! from the members, the organisers' answers, a volunteer, and a conversation in the comments.

use domain::AppError;
use domain::accounts::AccountId;
use domain::comments::{Comment, CommentId, CommentStore as _, CommentTarget};
use domain::communities::CommunityId;
use domain::initiatives::{
    InitiativeDraft, InitiativeId, InitiativeStore as _, ListFilter, State, StateChange,
};
use domain::support::Person;
use domain::time::{self, Duration};
use store::{Db, MediaDirectory};

use super::photos;

/// An initiative: title, text, the stages it went through (each with its answer), and how
/// many members support it.
type DemoInitiative = (
    &'static str,
    &'static str,
    &'static [(State, &'static str)],
    usize,
);

struct Initiatives {
    slug: &'static str,
    items: [DemoInitiative; 5],
    /// A first comment, a reply to it, and a volunteer's note.
    talk: [&'static str; 3],
}

/// The organiser (by position in the community's list) who answers.
const ORGANISER: usize = 1;

const INITIATIVES: [Initiatives; 3] = [
    Initiatives {
        slug: "wawer",
        items: [
            (
                "Ławki wzdłuż ścieżki nad Wisłą",
                "Starsi sąsiedzi chętnie spacerują nad rzeką, ale nie ma gdzie odpocząć. Proponuję **pięć ławek** co 300 metrów.",
                &[],
                6,
            ),
            (
                "Kącik wymiany książek w bibliotece",
                "Półka, na której każdy może zostawić i wziąć książkę, także po ukraińsku i angielsku.",
                &[(
                    State::Accepted,
                    "Biblioteka udostępni półkę w holu. Szukamy osób do pomocy przy urządzeniu kącika.",
                )],
                5,
            ),
            (
                "Warsztaty naprawy rowerów",
                "Raz w miesiącu w sobotę: uczymy się naprawiać rowery razem.",
                &[
                    (State::Accepted, "Zgoda zarządu domu kultury."),
                    (
                        State::InProgress,
                        "Pierwsze warsztaty 14 czerwca, narzędzia już kupione.",
                    ),
                ],
                4,
            ),
            (
                "Mural na ścianie przychodni",
                "Wspólny mural dzieci i seniorów o historii Wawra.",
                &[
                    (State::Accepted, "Właściciel budynku się zgodził."),
                    (State::InProgress, "Projekt wybrany na spotkaniu."),
                    (
                        State::Done,
                        "Mural gotowy – dziękujemy 23 osobom, które malowały!",
                    ),
                ],
                7,
            ),
            (
                "Parking na skwerze przy szkole",
                "Zamienić skwer na parking dla rodziców.",
                &[(
                    State::Declined,
                    "Skwer jest jedynym zielonym miejscem przy szkole; zamiast tego prosimy gminę o strefę krótkiego postoju.",
                )],
                1,
            ),
        ],
        talk: [
            "Świetny pomysł, mama chętnie by skorzystała.",
            "Dziękuję! Może zbierzemy podpisy na festynie?",
            "Mogę pomóc przy montażu w weekend.",
        ],
    },
    Initiatives {
        slug: "middelfart",
        items: [
            (
                "Bænke langs havnepromenaden",
                "Flere bænke, så ældre kan tage en pause på turen langs vandet.",
                &[],
                5,
            ),
            (
                "Bogbytte i biblioteket",
                "En reol, hvor alle kan stille og tage bøger – også på ukrainsk og engelsk.",
                &[(
                    State::Accepted,
                    "Biblioteket stiller en reol til rådighed i foyeren.",
                )],
                4,
            ),
            (
                "Cykelværksted for alle",
                "En lørdag om måneden reparerer vi cykler sammen.",
                &[
                    (State::Accepted, "Kulturhuset siger ja."),
                    (State::InProgress, "Første værksted 14. juni."),
                ],
                3,
            ),
            (
                "Fællesmaleri på hallens væg",
                "Børn og ældre maler byens historie sammen.",
                &[
                    (State::Accepted, "Kommunen har givet tilladelse."),
                    (State::InProgress, "Motivet er valgt."),
                    (
                        State::Done,
                        "Maleriet er færdigt – tak til alle, der malede!",
                    ),
                ],
                6,
            ),
            (
                "Parkering på den grønne plads",
                "Gør pladsen ved skolen til parkering.",
                &[(
                    State::Declined,
                    "Pladsen er skolens eneste grønne område; vi beder i stedet kommunen om korttidsparkering.",
                )],
                1,
            ),
        ],
        talk: [
            "God idé, min far ville bruge dem hver dag.",
            "Tak! Skal vi samle underskrifter til byfesten?",
            "Jeg kan hjælpe med at sætte dem op.",
        ],
    },
    Initiatives {
        slug: "cagliari-centro-storico",
        items: [
            (
                "Panchine lungo il Poetto",
                "Più panchine perché gli anziani possano riposare durante la passeggiata.",
                &[],
                5,
            ),
            (
                "Scambio di libri in biblioteca",
                "Uno scaffale dove lasciare e prendere libri, anche in ucraino e inglese.",
                &[(
                    State::Accepted,
                    "La biblioteca mette a disposizione uno scaffale nell'ingresso.",
                )],
                4,
            ),
            (
                "Ciclofficina di quartiere",
                "Un sabato al mese ripariamo le biciclette insieme.",
                &[
                    (State::Accepted, "Il centro culturale ci ospita."),
                    (State::InProgress, "Primo incontro il 14 giugno."),
                ],
                3,
            ),
            (
                "Murale sul muro della scuola",
                "Bambini e anziani dipingono insieme la storia del quartiere.",
                &[
                    (State::Accepted, "Il comune ha dato il permesso."),
                    (State::InProgress, "Il disegno è stato scelto."),
                    (State::Done, "Il murale è finito: grazie a chi ha dipinto!"),
                ],
                6,
            ),
            (
                "Parcheggio nel giardino della scuola",
                "Trasformare il giardino in parcheggio.",
                &[(
                    State::Declined,
                    "È l'unico spazio verde vicino alla scuola; chiediamo invece al comune una sosta breve.",
                )],
                1,
            ),
        ],
        talk: [
            "Ottima idea, mia madre le userebbe ogni giorno.",
            "Grazie! Raccogliamo firme alla festa del quartiere?",
            "Posso aiutare a montarle nel fine settimana.",
        ],
    },
];

/// Loads one community's initiatives, unless it has some already; the first has a photo.
pub async fn load(
    db: &Db,
    media_dir: &MediaDirectory,
    slug: &str,
    community: CommunityId,
    people: &[AccountId],
) -> Result<(), AppError> {
    let Some(demo) = INITIATIVES
        .iter()
        .find(|initiatives| initiatives.slug == slug)
    else {
        return Ok(());
    };
    if !db
        .initiatives(community, ListFilter::default(), None, 1)
        .await?
        .is_empty()
    {
        return Ok(());
    }
    let organiser = people.get(ORGANISER).copied().ok_or(AppError::NotFound)?;
    let start = time::now() - Duration::days(40);
    for (index, (title, body, steps, supporters)) in demo.items.iter().enumerate() {
        let id = InitiativeId::generate();
        let author = people
            .get(index % people.len())
            .copied()
            .ok_or(AppError::NotFound)?;
        let proposed = start + Duration::days(i64::try_from(index).unwrap_or(0) * 6);
        let image = match photos::for_initiative(slug).filter(|_| index == 0) {
            Some(photo) => Some(photos::upload(db, media_dir, author, photo, proposed).await?),
            None => None,
        };
        db.insert_initiative(
            id,
            community,
            author,
            &InitiativeDraft::parse(title, body)?,
            image,
            proposed,
        )
        .await?;
        for supporter in people.iter().take(*supporters) {
            db.add_support(id, *supporter, proposed + Duration::hours(5))
                .await?;
        }
        let mut from = State::Open;
        for (day, (to, answer)) in (1..).zip(steps.iter()) {
            let change = StateChange::parse(to.name(), answer)?;
            db.change_state(id, from, &change, organiser, proposed + Duration::days(day))
                .await?;
            from = *to;
        }
        if index == 0 {
            talk(db, demo, community, id, people, proposed).await?;
        }
    }
    Ok(())
}

/// A comment, a reply, and a volunteer on the newest-looking first initiative.
async fn talk(
    db: &Db,
    demo: &Initiatives,
    community: CommunityId,
    id: InitiativeId,
    people: &[AccountId],
    proposed: time::Instant,
) -> Result<(), AppError> {
    let [first, reply, note] = demo.talk;
    let (Some(neighbour), Some(author)) = (people.get(2), people.first()) else {
        return Ok(());
    };
    let comment = |body: &str, by: AccountId, parent: Option<CommentId>, hours: i64| Comment {
        id: CommentId::generate(),
        community_id: community,
        community_slug: demo.slug.to_owned(),
        target: CommentTarget::Initiative,
        target_id: id.to_string(),
        parent_id: parent,
        author: Person {
            id: by,
            name: String::new(),
        },
        body: body.to_owned(),
        created_at: proposed + Duration::hours(hours),
        edited_at: None,
        deleted: false,
        hidden: false,
    };
    let top = comment(first, *neighbour, None, 6);
    db.insert_comment(&top).await?;
    db.insert_comment(&comment(reply, *author, Some(top.id), 8))
        .await?;
    db.add_volunteer(id, *neighbour, note, proposed + Duration::hours(9))
        .await?;
    Ok(())
}
