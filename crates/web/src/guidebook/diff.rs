//! What changed between two texts, line by line (the `similar` crate), in hunks with a little
//! context, for the history and the translation form. Templates render each line as `<ins>` or
//! `<del>` with a visually hidden word, so the change is never told by colour alone.

use similar::{ChangeTag, TextDiff};

/// Unchanged lines shown around each change.
const CONTEXT: usize = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LineKind {
    Same,
    Added,
    Removed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DiffLine {
    pub kind: LineKind,
    pub text: String,
}

impl DiffLine {
    pub fn is_added(&self) -> bool {
        self.kind == LineKind::Added
    }

    pub fn is_removed(&self) -> bool {
        self.kind == LineKind::Removed
    }
}

/// The changed parts of `new` against `old`, each with its context; empty when they are equal.
pub(crate) fn hunks(old: &str, new: &str) -> Vec<Vec<DiffLine>> {
    // A last line without its newline would otherwise differ from the same line with one.
    let (old, new) = (
        format!("{}\n", old.trim_end()),
        format!("{}\n", new.trim_end()),
    );
    let diff = TextDiff::from_lines(&old, &new);
    diff.grouped_ops(CONTEXT)
        .iter()
        .map(|group| {
            group
                .iter()
                .flat_map(|op| diff.iter_changes(op))
                .map(|change| DiffLine {
                    kind: match change.tag() {
                        ChangeTag::Equal => LineKind::Same,
                        ChangeTag::Insert => LineKind::Added,
                        ChangeTag::Delete => LineKind::Removed,
                    },
                    text: change.value().trim_end_matches(['\n', '\r']).to_owned(),
                })
                .collect()
        })
        .collect()
}

/// A whole text's diff: the title's change (if any) as its own hunk, then the body's.
pub(crate) fn text_hunks(old: (&str, &str), new: (&str, &str)) -> Vec<Vec<DiffLine>> {
    let mut all = Vec::new();
    if old.0 != new.0 {
        all.push(vec![
            DiffLine {
                kind: LineKind::Removed,
                text: format!("# {}", old.0),
            },
            DiffLine {
                kind: LineKind::Added,
                text: format!("# {}", new.0),
            },
        ]);
    }
    all.extend(hunks(old.1, new.1));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diff_shows_what_was_added_and_removed_with_context() {
        let old = "one\ntwo\nthree\nfour\nfive\nsix\n";
        let new = "one\ntwo\nthree\nFOUR\nfive\nsix\nseven\n";
        let found = hunks(old, new);
        assert_eq!(found.len(), 1);
        let lines: Vec<(&LineKind, &str)> = found
            .iter()
            .flatten()
            .map(|line| (&line.kind, line.text.as_str()))
            .collect();
        assert!(lines.contains(&(&LineKind::Removed, "four")));
        assert!(lines.contains(&(&LineKind::Added, "FOUR")));
        assert!(lines.contains(&(&LineKind::Added, "seven")));
        assert!(lines.contains(&(&LineKind::Same, "three")));
        assert!(!lines.iter().any(|(_, text)| *text == "one"));
        assert!(hunks("same\n", "same\n").is_empty());
        let added = hunks("One.", "One.\n\nTwo.");
        let kinds: Vec<&LineKind> = added.iter().flatten().map(|line| &line.kind).collect();
        assert_eq!(kinds, [&LineKind::Same, &LineKind::Added, &LineKind::Added]);
    }
}
