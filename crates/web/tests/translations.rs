//! Every string a person reads comes from Fluent, in five languages. These tests fail when a
//! message is missing in any language, when a file does not parse, when the code asks for a
//! message English does not have, or when a message is no longer used anywhere.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_templates::fluent_bundle::FluentResource;

const LANGUAGES: [&str; 5] = ["en", "pl", "da", "it", "uk"];

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_under(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_under(&path, extension));
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// Message ids of one language, by file name.
fn messages(language: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = crate_dir().join("locales").join(language);
    files_under(&dir, "ftl")
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let ids = text
                .lines()
                .filter_map(|line| line.split_once(" ="))
                .map(|(id, _)| id)
                .filter(|id| {
                    id.starts_with(|c: char| c.is_ascii_lowercase())
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                })
                .map(str::to_owned)
                .collect();
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                ids,
            )
        })
        .collect()
}

fn all_ids(language: &str) -> BTreeSet<String> {
    messages(language).into_values().flatten().collect()
}

#[test]
fn every_language_has_every_message_in_the_same_file() {
    let english = messages("en");
    assert!(!english.is_empty());
    for language in LANGUAGES {
        let translated = messages(language);
        for (file, ids) in &english {
            let theirs = translated.get(file).cloned().unwrap_or_default();
            let missing: Vec<_> = ids.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(ids).collect();
            assert!(missing.is_empty(), "{language}/{file} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{language}/{file} has messages English does not: {extra:?}"
            );
        }
        assert_eq!(
            translated.len(),
            english.len(),
            "{language} has other files than English"
        );
    }
}

#[test]
fn every_file_parses() {
    for language in LANGUAGES {
        for path in files_under(&crate_dir().join("locales").join(language), "ftl") {
            let text = fs::read_to_string(&path).unwrap();
            if let Err((_, errors)) = FluentResource::try_new(text) {
                panic!("{}: {errors:?}", path.display());
            }
        }
    }
}

fn looks_like_id(text: &str) -> bool {
    text.contains('-')
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// String literals that look like message ids (`word-word…`): every one in the Rust sources,
/// and in templates those passed to `t`, `tn` or `tv` (others there are CSS classes and ids).
fn message_literals(templates_everywhere: bool) -> BTreeSet<String> {
    let workspace = crate_dir().join("..");
    let mut literals = BTreeSet::new();
    for krate in ["domain", "store", "web", "server"] {
        for path in files_under(&workspace.join(krate).join("src"), "rs") {
            let text = fs::read_to_string(&path).unwrap();
            let pieces = text.split('"').skip(1).step_by(2);
            literals.extend(
                pieces
                    .filter(|piece| looks_like_id(piece))
                    .map(str::to_owned),
            );
        }
    }
    for path in files_under(&crate_dir().join("templates"), "html") {
        let text = fs::read_to_string(&path).unwrap();
        let pieces: Vec<&str> = text.split('"').collect();
        for pair in pieces.windows(2) {
            let (before, literal) = (pair[0], pair[1]);
            let is_call = ["t(", "tn(", "tv("]
                .iter()
                .any(|call| before.ends_with(call));
            if looks_like_id(literal) && (templates_everywhere || is_call) {
                literals.insert(literal.to_owned());
            }
        }
    }
    literals
}

#[test]
fn the_code_asks_only_for_messages_that_exist() {
    let english = all_ids("en");
    let namespaces: BTreeSet<&str> = english
        .iter()
        .filter_map(|id| id.split('-').next())
        .collect();
    let unknown: Vec<String> = message_literals(false)
        .into_iter()
        .filter(|literal| namespaces.contains(literal.split('-').next().unwrap_or("")))
        .filter(|literal| !english.contains(literal))
        .collect();
    assert!(
        unknown.is_empty(),
        "asked for but not in locales/en: {unknown:?}"
    );
}

#[test]
fn every_english_message_is_used() {
    let used = message_literals(true);
    let unused: Vec<String> = all_ids("en")
        .into_iter()
        .filter(|id| !used.contains(id))
        .collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}
