//! Each demo community's stories of the place, in its own language: three stories told by
//! residents, each with a drawn photo (uploaded like any other, so it is re-encoded and served in
//! its variants), tags, and a few comments; one of the three is for members only.

/// Also drawn for the demo initiatives' and events' photos (`demo::photos`).
pub(super) mod pictures;

use domain::AppError;
use domain::accounts::AccountId;
use domain::comments::{Comment, CommentId, CommentStore as _, CommentTarget};
use domain::communities::CommunityId;
use domain::media::{self, FORM_FIELDS, ImageStore as _};
use domain::moderation::PageCursor;
use domain::stories::{Audience, Readable, StoryDraft, StoryFilter, StoryId, StoryStore as _};
use domain::support::Person;
use domain::time::{self, Duration};
use store::{Db, MediaDirectory};

use pictures::Shape::{Block, Disc, Ground, Sky, Triangle};
use pictures::{Shape, small_png};

struct DemoStory {
    /// The teller, by position in the community's list of people.
    author: usize,
    title: &'static str,
    body: &'static str,
    tags: &'static [&'static str],
    audience: Audience,
    days_ago: i64,
    alt: &'static str,
    scene: &'static [Shape],
    /// Comments: who (by position) and what.
    comments: &'static [(usize, &'static str)],
}

const SKY_DAY: Shape = Sky([110, 170, 225], [200, 228, 245]);

const WAWER: [DemoStory; 3] = [
    DemoStory {
        author: 3,
        title: "Prom na Wiśle w Świdrach",
        body: "Kiedy byłam dziewczynką, na drugi brzeg Wisły przeprawialiśmy się promem. Przewoźnik, pan \
               Józef, znał wszystkich po imieniu i zawsze czekał na spóźnionych.\n\nW niedziele \
               płynęło się z koszykiem na łąki po drugiej stronie. Promu już nie ma, ale wieczorem \
               na skarpie przy Świdrach słońce zachodzi nad rzeką tak samo jak wtedy.",
        tags: &["wisła", "wspomnienia", "świdry"],
        audience: Audience::Public,
        days_ago: 20,
        alt: "Szeroka rzeka o zachodzie słońca, mała łódka z żaglem przy brzegu i ciemne sosny na skarpie.",
        scene: &[
            Sky([245, 160, 90], [250, 214, 160]),
            Disc([255, 236, 170], 330, 168, 34),
            Ground([62, 104, 66], 182, 6, 3),
            Block([76, 124, 170], 0, 196, 480, 320),
            Block([150, 190, 215], 250, 205, 420, 209),
            Block([112, 70, 42], 138, 246, 222, 258),
            Triangle([244, 242, 232], (184, 186), (184, 216), 240),
            Triangle([32, 74, 48], (52, 112), (30, 74), 184),
            Triangle([32, 74, 48], (96, 126), (76, 116), 186),
        ],
        comments: &[
            (
                4,
                "Mój tata też opowiadał o panu Józefie! Podobno nikt nie płacił w deszczowe dni.",
            ),
            (
                7,
                "What a lovely memory. Is there a photo of the old ferry anywhere in the library?",
            ),
        ],
    },
    DemoStory {
        author: 4,
        title: "Ogródki przy Kościuszkowców",
        body: "Na naszych działkach jest dwadzieścia trzy ogródki i jedna wspólna jabłoń, której nikt \
               nie posadził. W sierpniu zbieramy z niej jabłka na szarlotkę dla całej alejki.\n\n\
               Kto chce zacząć uprawiać warzywa, niech przyjdzie w sobotę rano: nasion i rad \
               mamy za dużo.",
        tags: &["ogrody", "sąsiedzi"],
        audience: Audience::Members,
        days_ago: 12,
        alt: "Zielony ogród z drewnianą altanką, dwiema jabłoniami z czerwonymi owocami i niskim płotem.",
        scene: &[
            SKY_DAY,
            Disc([255, 240, 180], 70, 60, 26),
            Ground([104, 160, 80], 210, 8, 2),
            Block([150, 100, 60], 300, 170, 380, 230),
            Triangle([170, 60, 50], (340, 132), (288, 392), 172),
            Block([110, 72, 40], 112, 180, 124, 240),
            Disc([60, 130, 60], 118, 160, 44),
            Disc([200, 40, 40], 100, 150, 6),
            Disc([200, 40, 40], 132, 170, 6),
            Block([110, 72, 40], 212, 190, 222, 244),
            Disc([70, 140, 64], 217, 174, 34),
            Disc([200, 40, 40], 226, 162, 6),
            Block([230, 220, 190], 0, 262, 480, 268),
        ],
        comments: &[(
            3,
            "Przyjdę w sobotę z sadzonkami pomidorów. Czy ktoś ma konewkę na zbyciu?",
        )],
    },
    DemoStory {
        author: 5,
        title: "Moja pierwsza zima w Wawrze",
        body: "Przyjechałam z Charkowa w listopadzie. Pierwszy śnieg spadł w nocy i rano las za \
               domem był zupełnie biały. Sąsiadka z dołu przyniosła mi sanki dla syna i pokazała \
               górkę przy szkole.\n\nDziś wiem, że w Wawrze mówi się „dzień dobry” każdemu na \
               ścieżce w lesie. Bardzo to lubię.",
        tags: &["nowi-sąsiedzi", "zima", "las"],
        audience: Audience::Public,
        days_ago: 5,
        alt: "Zimowy las sosnowy, dwa domki z ośnieżonymi dachami i biały śnieg na ziemi.",
        scene: &[
            Sky([150, 170, 190], [225, 232, 240]),
            Ground([248, 250, 252], 220, 10, 2),
            Triangle([36, 70, 52], (60, 90), (30, 90), 220),
            Triangle([36, 70, 52], (120, 110), (92, 148), 224),
            Triangle([36, 70, 52], (420, 96), (392, 448), 222),
            Block([190, 150, 110], 200, 176, 280, 236),
            Triangle([250, 250, 252], (240, 138), (190, 290), 178),
            Block([255, 214, 120], 226, 196, 246, 214),
            Block([170, 120, 90], 300, 190, 360, 238),
            Triangle([250, 250, 252], (330, 160), (292, 368), 192),
        ],
        comments: &[
            (
                3,
                "Witamy w Wawrze! Zapraszam na herbatę, mieszkam przy Błękitnej.",
            ),
            (6, "Я теж пам'ятаю свій перший сніг тут. Ласкаво просимо!"),
        ],
    },
];

