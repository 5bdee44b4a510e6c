//! Bar charts drawn on the server: an inline SVG (no script, no inline style: every length is an
//! attribute in the SVG's own coordinates, scaled to the column by its `viewBox`) with a data
//! table beside it that holds the same figures. The markup is the `bar_chart` macro in
//! `templates/charts.html`; this module holds the figures and the geometry.
//!
//! Each bar has its label on a line above it and its figure in words just after its end, so a
//! chart reads the same printed in black and white; the colours are in `static/main.css`.

use domain::Locale;

use crate::i18n;

/// The SVG's own width; it is drawn at the column's width (down to a 375 px phone).
pub const WIDTH: f64 = 400.0;
/// The longest bar: the rest of the width is kept for the figure after it.
pub const BAR_MAX: f64 = 260.0;
/// One bar's row: its label line, then the bar.
const ROW: f64 = 48.0;
const LABEL_BASELINE: f64 = 17.0;
const BAR_TOP: f64 = 23.0;
pub const BAR_HEIGHT: f64 = 18.0;
/// Room left between a bar's end and its figure.
const GAP: f64 = 6.0;
// The figure after the longest bar starts inside the drawing.
const _: () = assert!(BAR_MAX + GAP < WIDTH);
/// Labels longer than this are shortened in the drawing (the table keeps them whole).
const LABEL_CHARS: usize = 44;

/// One horizontal bar chart, drawn on the server as SVG with a data table beside it.
#[derive(Clone, Debug)]
pub struct BarChart {
    /// Unique on the page, for aria ids (e.g. "q-<uuid>").
    pub id: String,
    /// The chart's title (shown as the figure caption and the `<title>`).
    pub title: String,
    /// The table's first column heading (e.g. "Answer", "Month").
    pub label_heading: String,
    /// The table's value column heading (e.g. "Responses", "Hours").
    pub value_heading: String,
    pub bars: Vec<Bar>,
}

/// One bar of a chart.
#[derive(Clone, Debug)]
pub struct Bar {
    pub label: String,
    /// Drawn length (negative or not-a-number values are drawn as zero).
    pub value: f64,
    /// The text shown at the bar end and in the table, e.g. "42 (35 %)".
    pub shown: String,
}

/// Where a bar is drawn, in the SVG's coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedBar {
    /// The label as drawn (shortened when long).
    pub label: String,
    pub shown: String,
    pub label_y: f64,
    pub bar_y: f64,
    /// The bar's lower edge (a zero value is drawn as a short upright line from `bar_y`).
    pub bar_bottom: f64,
    pub width: f64,
    pub value_x: f64,
    pub value_y: f64,
}

impl BarChart {
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        label_heading: impl Into<String>,
        value_heading: impl Into<String>,
        bars: Vec<Bar>,
    ) -> Self {
        Self {
            id: id.into(),
            title: title.into(),
            label_heading: label_heading.into(),
            value_heading: value_heading.into(),
            bars,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.bars.is_empty()
    }

    /// The SVG's height in its own coordinates.
    pub fn height(&self) -> f64 {
        ROW * self.bars.len() as f64
    }

    /// The `viewBox` of the SVG.
    pub fn view_box(&self) -> String {
        format!("0 0 {WIDTH} {}", self.height())
    }

    /// The id of the SVG's `<title>`.
    pub fn title_id(&self) -> String {
        format!("{}-title", self.id)
    }

    /// The id of the SVG's `<desc>`.
    pub fn desc_id(&self) -> String {
        format!("{}-desc", self.id)
    }

    /// The id of the table's caption.
    pub fn table_id(&self) -> String {
        format!("{}-table", self.id)
    }

    /// The largest value (zero when there is none above zero).
    fn largest(&self) -> f64 {
        self.bars
            .iter()
            .map(|bar| drawn(bar.value))
            .fold(0.0, f64::max)
    }

    /// Every bar with its place: the largest fills `BAR_MAX`, the others in proportion.
    pub fn placed(&self) -> Vec<PlacedBar> {
        let largest = self.largest();
        self.bars
            .iter()
            .enumerate()
            .map(|(index, bar)| {
                let top = ROW * index as f64;
                let width = if largest > 0.0 {
                    round(BAR_MAX * drawn(bar.value) / largest)
                } else {
                    0.0
                };
                PlacedBar {
                    label: shortened(&bar.label),
                    shown: bar.shown.clone(),
                    label_y: top + LABEL_BASELINE,
                    bar_y: top + BAR_TOP,
                    bar_bottom: top + BAR_TOP + BAR_HEIGHT,
                    width,
                    value_x: width + GAP,
                    value_y: top + BAR_TOP + BAR_HEIGHT / 2.0,
                }
            })
            .collect()
    }

    /// One sentence for the SVG's `<desc>`: the largest bar (the first of equals), or that all
    /// are zero.
    pub fn summary(&self, locale: impl std::borrow::Borrow<Locale>) -> String {
        let locale = *locale.borrow();
        let largest = self.largest();
        match self.bars.iter().find(|bar| drawn(bar.value) == largest) {
            Some(bar) if largest > 0.0 => i18n::t_text(
                locale,
                "chart-summary-largest",
                &[("label", bar.label.as_str()), ("shown", bar.shown.as_str())],
            ),
            _ => i18n::t(locale, "chart-summary-all-zero"),
        }
    }
}

