//! Each demo community's places and events, in its own language: two places with their
//! accessibility, events coming up (one of them full, with people on the waiting list, one
//! online) and some past ones kept on the past events page.

use chrono::{Days, NaiveTime};
use domain::AppError;
use domain::accounts::AccountId;
use domain::calendar::{Slot, Zone};
use domain::comments::{Comment, CommentId, CommentStore as _, CommentTarget};
use domain::communities::CommunityId;
use domain::events::{EventDraft, EventId, EventStore as _};
use domain::places::{Accessibility, Coordinates, PlaceDraft, PlaceId, PlaceStore as _};
use domain::support::{Language, Person};
use domain::time::{self, Duration};
use store::{Db, MediaDirectory};

use super::photos;

/// A place: name, address, coordinates in millionths of a degree, opening hours, features.
type DemoPlace = (
    &'static str,
    &'static str,
    (i64, i64),
    &'static str,
    &'static [&'static str],
);

/// An event: title, text, days from today (negative: past), start hour, hours long, the place
/// (by position, or none for online), capacity, price, features, languages.
type DemoEvent = (
    &'static str,
    &'static str,
    i64,
    u32,
    i64,
    Option<usize>,
    Option<i64>,
    &'static str,
    &'static [&'static str],
    &'static [Language],
);

struct Events {
    slug: &'static str,
    country: &'static str,
    online: &'static str,
    places: [DemoPlace; 2],
    events: [DemoEvent; 6],
}

/// The organiser (by position in the community's list) who puts the events on.
const ORGANISER: usize = 1;
/// The event everyone from the moderator on signs up for: more people than places.
const FULL: usize = 0;