const MIDDELFART: [DemoStory; 3] = [
    DemoStory {
        author: 3,
        title: "Den gamle Lillebæltsbro",
        body: "Min farfar var med til at male den gamle bro i halvtredserne. Han sagde, at når man \
               var færdig i den ene ende, kunne man begynde forfra i den anden.\n\nI dag går jeg \
               over broen med børnebørnene, og vi tæller togene. Rekorden er fem på en eftermiddag.",
        tags: &["lillebælt", "broen", "historie"],
        audience: Audience::Public,
        days_ago: 18,
        alt: "En stålbro med buer over blåt vand, grønne skrænter på begge sider og en lys himmel.",
        scene: &[
            SKY_DAY,
            Block([54, 110, 160], 0, 210, 480, 320),
            Ground([88, 140, 80], 200, 18, 1),
            Block([54, 110, 160], 60, 212, 420, 320),
            Block([70, 80, 90], 0, 150, 480, 162),
            Triangle([70, 80, 90], (120, 100), (70, 170), 150),
            Triangle([70, 80, 90], (240, 100), (190, 290), 150),
            Triangle([70, 80, 90], (360, 100), (310, 410), 150),
            Triangle([110, 170, 225], (120, 118), (90, 150), 146),
            Triangle([110, 170, 225], (240, 118), (210, 270), 146),
            Triangle([110, 170, 225], (360, 118), (330, 390), 146),
            Block([120, 120, 120], 110, 162, 130, 230),
            Block([120, 120, 120], 350, 162, 370, 230),
        ],
        comments: &[(4, "Fem tog! Vi nåede kun tre i søndags. Vi må prøve igen.")],
    },
    DemoStory {
        author: 4,
        title: "Marsvin ved Hindsgavl",
        body: "Tidligt om morgenen, når vandet er stille, kan man se marsvinene fra stranden ved \
               Hindsgavl. Man hører dem puste, før man ser dem.\n\nTag en kikkert med og lidt \
               tålmodighed. Jeg har set en mor med sin unge tre morgener i træk.",
        tags: &["natur", "lillebælt", "marsvin"],
        audience: Audience::Public,
        days_ago: 9,
        alt: "Roligt blåt hav om morgenen med tre mørke rygfinner over vandet og en grøn kyst i baggrunden.",
        scene: &[
            Sky([170, 200, 230], [240, 220, 200]),
            Disc([255, 240, 200], 90, 150, 28),
            Ground([80, 120, 84], 168, 5, 2),
            Block([70, 120, 160], 0, 180, 480, 320),
            Block([120, 165, 200], 40, 230, 440, 233),
            Triangle([40, 48, 56], (180, 222), (160, 204), 244),
            Triangle([40, 48, 56], (300, 236), (284, 316), 254),
            Triangle([40, 48, 56], (330, 246), (320, 340), 258),
        ],
        comments: &[
            (6, "Beautiful. Which beach path do you take from the manor?"),
            (
                3,
                "Stien bag Hindsgavl Slot, forbi de store ege. Der er en bænk ved vandet.",
            ),
        ],
    },
    DemoStory {
        author: 5,
        title: "Min første sankthansaften",
        body: "Sidste sommer fejrede jeg sankthans ved stranden for første gang. Vi sang \
               “Vi elsker vort land”, og jeg forstod næsten alle ordene.\n\nEfter bålet fik min \
               datter snobrød af naboerne. Nu glæder hun sig allerede til næste år.",
        tags: &["nye-naboer", "fest", "stranden"],
        audience: Audience::Members,
        days_ago: 3,
        alt: "Et stort bål på en sandstrand ved aftenstid, med mørkeblå himmel og orange lys over vandet.",
        scene: &[
            Sky([30, 40, 90], [240, 150, 90]),
            Block([60, 80, 120], 0, 190, 480, 230),
            Ground([214, 190, 140], 226, 4, 3),
            Block([100, 64, 40], 200, 262, 290, 272),
            Triangle([240, 110, 40], (244, 170), (206, 284), 262),
            Triangle([250, 200, 70], (246, 200), (222, 270), 262),
        ],
        comments: &[(3, "Velkommen til! Dit snobrød var det flotteste ved bålet.")],
    },
];

