//! Resolution: from what an expression says ("Sunday", "last year", "June 14") to its TIMEX3
//! value, given the publication date, the time last spoken of, and the tense of the clause.
//!
//! Two anchors, as in TimeML: deictic expressions ("yesterday", "last week", "two weeks ago")
//! count from the publication date; anaphoric ones ("the following week", "the same day",
//! "three days later") count from the time the text last spoke of.

use std::fmt::{self, Write};

use super::calendar::{add_months, days_in_month, quarter_of, Date, Weekday};
use super::words::Unit;
use super::TimexType;

/// Which way a date written without its year (or week) lies from the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lean {
    /// As the clause's tense says.
    Tense,
    /// The latest one on or before the publication date.
    Past,
    /// The first one on or after the publication date.
    Future,
    /// The latest one strictly before ("last Friday", "last June").
    StrictPast,
    /// The first one strictly after ("next Tuesday").
    StrictFuture,
    /// The nearest one either way ("this Tuesday").
    Near,
}

/// The tense of the clause around an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// Where a relative expression counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// The publication date: "last year", "yesterday".
    Publication,
    /// The time last spoken of: "the following week", "the same day".
    Reference,
}

/// A year as written or as it must be worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Year {
    Known(i32),
    /// Counted in years from an anchor: "last year" is -1 from the publication.
    Counted(i64, Anchor),
    /// Not written: found by the lean.
    Infer(Lean),
}

/// A time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Clock {
    /// Hours and minutes, and whether the zone is UTC.
    At(u8, u8, bool),
    /// A part of the day: MO, AF, EV, NI.
    Part(&'static str),
}

/// What an expression says, before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Expr {
    /// A calendar date, month or year; a day comes only with a month.
    Cal {
        year: Year,
        month: Option<u8>,
        day: Option<u8>,
    },
    Weekday(Weekday, Lean),
    /// A weekend found like a weekday: "the weekend" is the latest one in news.
    Weekend(Lean),
    /// The n-th week of a month (-1: the last one), as an ISO week: the week that holds the
    /// month's 4th day for the first, its last day but three for the last, so that most of the
    /// week lies in the month.
    WeekOf(Box<Expr>, i8),
    /// SP, SU, FA, WI.
    Season(Year, &'static str),
    Quarter(Year, u8),
    Half(Year, u8),
    /// A decade by its first three digits: 199 for the 1990s.
    Decade(i32),
    /// A century by its first two digits: 19 for the 1900s.
    Century(i32),
    Fiscal(Year),
    /// The unit `n` units from an anchor: "last week" is (Week, -1, Publication).
    Unit(Unit, i64, Anchor),
    /// The point `n` units from an anchor, at the anchor's day: "two weeks ago".
    Shift(Unit, i64, Anchor),
    /// A time of day on a day.
    Time(Box<Expr>, Clock),
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    Duration(String),
    Set(String),
}

/// A resolved stretch of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Point {
    Day(Date),
    Month(i32, u8),
    Year(i32),
    Week(i32, u8),
    Weekend(i32, u8),
    Quarter(i32, u8),
    Half(i32, u8),
    Season(i32, &'static str),
    Decade(i32),
    Century(i32),
    Fiscal(i32),
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Point::Day(d) => write!(f, "{d}"),
            Point::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Point::Year(y) => write!(f, "{y:04}"),
            Point::Week(y, w) => write!(f, "{y:04}-W{w:02}"),
            Point::Weekend(y, w) => write!(f, "{y:04}-W{w:02}-WE"),
            Point::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Point::Half(y, h) => write!(f, "{y:04}-H{h}"),
            Point::Season(y, s) => write!(f, "{y:04}-{s}"),
            Point::Decade(d) => write!(f, "{d:03}"),
            Point::Century(c) => write!(f, "{c:02}"),
            Point::Fiscal(y) => write!(f, "FY{y:04}"),
        }
    }
}

/// What resolution knows besides the expression.
///
/// The time last spoken of is kept per granularity, as an anaphor picks the latest time fine
/// enough for it: in "said on Tuesday that sales rose in February, ... in morning trading", the
/// morning is Tuesday's although February came later.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Context {
    /// The publication date, if known.
    pub(crate) publication: Option<Date>,
    /// The last day spoken of.
    pub(crate) day: Option<Date>,
    /// The last month spoken of.
    pub(crate) month: Option<(i32, u8)>,
    /// The last year spoken of.
    pub(crate) year: Option<i32>,
}