const EVENTS: [Events; 3] = [
    Events {
        slug: "wawer",
        country: "PL",
        online: "https://meet.example/wawer",
        places: [
            (
                "Biblioteka Wawer",
                "ul. Żegańska 1, 04-713 Warszawa",
                (52_215_300, 21_160_200),
                "pon.–pt. 10:00–19:00, sob. 10:00–15:00",
                &["step_free", "accessible_toilet", "seating"],
            ),
            (
                "Dom Kultury Wawer",
                "ul. Wał Miedzeszyński 646, 03-994 Warszawa",
                (52_223_900, 21_139_100),
                "codziennie 9:00–21:00",
                &["step_free", "hearing_loop", "quiet_room", "seating"],
            ),
        ],
        events: [
            (
                "Wieczór poezji ukraińskiej i polskiej",
                "Czytamy wiersze w dwóch językach. **Herbata i ciasto** na miejscu.",
                3,
                18,
                2,
                Some(1),
                Some(3),
                "wstęp wolny",
                &["step_free", "hearing_loop"],
                &[Language::Pl, Language::Uk],
            ),
            (
                "Warsztaty naprawy rowerów",
                "Przynieś rower, narzędzia mamy.",
                9,
                11,
                3,
                Some(1),
                Some(12),
                "wstęp wolny",
                &["step_free"],
                &[Language::Pl],
            ),
            (
                "Spacer historyczny po Wawrze",
                "Zbiórka przed biblioteką.",
                16,
                10,
                2,
                Some(0),
                None,
                "",
                &[],
                &[Language::Pl, Language::En],
            ),
            (
                "Spotkanie online: sąsiedzka pomoc",
                "Jak działa bank czasu? Pytania i odpowiedzi.",
                5,
                19,
                1,
                None,
                None,
                "",
                &[],
                &[Language::Pl, Language::Uk],
            ),
            (
                "Koncert chóru seniorów",
                "Dziękujemy wszystkim, którzy przyszli!",
                -12,
                17,
                2,
                Some(1),
                Some(60),
                "10 zł",
                &["step_free", "seating"],
                &[Language::Pl],
            ),
            (
                "Sprzątanie brzegu Wisły",
                "Worki i rękawice zapewnione.",
                -30,
                10,
                3,
                Some(0),
                None,
                "",
                &[],
                &[Language::Pl],
            ),
        ],
    },
    Events {
        slug: "middelfart",
        country: "DK",
        online: "https://meet.example/middelfart",
        places: [
            (
                "Middelfart Bibliotek",
                "Havnegade 6, 5500 Middelfart",
                (55_505_900, 9_730_300),
                "man.–fre. 10–19, lør. 10–14",
                &["step_free", "accessible_toilet", "hearing_loop"],
            ),
            (
                "Kulturøen",
                "Havnegade 10, 5500 Middelfart",
                (55_506_500, 9_731_400),
                "hver dag 9–22",
                &["step_free", "seating", "quiet_room"],
            ),
        ],
        events: [
            (
                "Sprogcafé: dansk for begyndere",
                "Vi øver dansk over en kop kaffe.",
                2,
                17,
                2,
                Some(0),
                Some(3),
                "gratis",
                &["step_free", "hearing_loop"],
                &[Language::Da, Language::Uk, Language::En],
            ),
            (
                "Strikkeklub",
                "Tag dit strikketøj med.",
                8,
                14,
                2,
                Some(1),
                Some(15),
                "gratis",
                &["seating"],
                &[Language::Da],
            ),
            (
                "Gåtur langs Lillebælt",
                "Vi mødes ved biblioteket.",
                13,
                10,
                2,
                Some(0),
                None,
                "",
                &[],
                &[Language::Da],
            ),
            (
                "Online: sådan bruger du tidsbanken",
                "Spørgsmål og svar.",
                6,
                19,
                1,
                None,
                None,
                "",
                &[],
                &[Language::Da],
            ),
            (
                "Foredrag om byens historie",
                "Tak for et godt fremmøde!",
                -10,
                19,
                2,
                Some(1),
                Some(80),
                "50 kr.",
                &["step_free"],
                &[Language::Da],
            ),
            (
                "Fællesspisning",
                "Alle tog en ret med.",
                -25,
                18,
                3,
                Some(1),
                None,
                "",
                &[],
                &[Language::Da],
            ),
        ],
    },
    Events {
        slug: "cagliari-centro-storico",
        country: "IT",
        online: "https://meet.example/cagliari",
        places: [
            (
                "Biblioteca di Castello",
                "Via Lamarmora 12, 09124 Cagliari",
                (39_219_900, 9_115_800),
                "lun.–ven. 9–19",
                &["accessible_toilet", "seating"],
            ),
            (
                "Centro sociale Marina",
                "Via Sardegna 40, 09124 Cagliari",
                (39_214_100, 9_111_900),
                "tutti i giorni 10–21",
                &["step_free", "hearing_loop", "quiet_room"],
            ),
        ],
        events: [
            (
                "Laboratorio di cucina sarda",
                "Prepariamo insieme i culurgiones.",
                4,
                17,
                3,
                Some(1),
                Some(3),
                "5 €",
                &["step_free"],
                &[Language::It, Language::En],
            ),
            (
                "Visita guidata a Castello",
                "Partenza dalla biblioteca.",
                10,
                10,
                2,
                Some(0),
                Some(20),
                "gratuito",
                &[],
                &[Language::It, Language::En],
            ),
            (
                "Pulizia del quartiere Marina",
                "Guanti e sacchi forniti.",
                15,
                9,
                3,
                Some(1),
                None,
                "",
                &[],
                &[Language::It],
            ),
            (
                "Incontro online: la banca del tempo",
                "Domande e risposte.",
                6,
                19,
                1,
                None,
                None,
                "",
                &[],
                &[Language::It],
            ),
            (
                "Concerto di launeddas",
                "Grazie a tutti per essere venuti!",
                -9,
                20,
                2,
                Some(1),
                Some(50),
                "gratuito",
                &["step_free", "seating"],
                &[Language::It],
            ),
            (
                "Festa di quartiere",
                "Musica e cibo per tutti.",
                -28,
                18,
                4,
                Some(1),
                None,
                "",
                &[],
                &[Language::It],
            ),
        ],
    },
];

/// A question in the comments of each community's full event, and the organiser's answer.
const TALK: [(&str, &str, &str); 3] = [
    (
        "wawer",
        "Czy mogę przyjść z wnuczką? Ma dziesięć lat.",
        "Oczywiście, zapraszamy całe rodziny!",
    ),
    (
        "middelfart",
        "Må jeg tage mit barnebarn med? Hun er ti år.",
        "Selvfølgelig, hele familien er velkommen!",
    ),
    (
        "cagliari-centro-storico",
        "Posso venire con mia nipote? Ha dieci anni.",
        "Certo, le famiglie sono benvenute!",
    ),
];