impl Bar {
    pub fn new(label: impl Into<String>, value: f64, shown: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            value,
            shown: shown.into(),
        }
    }
}

/// A value as it is drawn: never negative, never not-a-number.
fn drawn(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}

/// To a tenth of a unit: short attributes, no visible difference.
fn round(length: f64) -> f64 {
    (length * 10.0).round() / 10.0
}

fn shortened(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_owned()
    } else {
        let kept: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", kept.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(values: &[f64]) -> BarChart {
        let bars = values
            .iter()
            .enumerate()
            .map(|(index, value)| Bar::new(format!("bar {index}"), *value, value.to_string()))
            .collect();
        BarChart::new("c", "Chart", "Label", "Value", bars)
    }

    #[test]
    fn the_longest_bar_fills_the_width_and_the_others_follow() {
        let placed = chart(&[10.0, 40.0, 20.0]).placed();
        let widths: Vec<f64> = placed.iter().map(|bar| bar.width).collect();
        assert_eq!(widths, [65.0, BAR_MAX, 130.0]);
        assert_eq!(placed[1].value_x, BAR_MAX + GAP);
    }

    #[test]
    fn rows_stack_down_the_drawing() {
        let chart = chart(&[1.0, 2.0]);
        let placed = chart.placed();
        assert_eq!(placed[0].bar_y, BAR_TOP);
        assert_eq!(placed[1].bar_y, ROW + BAR_TOP);
        assert!(placed[1].bar_y + BAR_HEIGHT <= chart.height());
        assert_eq!(chart.view_box(), format!("0 0 400 {}", 2.0 * ROW));
    }

    #[test]
    fn a_zero_or_odd_value_draws_no_bar() {
        let placed = chart(&[0.0, 5.0, -3.0, f64::NAN]).placed();
        let widths: Vec<f64> = placed.iter().map(|bar| bar.width).collect();
        assert_eq!(widths, [0.0, BAR_MAX, 0.0, 0.0]);
        assert_eq!(placed[0].value_x, GAP);
    }

    #[test]
    fn an_all_zero_chart_draws_no_bars_and_says_so() {
        let chart = chart(&[0.0, 0.0]);
        assert!(chart.placed().iter().all(|bar| bar.width == 0.0));
        assert!(!chart.is_empty());
        assert_eq!(
            chart.summary(Locale::En),
            i18n::t(Locale::En, "chart-summary-all-zero")
        );
    }

    #[test]
    fn the_summary_names_the_largest_bar() {
        let summary = chart(&[3.0, 9.0, 9.0]).summary(Locale::En);
        assert!(summary.contains("bar 1"), "{summary}");
        assert!(summary.contains('9'), "{summary}");
    }

    #[test]
    fn an_empty_chart_has_no_height() {
        let chart = chart(&[]);
        assert!(chart.is_empty());
        assert!(chart.placed().is_empty());
        assert_eq!(chart.height(), 0.0);
    }

    #[test]
    fn long_labels_are_shortened_in_the_drawing_only() {
        let long = "a".repeat(60);
        let chart = BarChart::new("c", "t", "l", "v", vec![Bar::new(&long, 1.0, "1")]);
        let placed = chart.placed();
        assert_eq!(placed[0].label.chars().count(), LABEL_CHARS);
        assert!(placed[0].label.ends_with('…'));
        assert_eq!(chart.bars[0].label, long);
    }

    #[derive(askama::Template)]
    #[template(
        source = "{% import \"charts.html\" as charts %}{% call charts::bar_chart(chart) %}{% endcall %}",
        ext = "html"
    )]
    struct Shown {
        page: crate::page::PageContext,
        chart: BarChart,
    }

    fn shown(chart: BarChart) -> String {
        use askama::Template as _;
        let page = crate::page::PageContext {
            locale: Locale::En,
            account: None,
            session_id: None,
            csrf_token: String::new(),
            path: "/".to_owned(),
            query: String::new(),
            display: crate::page::Display::default(),
            memberships: Vec::new(),
            unread: 0,
            theme: None,
            helper: None,
        };
        Shown { page, chart }.render().unwrap_or_default()
    }

    #[test]
    fn a_chart_is_an_svg_and_a_table_with_escaped_words() {
        let html = shown(BarChart::new(
            "q-1",
            "Hours <b>",
            "Month",
            "Hours",
            vec![
                Bar::new("<script>", 3.0, "3 h"),
                Bar::new("May", 0.0, "0 h"),
            ],
        ));
        assert!(
            html.contains(r#"role="img" aria-labelledby="q-1-title""#),
            "{html}"
        );
        assert!(html.contains(r#"viewBox="0 0 400 96""#), "{html}");
        assert!(
            html.contains("<th scope=\"row\">&#60;script&#62;</th>"),
            "{html}"
        );
        assert!(
            !html.contains("<script>") && !html.contains("<b>"),
            "{html}"
        );
        assert!(html.contains("<caption"), "{html}");
    }

    #[test]
    fn an_empty_chart_is_a_sentence() {
        let html = shown(chart(&[]));
        assert!(!html.contains("<svg"), "{html}");
        assert!(html.contains(&i18n::t(Locale::En, "chart-empty")), "{html}");
    }
}