impl Context {
    /// A context whose reference times all start at the publication date.
    pub(crate) fn new(publication: Option<Date>) -> Context {
        Context {
            publication,
            day: publication,
            month: publication.map(|d| (d.year(), d.month())),
            year: publication.map(Date::year),
        }
    }

    /// Makes `p` the time last spoken of, at its granularity.
    pub(crate) fn refer_to(&mut self, p: Point) {
        match p {
            Point::Day(d) => {
                self.day = Some(d);
                self.month = Some((d.year(), d.month()));
                self.year = Some(d.year());
            }
            Point::Month(y, m) => {
                self.month = Some((y, m));
                self.year = Some(y);
            }
            // A quarter stands for its first month, so that "the quarter" finds it again.
            Point::Quarter(y, q) => {
                self.month = Some((y, q * 3 - 2));
                self.year = Some(y);
            }
            Point::Year(y)
            | Point::Week(y, _)
            | Point::Weekend(y, _)
            | Point::Half(y, _)
            | Point::Season(y, _)
            | Point::Fiscal(y) => self.year = Some(y),
            Point::Decade(_) | Point::Century(_) => {}
        }
    }
}

/// A resolved expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) kind: TimexType,
    pub(crate) value: String,
    /// The calendar point, when there is one; it becomes the next reference time.
    pub(crate) point: Option<Point>,
}

/// Resolves `expr` in `ctx`, with the clause's `tense`.
pub(crate) fn resolve(expr: &Expr, tense: Tense, ctx: &Context) -> Resolved {
    match expr {
        Expr::Ref(v) => Resolved {
            kind: TimexType::Date,
            value: (*v).to_string(),
            point: None,
        },
        Expr::Duration(v) => Resolved {
            kind: TimexType::Duration,
            value: v.clone(),
            point: None,
        },
        Expr::Set(v) => Resolved {
            kind: TimexType::Set,
            value: v.clone(),
            point: None,
        },
        Expr::Time(day, clock) => {
            let day = resolve(day, tense, ctx);
            let mut value = match day.point {
                Some(Point::Day(d)) => d.to_string(),
                _ => "XXXX-XX-XX".to_string(),
            };
            match *clock {
                Clock::At(h, m, utc) => {
                    let _ = write!(value, "T{h:02}:{m:02}{}", if utc { "Z" } else { "" });
                }
                Clock::Part(p) => {
                    let _ = write!(value, "T{p}");
                }
            }
            Resolved {
                kind: TimexType::Time,
                value,
                point: day.point,
            }
        }
        _ => {
            let point = point(expr, tense, ctx);
            Resolved {
                kind: TimexType::Date,
                value: point.map_or_else(|| unknown_value(expr), |p| p.to_string()),
                point,
            }
        }
    }
}

/// The value of an expression whose anchor is unknown: the unknown digits are `X`.
fn unknown_value(expr: &Expr) -> String {
    match *expr {
        Expr::Cal {
            year: Year::Known(y),
            ..
        } => format!("{y:04}"),
        Expr::Cal {
            month: Some(m),
            day: Some(d),
            ..
        } => format!("XXXX-{m:02}-{d:02}"),
        Expr::Cal { month: Some(m), .. } => format!("XXXX-{m:02}"),
        Expr::Weekday(w, _) => format!("XXXX-WXX-{}", w.index() + 1),
        Expr::Weekend(_) => "XXXX-WXX-WE".to_string(),
        Expr::WeekOf(..) => "XXXX-WXX".to_string(),
        Expr::Season(_, s) => format!("XXXX-{s}"),
        Expr::Quarter(_, q) => format!("XXXX-Q{q}"),
        Expr::Half(_, h) => format!("XXXX-H{h}"),
        Expr::Fiscal(_) => "FYXXXX".to_string(),
        Expr::Unit(u, ..) | Expr::Shift(u, ..) => match u {
            Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => "XXXX-XX-XX",
            Unit::Week | Unit::Fortnight => "XXXX-WXX",
            Unit::Weekend => "XXXX-WXX-WE",
            Unit::Month => "XXXX-XX",
            Unit::Quarter => "XXXX-QX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
            Unit::Year | Unit::FiscalYear => "XXXX",
        }
        .to_string(),
        _ => "XXXX-XX-XX".to_string(),
    }
}