/// Loads one community's places and events, unless it has places already; the full event has a
/// photo.
pub async fn load(
    db: &Db,
    media_dir: &MediaDirectory,
    slug: &str,
    community: CommunityId,
    people: &[AccountId],
) -> Result<(), AppError> {
    let Some(demo) = EVENTS.iter().find(|demo| demo.slug == slug) else {
        return Ok(());
    };
    if !db.places(community, None, 1).await?.is_empty() {
        return Ok(());
    }
    let organiser = *people
        .get(ORGANISER)
        .ok_or(AppError::internal("no organiser"))?;
    let now = time::now();
    let mut places = Vec::new();
    for (name, address, (lat_e6, lon_e6), hours, features) in &demo.places {
        let draft = PlaceDraft {
            name: (*name).to_owned(),
            address: (*address).to_owned(),
            coordinates: Some(Coordinates {
                lat_e6: *lat_e6,
                lon_e6: *lon_e6,
            }),
            opening_hours: (*hours).to_owned(),
            accessibility: accessibility(features)?,
        };
        let id = PlaceId::generate();
        db.insert_place(id, community, &draft, now).await?;
        places.push(id);
    }
    let zone = Zone::of_country(demo.country);
    for (index, event) in demo.events.iter().enumerate() {
        let draft = draft(demo, event, zone, &places)?;
        let id = EventId::generate();
        let created = now.min(draft.slot.starts_at) - Duration::days(7);
        let image = match photos::for_event(slug).filter(|_| index == FULL) {
            Some(photo) => Some(photos::upload(db, media_dir, organiser, photo, created).await?),
            None => None,
        };
        db.insert_event(id, community, organiser, &draft, image, created)
            .await?;
        let coming: &[AccountId] = if index == FULL {
            people.get(2..).unwrap_or_default()
        } else {
            people.get(3..5).unwrap_or_default()
        };
        for (order, person) in coming.iter().enumerate() {
            let at = created + Duration::hours(i64::try_from(order).unwrap_or(0) + 1);
            db.add_rsvp(id, *person, at).await?;
        }
        if index == FULL {
            talk(db, slug, community, id, people, created).await?;
        }
    }
    Ok(())
}

/// A resident's question on the event and the organiser's reply.
async fn talk(
    db: &Db,
    slug: &str,
    community: CommunityId,
    event: EventId,
    people: &[AccountId],
    created: time::Instant,
) -> Result<(), AppError> {
    let Some((_, question, answer)) = TALK.iter().find(|(talk, _, _)| *talk == slug) else {
        return Ok(());
    };
    let (Some(asker), Some(organiser)) = (people.get(3), people.get(ORGANISER)) else {
        return Ok(());
    };
    let comment = |body: &str, by: AccountId, parent: Option<CommentId>, hours: i64| Comment {
        id: CommentId::generate(),
        community_id: community,
        community_slug: slug.to_owned(),
        target: CommentTarget::Event,
        target_id: event.to_string(),
        parent_id: parent,
        author: Person {
            id: by,
            name: String::new(),
        },
        body: (*body).to_owned(),
        created_at: created + Duration::hours(hours),
        edited_at: None,
        deleted: false,
        hidden: false,
    };
    let top = comment(question, *asker, None, 20);
    db.insert_comment(&top).await?;
    db.insert_comment(&comment(answer, *organiser, Some(top.id), 22))
        .await
}

fn accessibility(features: &[&str]) -> Result<Accessibility, AppError> {
    Accessibility::parse(features.iter().copied())
        .map_err(|message| AppError::internal(message.key))
}

fn draft(
    demo: &Events,
    event: &DemoEvent,
    zone: Zone,
    places: &[PlaceId],
) -> Result<EventDraft, AppError> {
    let (title, body, days, hour, hours, place, capacity, price, features, languages) = *event;
    let today = zone.local(time::now()).date_naive();
    let day = if days >= 0 {
        today.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        today.checked_sub_days(Days::new(days.unsigned_abs()))
    }
    .ok_or(AppError::internal("demo day out of range"))?;
    let start = day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default());
    let starts_at = zone
        .instant(start)
        .map_err(|message| AppError::internal(message.key))?;
    Ok(EventDraft {
        title: title.to_owned(),
        body: body.to_owned(),
        slot: Slot {
            starts_at,
            ends_at: starts_at + Duration::hours(hours),
            zone,
        },
        place: place.and_then(|index| places.get(index).copied()),
        online_url: place.is_none().then(|| demo.online.to_owned()),
        capacity,
        price: price.to_owned(),
        accessibility: accessibility(features)?,
        languages: languages.to_vec(),
    })
}