const CAGLIARI: [DemoStory; 3] = [
    DemoStory {
        author: 3,
        title: "I fenicotteri del Molentargius",
        body: "Da bambino andavo con mio nonno al Molentargius a guardare i fenicotteri. Allora \
               erano pochi; oggi ce ne sono migliaia e fanno il nido proprio qui.\n\nAl tramonto, \
               quando si alzano tutti insieme, il cielo sopra lo stagno diventa rosa.",
        tags: &["natura", "fenicotteri", "molentargius"],
        audience: Audience::Public,
        days_ago: 16,
        alt: "Uno stagno azzurro con tre fenicotteri rosa in piedi nell'acqua bassa e colline basse sullo sfondo.",
        scene: &[
            Sky([140, 190, 230], [250, 220, 210]),
            Ground([150, 150, 110], 178, 10, 2),
            Block([130, 180, 200], 0, 190, 480, 320),
            Block([230, 120, 140], 120, 210, 124, 270),
            Disc([240, 130, 150], 130, 206, 18),
            Block([230, 120, 140], 140, 168, 144, 200),
            Disc([240, 130, 150], 146, 164, 7),
            Block([230, 120, 140], 250, 216, 254, 280),
            Disc([240, 130, 150], 260, 212, 18),
            Block([230, 120, 140], 270, 176, 274, 206),
            Disc([240, 130, 150], 276, 172, 7),
            Block([230, 120, 140], 360, 206, 364, 266),
            Disc([240, 130, 150], 350, 202, 16),
        ],
        comments: &[(
            4,
            "Anch'io ci andavo con mio nonno! Bisognerebbe organizzare una passeggiata.",
        )],
    },
    DemoStory {
        author: 4,
        title: "Le scale del Castello",
        body: "Sono nata in una casa sotto il bastione di Saint Remy. Da ragazza salivo le scale \
               del Castello due volte al giorno, con il pane e con la spesa.\n\nOggi le salgo più \
               piano, ma in cima c'è ancora lo stesso vento e si vede tutto il golfo.",
        tags: &["castello", "memoria"],
        audience: Audience::Public,
        days_ago: 8,
        alt: "Mura di pietra chiara a gradoni sotto un cielo caldo, con una torre in cima e il sole alto.",
        scene: &[
            Sky([120, 170, 220], [245, 225, 190]),
            Disc([255, 240, 190], 400, 60, 30),
            Block([222, 204, 168], 0, 250, 480, 320),
            Block([214, 196, 160], 80, 200, 480, 250),
            Block([206, 188, 152], 160, 150, 480, 200),
            Block([198, 180, 144], 240, 110, 400, 150),
            Block([190, 170, 136], 300, 60, 350, 110),
            Block([120, 90, 70], 318, 80, 332, 100),
        ],
        comments: &[
            (
                5,
                "Che bella storia. Io abito alla Marina da un anno e salgo sempre dall'ascensore!",
            ),
            (
                4,
                "Prova le scale una mattina presto, Oksana: ti accompagno io.",
            ),
        ],
    },
    DemoStory {
        author: 5,
        title: "Il mio primo Sant'Efisio",
        body: "Il primo maggio ho visto per la prima volta la processione di Sant'Efisio. Le \
               traccas, i costumi e le launeddas: non avevo mai visto niente di simile.\n\nUna \
               signora accanto a me mi ha spiegato ogni paese dal suo costume. L'anno prossimo \
               porto mia madre.",
        tags: &["feste", "nuovi-vicini", "stampace"],
        audience: Audience::Members,
        days_ago: 2,
        alt: "Una via stretta tra case colorate, con festoni di bandierine rosse, gialle e blu tese sopra la strada.",
        scene: &[
            SKY_DAY,
            Block([200, 190, 170], 0, 260, 480, 320),
            Block([230, 170, 110], 0, 90, 150, 270),
            Block([240, 210, 140], 330, 70, 480, 270),
            Block([90, 60, 50], 60, 200, 100, 260),
            Block([90, 60, 50], 380, 200, 420, 260),
            Block([60, 60, 60], 150, 120, 330, 122),
            Triangle([210, 40, 40], (170, 150), (160, 180), 122),
            Triangle([240, 200, 40], (210, 150), (200, 220), 122),
            Triangle([40, 80, 180], (250, 150), (240, 260), 122),
            Triangle([210, 40, 40], (290, 150), (280, 300), 122),
        ],
        comments: &[(3, "Benvenuta! Le traccas di Quartu sono le mie preferite.")],
    },
];