/// The lean a `Lean::Tense` takes: weekdays alone default to the past, as news reports what
/// happened; months and days of the month go to the nearest one unless a tense is clear.
fn lean_of(lean: Lean, tense: Tense, weekday: bool) -> Lean {
    match (lean, tense) {
        (Lean::Tense, Tense::Future) => Lean::Future,
        (Lean::Tense, Tense::Past) => Lean::Past,
        (Lean::Tense, _) if weekday => Lean::Past,
        (Lean::Tense, _) => Lean::Near,
        (l, _) => l,
    }
}

/// Picks among periodic candidates `at(k)`, k = ..., -1, 0, 1, ..., each with a key that
/// grows with k (days or months since an epoch), the one the lean asks for relative to `now`.
/// `at(0)` must lie within one period of `now`.
fn pick<T: Copy>(lean: Lean, now: i64, at: impl Fn(i64) -> Option<(T, i64)>) -> Option<T> {
    // k0: the last candidate at or before now.
    let mut k0 = 0;
    let mut before = at(0)?;
    while before.1 > now && k0 > -3 {
        k0 -= 1;
        before = at(k0)?;
    }
    loop {
        match at(k0 + 1) {
            Some(next) if next.1 <= now && k0 < 3 => {
                k0 += 1;
                before = next;
            }
            _ => break,
        }
    }
    let on_now = before.1 == now;
    let next = || at(k0 + 1);
    Some(match lean {
        Lean::Past | Lean::Tense => before.0,
        Lean::StrictPast if on_now => at(k0 - 1)?.0,
        Lean::StrictPast => before.0,
        Lean::Future if on_now => before.0,
        Lean::Future | Lean::StrictFuture => next()?.0,
        Lean::Near => {
            if on_now {
                return Some(before.0);
            }
            let after = next()?;
            if now - before.1 <= after.1 - now {
                before.0
            } else {
                after.0
            }
        }
    })
}

/// Index of the month for comparisons.
fn month_index(y: i32, m: u8) -> i64 {
    i64::from(y) * 12 + i64::from(m)
}

fn year_of(year: Year, ctx: &Context) -> Option<Result<i32, Lean>> {
    match year {
        Year::Known(y) => Some(Ok(y)),
        Year::Counted(n, from) => {
            let base = anchor_year(from, ctx)?;
            Some(Ok(i32::try_from(i64::from(base) + n).ok()?))
        }
        Year::Infer(lean) => Some(Err(lean)),
    }
}

fn anchor_year(from: Anchor, ctx: &Context) -> Option<i32> {
    match from {
        Anchor::Reference => ctx.year.or(ctx.publication.map(Date::year)),
        Anchor::Publication => ctx.publication.map(Date::year),
    }
}

