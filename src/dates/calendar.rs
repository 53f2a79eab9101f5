//! Proleptic Gregorian calendar arithmetic: just what date resolution needs.
//!
//! Day numbers use Howard Hinnant's `days_from_civil` algorithm (days since 1970-01-01), which
//! is exact for every year an `i32` holds and needs no tables.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;

/// A calendar date, such as a publication date.
///
/// Invariant: `month` is 1..=12 and `day` is a real day of that month in that year. Build one
/// with [`Date::new`] or by parsing `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Day of the week, Monday first as in ISO 8601.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// 0 for Monday up to 6 for Sunday.
    pub const fn index(self) -> u8 {
        self as u8
    }

    /// The weekday with index `i % 7` (0 is Monday).
    pub const fn from_index(i: u8) -> Weekday {
        match i % 7 {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }
}

/// True for Gregorian leap years.
pub const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1..=12) of `year`; 0 for a month out of range.
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, or `None` when it does not exist (`2025-02-29`, month 13).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// The year.
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1..=12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1..=31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, or `None` outside the years an `i32` holds.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Some(Date {
            year: i32::try_from(year).ok()?,
            month,
            day,
        })
    }

    /// The date `n` days later (earlier for negative `n`), or `None` on overflow.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(n)?)
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::from_index((self.to_days() + 3).rem_euclid(7) as u8)
    }

    /// The ISO 8601 week: (week-numbering year, week 1..=53).
    pub fn iso_week(self) -> (i32, u8) {
        let wd = i64::from(self.weekday().index());
        let thursday = Date::from_days(self.to_days() - wd + 3).unwrap_or(self);
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u8)
    }
}

/// The month `n` months after `year`-`month` (before, for negative `n`), or `None` when the
/// year leaves what an `i32` holds.
pub fn add_months(year: i32, month: u8, n: i64) -> Option<(i32, u8)> {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + n;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    Some((year, (index.rem_euclid(12) + 1) as u8))
}