fn stories_of(slug: &str) -> &'static [DemoStory] {
    match slug {
        "wawer" => &WAWER,
        "middelfart" => &MIDDELFART,
        "cagliari-centro-storico" => &CAGLIARI,
        _ => &[],
    }
}

pub async fn load(
    db: &Db,
    media_dir: &MediaDirectory,
    slug: &str,
    community: CommunityId,
    people: &[AccountId],
) -> Result<(), AppError> {
    let demo = stories_of(slug);
    let everything = Readable {
        members: true,
        hidden: true,
    };
    let existing = db
        .stories(
            community,
            &StoryFilter::default(),
            everything,
            None::<PageCursor>,
            1,
        )
        .await?;
    if demo.is_empty() || !existing.is_empty() {
        return Ok(());
    }
    let now = time::now();
    for story in demo {
        let author = *people.get(story.author).ok_or(AppError::NotFound)?;
        let told = now - Duration::days(story.days_ago);
        let picture = small_png(story.scene).map_err(AppError::internal)?;
        let image =
            media::upload(db, media_dir, author, picture, story.alt, FORM_FIELDS, told).await?;
        if story.audience == Audience::Members {
            db.set_image_members_only(image.picture.id, true).await?;
        }
        let draft = StoryDraft {
            title: story.title.to_owned(),
            body: story.body.to_owned(),
            tags: story.tags.iter().map(|tag| (*tag).to_owned()).collect(),
            audience: story.audience,
        };
        let id = StoryId::generate();
        db.insert_story(id, community, author, &draft, Some(image.picture.id), told)
            .await?;
        for (hours, (by, body)) in (1_i64..).zip(story.comments) {
            let by = *people.get(*by).ok_or(AppError::NotFound)?;
            db.insert_comment(&Comment {
                id: CommentId::generate(),
                community_id: community,
                community_slug: slug.to_owned(),
                target: CommentTarget::Story,
                target_id: id.to_string(),
                parent_id: None,
                author: Person {
                    id: by,
                    name: String::new(),
                },
                body: (*body).to_owned(),
                created_at: told + Duration::hours(hours * 5),
                edited_at: None,
                deleted: false,
                hidden: false,
            })
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn every_demo_photo_is_small_and_described() {
        let mut total = 0;
        for slug in ["wawer", "middelfart", "cagliari-centro-storico"] {
            for story in stories_of(slug) {
                let processed = media::process(&small_png(story.scene).unwrap()).unwrap();
                total += processed
                    .variants
                    .iter()
                    .map(|variant| variant.jpeg.len())
                    .sum::<usize>();
                assert!(media::parse_alt(story.alt).is_ok(), "{}", story.title);
            }
        }
        // About 130 KB: with the initiatives' and events' photos (`demo::photos`, under 40 KB),
        // all demo photos together stay under 200 KB.
        assert!(total < 140 * 1024, "the demo photos take {total} bytes");
    }
}