/// The calendar point of a date expression, or `None` when it needs an anchor that is missing.
fn point(expr: &Expr, tense: Tense, ctx: &Context) -> Option<Point> {
    let today = ctx.publication;
    match *expr {
        Expr::Cal { year, month, day } => match (year_of(year, ctx)?, month, day) {
            (Ok(y), Some(m), Some(d)) => Date::new(y, m, d).map(Point::Day),
            (Ok(y), Some(m), None) => Some(Point::Month(y, m)),
            (Ok(y), None, _) => Some(Point::Year(y)),
            (Err(lean), Some(m), Some(d)) => {
                let t = today?;
                let now = t.to_days();
                let lean = lean_of(lean, tense, false);
                pick(lean, now, |k| {
                    // Steps over years where the day does not exist (29 February).
                    (0..8).find_map(|extra: i64| {
                        let k = if k < 0 { k - extra } else { k + extra };
                        let y = i32::try_from(i64::from(t.year()) + k).ok()?;
                        let d = Date::new(y, m, d)?;
                        Some((Point::Day(d), d.to_days()))
                    })
                })
            }
            (Err(lean), Some(m), None) => {
                let t = today?;
                let now = month_index(t.year(), t.month());
                pick(lean_of(lean, tense, false), now, |k| {
                    let y = i32::try_from(i64::from(t.year()) + k).ok()?;
                    Some((Point::Month(y, m), month_index(y, m)))
                })
            }
            (Err(_), None, _) => None,
        },
        Expr::Weekday(w, lean) => {
            let t = today?;
            let now = t.to_days();
            let diff = i64::from(w.index()) - i64::from(t.weekday().index());
            pick(lean_of(lean, tense, true), now, |k| {
                let d = t.add_days(diff + 7 * k)?;
                Some((Point::Day(d), d.to_days()))
            })
        }
        Expr::Weekend(lean) => {
            let t = today?;
            let now = t.to_days();
            // Saturday of the publication's week; a weekend counts as "now" on both its days.
            let saturday = now - i64::from(t.weekday().index()) + 5;
            pick(lean_of(lean, tense, true), now, |k| {
                let sat = saturday + 7 * k;
                let key = if (sat..=sat + 1).contains(&now) {
                    now
                } else if sat > now {
                    sat
                } else {
                    sat + 1
                };
                let (y, w) = Date::from_days(sat)?.iso_week();
                Some((Point::Weekend(y, w), key))
            })
        }
        Expr::WeekOf(ref month, n) => {
            let Some(Point::Month(y, m)) = point(month, tense, ctx) else {
                return None;
            };
            let day = if n < 0 {
                Date::new(y, m, days_in_month(y, m))?.add_days(-3)?
            } else {
                Date::new(y, m, 4)?.add_days(7 * (i64::from(n) - 1))?
            };
            let (wy, w) = day.iso_week();
            Some(Point::Week(wy, w))
        }
        Expr::Season(year, s) => {
            let start = match s {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                _ => 12,
            };
            match year_of(year, ctx)? {
                Ok(y) => Some(Point::Season(y, s)),
                Err(lean) => {
                    let t = today?;
                    // A season counts as "now" from its first month to its last.
                    let now = month_index(t.year(), t.month());
                    pick(lean_of(lean, tense, false), now, |k| {
                        let y = i32::try_from(i64::from(t.year()) + k).ok()?;
                        let first = month_index(y, start);
                        let key = if (first..first + 3).contains(&now) {
                            now
                        } else {
                            first + if first > now { 0 } else { 2 }
                        };
                        Some((Point::Season(y, s), key))
                    })
                }
            }
        }
        Expr::Quarter(year, q) => part_of_year(year, q, 4, tense, ctx, Point::Quarter),
        Expr::Half(year, h) => part_of_year(year, h, 2, tense, ctx, Point::Half),
        Expr::Decade(d) => Some(Point::Decade(d)),
        Expr::Century(c) => Some(Point::Century(c)),
        Expr::Fiscal(year) => match year_of(year, ctx)? {
            Ok(y) => Some(Point::Fiscal(y)),
            Err(_) => today.map(|t| Point::Fiscal(t.year())),
        },
        Expr::Unit(unit, n, from) => unit_point(unit, n, anchor_day(from, unit, ctx)?),
        Expr::Shift(unit, n, from) => {
            let base = anchor_day(from, unit, ctx)?;
            shifted(unit, n, base)
        }
        Expr::Time(..) | Expr::Ref(_) | Expr::Duration(_) | Expr::Set(_) => None,
    }
}

/// Quarters and halves: `part` of `parts` in a year.
fn part_of_year(
    year: Year,
    part: u8,
    parts: u8,
    tense: Tense,
    ctx: &Context,
    make: fn(i32, u8) -> Point,
) -> Option<Point> {
    match year_of(year, ctx)? {
        Ok(y) => Some(make(y, part)),
        Err(lean) => {
            let t = ctx.publication?;
            let size = 12 / parts;
            let current = (t.month() - 1) / size + 1;
            let now = i64::from(t.year()) * i64::from(parts) + i64::from(current);
            pick(lean_of(lean, tense, false), now, |k| {
                let y = i32::try_from(i64::from(t.year()) + k).ok()?;
                Some((
                    make(y, part),
                    i64::from(y) * i64::from(parts) + i64::from(part),
                ))
            })
        }
    }
}

