//! The search statement of each engine. They differ only in how words are matched and ranked
//! (FTS5's `MATCH` and `bm25`, PostgreSQL's `@@` and `ts_rank`) and how the newest matches are
//! taken; who may find what is one text, `findable!`, for both. Parameters come first as the
//! `asked` row, so each is named once: `$1` the words, `$2` a kind or '', `$3` now, `$4` the
//! reader or '', `$5` a community or '', `$6` how many of a kind to skip, `$7` where that
//! kind's page ends.

use domain::search::SearchQuery;

/// Who may find an entry `e`, for the `asked` reader and community. Entries of a community are
/// for everyone, or for its members; a person is found by everyone through their public entry
/// and, by people who share a community with them, through their members' entry instead, never
/// both; a person is found only while they belong to a community (the one asked for, if any).
macro_rules! findable {
    () => {
        "(asked.kind = '' OR e.kind = asked.kind) \
         AND (e.until_at IS NULL OR e.until_at > asked.now) \
         AND (asked.community = '' OR e.community_id = asked.community \
              OR (e.kind = 'person' AND EXISTS (SELECT 1 FROM memberships m \
                  WHERE m.account_id = e.account_id AND m.community_id = asked.community))) \
         AND ((e.kind <> 'person' AND e.audience = 0) \
              OR (e.kind <> 'person' AND e.audience = 1 AND EXISTS (SELECT 1 FROM memberships r \
                  WHERE r.account_id = asked.reader AND r.community_id = e.community_id)) \
              OR (e.kind = 'person' AND e.audience = 0 \
                  AND EXISTS (SELECT 1 FROM memberships m WHERE m.account_id = e.account_id) \
                  AND NOT EXISTS (SELECT 1 FROM memberships m JOIN memberships r ON r.community_id = m.community_id \
                      WHERE m.account_id = e.account_id AND r.account_id = asked.reader)) \
              OR (e.kind = 'person' AND e.audience = 1 \
                  AND EXISTS (SELECT 1 FROM memberships m JOIN memberships r ON r.community_id = m.community_id \
                      WHERE m.account_id = e.account_id AND r.account_id = asked.reader)))"
    };
}

/// After ranking (`found f`, one row per item, numbered within its kind): the page asked for,
/// with what it shows (read only for these rows) and the community whose pages show each
/// result. A person is shown in a community they share with the reader if there is one, else in
/// one they belong to.
macro_rules! page_of_found {
    () => {
        "SELECT e.kind, e.item_id, e.locale, e.title, e.summary, e.details, c.slug, c.name \
         FROM (SELECT f.id, f.place, \
             CASE WHEN f.kind = 'person' THEN (SELECT m.community_id FROM memberships m \
                 LEFT JOIN memberships r ON r.community_id = m.community_id AND r.account_id = asked.reader \
                 WHERE m.account_id = f.account_id AND (asked.community = '' OR m.community_id = asked.community) \
                 ORDER BY CASE WHEN r.account_id IS NULL THEN 1 ELSE 0 END, m.joined_at LIMIT 1) \
             ELSE f.community_id END AS shown_in \
             FROM found f CROSS JOIN asked WHERE f.place > asked.skip AND f.place <= asked.upto) p \
         JOIN search_entries e ON e.id = p.id \
         LEFT JOIN communities c ON c.id = p.shown_in \
         ORDER BY e.kind, p.place"
    };
}

/// The newest matches the reader may find, at most 500, are ranked within their kind (better
/// first, then newer) and numbered. The cap keeps a word found in tens of thousands of entries
/// about as cheap as a rarer one: such a word's results are the best of its newest 500
/// matches (see docs/benchmarks.md). `$candidates` selects them with their `score` (smaller is
/// better); it is materialised, so that the windows read only the few columns ranking needs,
/// and what a result shows is read for the page's rows only.
macro_rules! ranked {
    ($asked:literal, $candidates:expr) => {
        concat!(
            "WITH asked AS (",
            $asked,
            "), candidates AS MATERIALIZED (",
            $candidates,
            "), found AS (SELECT candidates.*, ROW_NUMBER() OVER (PARTITION BY kind \
             ORDER BY score, ranked_at DESC, id DESC) AS place FROM candidates) ",
            page_of_found!()
        )
    };
}

/// FTS5: the words table joined to its entries, read newest first: FTS5 walks its rowids
/// backwards and stops at the limit, as long as it is the outer loop (`asked` comes after it
/// and the words are handed over as a value), so bm25 is taken for the candidates only. bm25 is
/// smaller for better matches, and weighs a title above details above the text.
pub(super) const SQLITE: &str = ranked!(
    "SELECT $1 AS words, $2 AS kind, CAST($3 AS INTEGER) AS now, $4 AS reader, $5 AS community, \
     CAST($6 AS INTEGER) AS skip, CAST($7 AS INTEGER) AS upto",
    concat!(
        "SELECT e.id, e.kind, e.community_id, e.account_id, e.ranked_at, \
         bm25(search_text, 10.0, 4.0, 1.0) AS score \
         FROM search_text JOIN search_entries e ON e.id = search_text.rowid CROSS JOIN asked \
         WHERE search_text MATCH (SELECT words FROM asked) AND ",
        findable!(),
        " ORDER BY search_text.rowid DESC LIMIT 500"
    )
);

/// PostgreSQL: the generated `document` (title weighted A, details B, text C) against a prefix
/// query, through its GIN index; the newest 500 first, and only they ranked (`ts_rank` reads
/// the whole document; it is larger for better matches, so it is negated).
pub(super) const POSTGRES: &str = ranked!(
    "SELECT to_tsquery('simple', CAST($1 AS TEXT)) AS words, CAST($2 AS TEXT) AS kind, \
     CAST($3 AS BIGINT) AS now, CAST($4 AS TEXT) AS reader, CAST($5 AS TEXT) AS community, \
     CAST($6 AS BIGINT) AS skip, CAST($7 AS BIGINT) AS upto",
    concat!(
        "SELECT e.id, e.kind, e.community_id, e.account_id, e.ranked_at, \
         -ts_rank(e.document, asked.words) AS score \
         FROM (SELECT e.id FROM asked CROSS JOIN search_entries e WHERE e.document @@ asked.words AND ",
        findable!(),
        " ORDER BY e.id DESC LIMIT 500) newest \
         JOIN search_entries e ON e.id = newest.id CROSS JOIN asked"
    )
);

/// Every folded prefix must be found: `"bibliote"* "rower"*`. Folded words hold only letters
/// and digits, so quoting them is enough.
pub(super) fn fts5_words(query: &SearchQuery) -> String {
    query
        .prefixes
        .iter()
        .map(|prefix| format!("\"{prefix}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `'bibliote':* & 'rower':*`.
pub(super) fn tsquery_words(query: &SearchQuery) -> String {
    query
        .prefixes
        .iter()
        .map(|prefix| format!("'{prefix}':*"))
        .collect::<Vec<_>>()
        .join(" & ")
}
