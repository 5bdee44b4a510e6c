//! Words are found whatever their case and accents, as the start of a longer word, and in
//! their usual other forms ("biblioteka" finds "bibliotece"); every word asked must be there.

use super::*;

on_both_engines!(words_match_without_case_accents_or_endings);

async fn words_match_without_case_accents_or_endings(engine: Engine) {
    let Some((db, server, hood, _)) = world(engine, 1).await else {
        return;
    };
    let author = &hood.residents[0];
    for (title, body) in [
        ("Spotkanie w bibliotece", "Żółty rower stoi przed wejściem."),
        ("Зустріч у бібліотеці", "Кава та розмови українською."),
        ("Kaffe på biblioteket", "Vi mødes ved åen."),
        ("Incontro in biblioteca", "Caffè e chiacchiere in città."),
    ] {
        story(&server, author, title, body, "public").await;
    }
    let polish = vec!["Spotkanie w bibliotece".to_owned()];
    for typed in [
        "biblioteka",
        "BIBLIOTEKĘ",
        "bibliotekach",
        "Bibliotece",
        "zolty rower",
        "ROWE",
    ] {
        let found = titles(&search(&server, None, typed).await, "story");
        assert!(found.contains(&polish[0]), "{typed} found {found:?}");
    }
    assert_eq!(
        titles(&search(&server, None, "bibliotece rower").await, "story"),
        polish,
        "every word must be found"
    );
    assert_eq!(
        titles(&search(&server, None, "бібліотека").await, "story"),
        ["Зустріч у бібліотеці"]
    );
    assert_eq!(
        titles(&search(&server, None, "aen mødes").await, "story"),
        ["Kaffe på biblioteket"]
    );
    assert_eq!(
        titles(&search(&server, None, "citta caffe").await, "story"),
        ["Incontro in biblioteca"]
    );
    // The Latin-script forms share "bibliote…"; the Cyrillic one is another word.
    let everywhere = titles(&search(&server, None, "biblioteca").await, "story");
    assert_eq!(everywhere.len(), 3, "{everywhere:?}");
    db.drop_database().await;
}