/// The day a relative expression counts from: the publication date, or the last time spoken
/// of that is fine enough for the unit (else the publication date).
fn anchor_day(from: Anchor, unit: Unit, ctx: &Context) -> Option<Date> {
    if from == Anchor::Publication {
        return ctx.publication;
    }
    let fine_enough = match unit {
        Unit::Month | Unit::Quarter => ctx.month.and_then(|(y, m)| Date::new(y, m, 1)),
        Unit::Year | Unit::FiscalYear | Unit::Decade | Unit::Century => {
            ctx.year.and_then(|y| Date::new(y, 1, 1))
        }
        _ => ctx.day,
    };
    fine_enough.or(ctx.publication)
}

fn unit_point(unit: Unit, n: i64, base: Date) -> Option<Point> {
    Some(match unit {
        Unit::Day => Point::Day(base.add_days(n)?),
        Unit::Week | Unit::Fortnight => {
            let (y, w) = base.add_days(7 * n)?.iso_week();
            Point::Week(y, w)
        }
        Unit::Weekend => {
            let (y, w) = base.add_days(7 * n)?.iso_week();
            Point::Weekend(y, w)
        }
        Unit::Month => {
            let (y, m) = add_months(base.year(), base.month(), n)?;
            Point::Month(y, m)
        }
        Unit::Quarter => {
            let (y, m) = add_months(base.year(), base.month(), 3 * n)?;
            Point::Quarter(y, quarter_of(m))
        }
        Unit::Year => Point::Year(i32::try_from(i64::from(base.year()) + n).ok()?),
        Unit::FiscalYear => Point::Fiscal(i32::try_from(i64::from(base.year()) + n).ok()?),
        Unit::Decade => Point::Decade(i32::try_from(i64::from(base.year() / 10) + n).ok()?),
        Unit::Century => Point::Century(i32::try_from(i64::from(base.year() / 100) + n).ok()?),
        Unit::Hour | Unit::Minute | Unit::Second => Point::Day(base),
    })
}

