//! Temporal expressions: find them and resolve them against the publication date.

mod calendar;

use serde::{Deserialize, Serialize};

pub use calendar::{days_in_month, is_leap_year, Date, Weekday};

use crate::segment::Segmentation;
use crate::span::Span;

/// The TIMEX3 type of a temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimexType {
    /// A calendar date or period: "Sunday", "February 2022", "last year".
    Date,
    /// A time of day: "5 p.m.", "Sunday morning".
    Time,
    /// A length of time: "three weeks".
    Duration,
    /// A recurrence: "every Monday".
    Set,
}

/// A TIMEX3 modifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimexMod {
    /// "early 2022".
    Early,
    /// "mid-2023".
    Mid,
    /// "late last year".
    Late,
    /// "about two weeks".
    Approx,
    /// "before 2020".
    Before,
    /// "after June".
    After,
}

/// A temporal expression and its resolved value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// Where it is in the text.
    pub span: Span,
    /// Its TIMEX3 type.
    pub kind: TimexType,
    /// Its TIMEX3 value: `2025-02-09`, `2025-02`, `2024-Q4`, `P3D`, `PAST_REF`, `XXXX-06-14`.
    pub value: String,
    /// Its modifier, if any.
    pub modifier: Option<TimexMod>,
}

/// Finds temporal expressions. Build it once and reuse it.
#[derive(Clone, Debug, Default)]
pub struct DateFinder {}

impl DateFinder {
    /// A finder with its patterns compiled.
    pub fn new() -> DateFinder {
        DateFinder {}
    }

    /// Every temporal expression in `text`, in text order, resolved against `publication`.
    pub fn find(&self, _text: &str, _seg: &Segmentation, _publication: Option<Date>) -> Vec<Timex> {
        Vec::new()
    }
}