/// The quarter, 1..=4, that holds `month` (1..=12).
pub const fn quarter_of(month: u8) -> u8 {
    month.div_ceil(3)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses `YYYY-MM-DD`, four-digit year, and checks that the day exists.
    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || Error::BadDate(s.to_string());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (y, m, d) = (
            num(0..4).ok_or_else(bad)?,
            num(5..7).ok_or_else(bad)?,
            num(8..10).ok_or_else(bad)?,
        );
        Date::new(y as i32, m as u8, d as u8).ok_or_else(bad)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn parse_and_display() {
        assert_eq!(d("2025-02-10").to_string(), "2025-02-10");
        for bad in [
            "2025-2-10",
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-01-00",
            "20250210",
            "+025-01-01",
            "",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert!("2024-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn leap_years_and_month_lengths() {
        let cases = [
            (2000, true),
            (1900, false),
            (2024, true),
            (2025, false),
            (2100, false),
            (2400, true),
        ];
        for (y, leap) in cases {
            assert_eq!(is_leap_year(y), leap, "{y}");
            assert_eq!(days_in_month(y, 2), if leap { 29 } else { 28 });
        }
        assert_eq!(days_in_month(2025, 4), 30);
        assert_eq!(days_in_month(2025, 12), 31);
        assert_eq!(days_in_month(2025, 13), 0);
    }

    #[test]
    fn weekdays_of_known_dates() {
        let cases = [
            ("1970-01-01", Weekday::Thursday),
            ("2025-02-10", Weekday::Monday),
            ("2025-02-09", Weekday::Sunday),
            ("2000-02-29", Weekday::Tuesday),
            ("1969-12-31", Weekday::Wednesday),
            ("2019-06-28", Weekday::Friday),
        ];
        for (s, wd) in cases {
            assert_eq!(d(s).weekday(), wd, "{s}");
        }
    }

    #[test]
    fn iso_weeks_across_year_boundaries() {
        let cases = [
            ("2025-02-10", (2025, 7)),
            ("2024-12-30", (2025, 1)),
            ("2021-01-03", (2020, 53)),
            ("2021-01-04", (2021, 1)),
            ("2026-12-31", (2026, 53)),
            ("2027-01-01", (2026, 53)),
            ("2008-12-29", (2009, 1)),
        ];
        for (s, w) in cases {
            assert_eq!(d(s).iso_week(), w, "{s}");
        }
    }

    #[test]
    fn month_arithmetic_and_quarters() {
        let cases = [
            ((2025, 2), -1, (2025, 1)),
            ((2025, 1), -1, (2024, 12)),
            ((2025, 12), 1, (2026, 1)),
            ((2025, 2), -14, (2023, 12)),
            ((2025, 2), 23, (2027, 1)),
            ((2025, 2), 0, (2025, 2)),
            ((1, 1), -1, (0, 12)),
        ];
        for ((y, m), n, want) in cases {
            assert_eq!(add_months(y, m, n), Some(want), "{y}-{m} {n:+}");
        }
        assert_eq!(add_months(i32::MAX, 12, 1), None);
        let quarters = [
            (1, 1),
            (2, 1),
            (3, 1),
            (4, 2),
            (6, 2),
            (7, 3),
            (9, 3),
            (10, 4),
            (12, 4),
        ];
        for (m, q) in quarters {
            assert_eq!(quarter_of(m), q, "month {m}");
        }
    }

    /// Against chrono, a well-kept calendar library, for every day of eight centuries:
    /// day numbers, weekdays, ISO weeks, month lengths and month arithmetic.
    #[test]
    fn agrees_with_chrono_on_every_day_from_1600_to_2400() {
        use chrono::{Datelike, Months, NaiveDate};
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let mut theirs = NaiveDate::from_ymd_opt(1600, 1, 1).unwrap();
        let end = NaiveDate::from_ymd_opt(2401, 1, 1).unwrap();
        while theirs < end {
            let (y, m, dd) = (theirs.year(), theirs.month() as u8, theirs.day() as u8);
            let ours = Date::new(y, m, dd).unwrap();
            assert_eq!(ours.to_days(), (theirs - epoch).num_days(), "{theirs}");
            assert_eq!(
                ours.weekday().index(),
                theirs.weekday().num_days_from_monday() as u8,
                "{theirs}"
            );
            let w = theirs.iso_week();
            assert_eq!(ours.iso_week(), (w.year(), w.week() as u8), "{theirs}");
            if dd == 1 {
                let last = theirs + Months::new(1) - chrono::Days::new(1);
                assert_eq!(days_in_month(y, m), last.day() as u8, "{theirs}");
                for n in [-25i64, -13, -1, 1, 11, 12, 30] {
                    let shifted = if n < 0 {
                        theirs - Months::new(n.unsigned_abs() as u32)
                    } else {
                        theirs + Months::new(n as u32)
                    };
                    assert_eq!(
                        add_months(y, m, n),
                        Some((shifted.year(), shifted.month() as u8)),
                        "{theirs} {n:+}"
                    );
                }
            }
            theirs = theirs.succ_opt().unwrap();
        }
    }

    #[test]
    fn day_numbers_round_trip_over_four_centuries() {
        // Every day from 1800 to 2200, walked one day at a time against a hand-rolled counter.
        let mut date = d("1800-01-01");
        let mut n = date.to_days();
        while date.year() < 2200 {
            let next = date.add_days(1).unwrap();
            n += 1;
            assert_eq!(next.to_days(), n);
            assert_eq!(Date::from_days(n), Some(next));
            let expected = if date.day() < days_in_month(date.year(), date.month()) {
                (date.year(), date.month(), date.day() + 1)
            } else if date.month() < 12 {
                (date.year(), date.month() + 1, 1)
            } else {
                (date.year() + 1, 1, 1)
            };
            assert_eq!((next.year(), next.month(), next.day()), expected);
            date = next;
        }
    }
}