/// The point `n` units from `base`, as fine as the unit: "two weeks ago" is a day, "a year
/// ago" a year.
fn shifted(unit: Unit, n: i64, base: Date) -> Option<Point> {
    let months = |k: i64| add_months(base.year(), base.month(), k);
    Some(match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => Point::Day(base.add_days(n)?),
        Unit::Week => Point::Day(base.add_days(7 * n)?),
        Unit::Fortnight => Point::Day(base.add_days(14 * n)?),
        Unit::Weekend => {
            let (y, w) = base.add_days(7 * n)?.iso_week();
            Point::Weekend(y, w)
        }
        Unit::Month => {
            let (y, m) = months(n)?;
            Point::Month(y, m)
        }
        Unit::Quarter => {
            let (y, m) = months(3 * n)?;
            Point::Quarter(y, quarter_of(m))
        }
        Unit::Year | Unit::FiscalYear => {
            Point::Year(i32::try_from(i64::from(base.year()) + n).ok()?)
        }
        Unit::Decade => Point::Year(i32::try_from(i64::from(base.year()) + 10 * n).ok()?),
        Unit::Century => Point::Year(i32::try_from(i64::from(base.year()) + 100 * n).ok()?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn ctx(publication: &str) -> Context {
        Context::new(Some(d(publication)))
    }

    fn cal(month: u8, day: Option<u8>, lean: Lean) -> Expr {
        Expr::Cal {
            year: Year::Infer(lean),
            month: Some(month),
            day,
        }
    }

    #[test]
    fn days_of_the_month_without_a_year() {
        use super::Tense as T;
        use Lean::*;
        let cases = [
            // (publication, month, day, lean, tense, expected)
            ("2025-02-10", 6, 14, Tense, T::Past, "2024-06-14"),
            ("2025-02-10", 1, 20, Tense, T::Past, "2025-01-20"),
            ("2025-02-10", 2, 10, Tense, T::Past, "2025-02-10"),
            ("2025-02-10", 2, 10, Tense, T::Future, "2025-02-10"),
            ("2025-02-10", 2, 9, Tense, T::Future, "2026-02-09"),
            ("2025-02-10", 3, 1, Tense, T::Future, "2025-03-01"),
            // Unknown tense: the nearer one.
            ("2025-02-10", 3, 1, Tense, T::Unknown, "2025-03-01"),
            ("2025-02-10", 12, 20, Tense, T::Present, "2024-12-20"),
            ("2025-12-28", 1, 3, Tense, T::Unknown, "2026-01-03"),
            ("2025-01-03", 12, 28, Tense, T::Unknown, "2024-12-28"),
            // 29 February goes to the nearest leap year in the lean's direction.
            ("2025-02-10", 2, 29, Past, T::Unknown, "2024-02-29"),
            ("2025-02-10", 2, 29, Future, T::Unknown, "2028-02-29"),
            ("2025-02-10", 2, 10, StrictPast, T::Unknown, "2024-02-10"),
            ("2025-02-10", 2, 10, StrictFuture, T::Unknown, "2026-02-10"),
        ];
        for (pubd, m, day, lean, tense, want) in cases {
            let got = resolve(&cal(m, Some(day), lean), tense, &ctx(pubd)).value;
            assert_eq!(got, want, "{pubd} {m}-{day} {lean:?} {tense:?}");
        }
    }

    #[test]
    fn months_without_a_year() {
        use super::Tense as T;
        use Lean::*;
        let cases = [
            ("2025-02-10", 11, Tense, T::Past, "2024-11"),
            ("2025-02-10", 2, Tense, T::Future, "2025-02"),
            ("2025-02-10", 3, Tense, T::Future, "2025-03"),
            ("2025-02-10", 2, Tense, T::Past, "2025-02"),
            ("2025-02-10", 1, Tense, T::Future, "2026-01"),
            ("2025-02-10", 6, Tense, T::Unknown, "2025-06"),
            ("2025-02-10", 9, Tense, T::Unknown, "2024-09"),
            // Six months either way: the past, as news mostly reports it.
            ("2025-02-10", 8, Tense, T::Unknown, "2024-08"),
            ("2025-02-10", 2, StrictPast, T::Unknown, "2024-02"),
            ("2025-02-10", 2, StrictFuture, T::Unknown, "2026-02"),
            ("2025-02-10", 2, Near, T::Past, "2025-02"),
        ];
        for (pubd, m, lean, tense, want) in cases {
            let got = resolve(&cal(m, None, lean), tense, &ctx(pubd)).value;
            assert_eq!(got, want, "{pubd} {m} {lean:?} {tense:?}");
        }
    }

    #[test]
    fn weekdays() {
        use super::Tense as T;
        use Lean::*;
        use Weekday::*;
        // 2025-02-10 is a Monday.
        let cases = [
            (Sunday, Tense, T::Past, "2025-02-09"),
            (Sunday, Tense, T::Unknown, "2025-02-09"),
            (Sunday, Tense, T::Present, "2025-02-09"),
            (Thursday, Tense, T::Past, "2025-02-06"),
            (Friday, Tense, T::Past, "2025-02-07"),
            (Monday, Tense, T::Past, "2025-02-10"),
            (Monday, Tense, T::Future, "2025-02-10"),
            (Tuesday, Tense, T::Future, "2025-02-11"),
            (Sunday, Tense, T::Future, "2025-02-16"),
            (Friday, StrictPast, T::Future, "2025-02-07"),
            (Monday, StrictPast, T::Unknown, "2025-02-03"),
            (Monday, StrictFuture, T::Past, "2025-02-17"),
            (Tuesday, StrictFuture, T::Past, "2025-02-11"),
            (Tuesday, Near, T::Past, "2025-02-11"),
            (Saturday, Near, T::Future, "2025-02-08"),
        ];
        for (w, lean, tense, want) in cases {
            let got = resolve(&Expr::Weekday(w, lean), tense, &ctx("2025-02-10")).value;
            assert_eq!(got, want, "{w:?} {lean:?} {tense:?}");
        }
    }

    #[test]
    fn weekends() {
        use super::Tense as T;
        use Lean::*;
        let cases = [
            // 2010-01-25 is a Monday of ISO week 4: the weekend just past is in week 3.
            ("2010-01-25", Tense, T::Past, "2010-W03-WE"),
            ("2010-01-25", Tense, T::Unknown, "2010-W03-WE"),
            ("2010-01-25", Tense, T::Future, "2010-W04-WE"),
            ("2025-02-08", Tense, T::Past, "2025-W06-WE"),
            ("2025-02-09", Tense, T::Future, "2025-W06-WE"),
            ("2025-02-09", StrictPast, T::Unknown, "2025-W05-WE"),
            ("2025-02-09", StrictFuture, T::Unknown, "2025-W07-WE"),
            ("2025-02-10", StrictPast, T::Unknown, "2025-W06-WE"),
            // Across a year boundary: Saturday 2021-01-02 is in ISO week 53 of 2020.
            ("2021-01-04", Tense, T::Past, "2020-W53-WE"),
        ];
        for (pubd, lean, tense, want) in cases {
            let got = resolve(&Expr::Weekend(lean), tense, &ctx(pubd)).value;
            assert_eq!(got, want, "{pubd} {lean:?} {tense:?}");
        }
    }

    #[test]
    fn units_from_the_publication_and_the_reference() {
        use Anchor::*;
        let mut after_friday = ctx("2025-02-10");
        after_friday.refer_to(Point::Day(d("2025-02-07")));
        after_friday.refer_to(Point::Month(2024, 11));
        let mut after_2009 = ctx("2010-01-28");
        after_2009.refer_to(Point::Year(2009));
        let cases = [
            (
                Expr::Unit(Unit::Year, -1, Publication),
                ctx("2025-02-10"),
                "2024",
            ),
            (
                Expr::Unit(Unit::Month, 0, Publication),
                ctx("2025-02-10"),
                "2025-02",
            ),
            (
                Expr::Unit(Unit::Month, -1, Publication),
                ctx("2025-01-15"),
                "2024-12",
            ),
            (
                Expr::Unit(Unit::Week, 0, Publication),
                ctx("2025-02-10"),
                "2025-W07",
            ),
            (
                Expr::Unit(Unit::Week, -1, Publication),
                ctx("2025-01-02"),
                "2024-W52",
            ),
            (
                Expr::Unit(Unit::Week, 1, Publication),
                ctx("2024-12-26"),
                "2025-W01",
            ),
            (
                Expr::Unit(Unit::Day, -1, Publication),
                ctx("2025-03-01"),
                "2025-02-28",
            ),
            (
                Expr::Unit(Unit::Day, 1, Publication),
                ctx("2024-12-31"),
                "2025-01-01",
            ),
            (
                Expr::Unit(Unit::Quarter, -1, Publication),
                ctx("2007-01-18"),
                "2006-Q4",
            ),
            (
                Expr::Unit(Unit::Quarter, 0, Publication),
                ctx("2025-02-10"),
                "2025-Q1",
            ),
            (
                Expr::Unit(Unit::Decade, -1, Publication),
                ctx("2025-02-10"),
                "201",
            ),
            (
                Expr::Unit(Unit::Week, 1, Reference),
                after_friday,
                "2025-W07",
            ),
            (
                Expr::Unit(Unit::Week, 1, Publication),
                after_friday,
                "2025-W08",
            ),
            (
                Expr::Unit(Unit::Day, 0, Reference),
                after_friday,
                "2025-02-07",
            ),
            (Expr::Unit(Unit::Year, -1, Reference), after_2009, "2008"),
            // A reference too coarse for the unit: the last day spoken of is still the
            // publication date.
            (
                Expr::Unit(Unit::Day, 1, Reference),
                after_2009,
                "2010-01-29",
            ),
            (
                Expr::Unit(Unit::Month, 1, Reference),
                after_friday,
                "2024-12",
            ),
            (
                Expr::Shift(Unit::Week, -2, Publication),
                ctx("2025-02-10"),
                "2025-01-27",
            ),
            (
                Expr::Shift(Unit::Week, -1, Publication),
                ctx("2011-03-18"),
                "2011-03-11",
            ),
            (
                Expr::Shift(Unit::Year, -20, Publication),
                ctx("2007-10-20"),
                "1987",
            ),
            (
                Expr::Shift(Unit::Month, -3, Publication),
                ctx("2025-02-10"),
                "2024-11",
            ),
            (
                Expr::Shift(Unit::Day, 3, Reference),
                after_friday,
                "2025-02-10",
            ),
        ];
        for (expr, c, want) in cases {
            assert_eq!(resolve(&expr, Tense::Unknown, &c).value, want, "{expr:?}");
        }
    }

    #[test]
    fn quarters_seasons_and_times() {
        use super::Tense as T;
        use Lean::*;
        let cases = [
            (
                Expr::Quarter(Year::Infer(Tense), 4),
                "2007-03-13",
                T::Past,
                "2006-Q4",
            ),
            (
                Expr::Quarter(Year::Infer(Tense), 4),
                "2006-08-19",
                T::Future,
                "2006-Q4",
            ),
            (
                Expr::Quarter(Year::Infer(Tense), 3),
                "2009-11-03",
                T::Present,
                "2009-Q3",
            ),
            (
                Expr::Quarter(Year::Infer(Tense), 1),
                "2009-02-03",
                T::Past,
                "2009-Q1",
            ),
            (
                Expr::Quarter(Year::Known(2005), 4),
                "2006-01-27",
                T::Past,
                "2005-Q4",
            ),
            (
                Expr::Half(Year::Infer(Tense), 2),
                "2025-02-10",
                T::Future,
                "2025-H2",
            ),
            (
                Expr::Season(Year::Infer(Tense), "FA"),
                "2008-10-13",
                T::Past,
                "2008-FA",
            ),
            (
                Expr::Season(Year::Infer(Tense), "SP"),
                "2009-04-01",
                T::Present,
                "2009-SP",
            ),
            (
                Expr::Season(Year::Infer(Tense), "SU"),
                "2025-02-10",
                T::Past,
                "2024-SU",
            ),
            (
                Expr::Season(Year::Infer(Tense), "SU"),
                "2025-02-10",
                T::Future,
                "2025-SU",
            ),
            (
                Expr::Season(Year::Infer(StrictPast), "WI"),
                "2025-02-10",
                T::Unknown,
                "2023-WI",
            ),
            (Expr::Decade(199), "2025-02-10", T::Past, "199"),
            (Expr::Century(20), "2025-02-10", T::Past, "20"),
            (
                Expr::Fiscal(Year::Known(2006)),
                "2025-02-10",
                T::Past,
                "FY2006",
            ),
            (
                Expr::Time(
                    Box::new(Expr::Weekday(Weekday::Friday, Tense)),
                    Clock::Part("MO"),
                ),
                "2010-07-17",
                T::Past,
                "2010-07-16TMO",
            ),
            (
                Expr::Time(
                    Box::new(Expr::Unit(Unit::Day, 0, Anchor::Publication)),
                    Clock::At(8, 30, true),
                ),
                "2005-04-27",
                T::Past,
                "2005-04-27T08:30Z",
            ),
            (Expr::Ref("PAST_REF"), "2025-02-10", T::Past, "PAST_REF"),
        ];
        for (expr, pubd, tense, want) in cases {
            assert_eq!(
                resolve(&expr, tense, &ctx(pubd)).value,
                want,
                "{expr:?} {pubd}"
            );
        }
    }

    #[test]
    fn without_a_publication_date_the_unknown_digits_are_x() {
        let none = Context::new(None);
        let cases = [
            (cal(6, Some(14), Lean::Tense), "XXXX-06-14"),
            (cal(11, None, Lean::Tense), "XXXX-11"),
            (Expr::Weekday(Weekday::Sunday, Lean::Tense), "XXXX-WXX-7"),
            (Expr::Unit(Unit::Year, -1, Anchor::Publication), "XXXX"),
            (Expr::Unit(Unit::Week, 0, Anchor::Publication), "XXXX-WXX"),
            (Expr::Unit(Unit::Day, -1, Anchor::Publication), "XXXX-XX-XX"),
            (
                Expr::Cal {
                    year: Year::Known(2019),
                    month: Some(6),
                    day: Some(28),
                },
                "2019-06-28",
            ),
            (Expr::Quarter(Year::Infer(Lean::Tense), 4), "XXXX-Q4"),
            (
                Expr::Time(
                    Box::new(Expr::Unit(Unit::Day, 0, Anchor::Publication)),
                    Clock::At(17, 0, false),
                ),
                "XXXX-XX-XXT17:00",
            ),
        ];
        for (expr, want) in cases {
            assert_eq!(resolve(&expr, Tense::Past, &none).value, want, "{expr:?}");
        }
    }
}
