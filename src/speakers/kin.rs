//! Family ties the text states ("Her son, Julien, ...") and the phrases they resolve later
//! ("his mother" for the woman whose son he is).

use crate::words::Gender;

/// A family role, from the point of view of the one who holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kin {
    Parent,
    Child,
    Spouse,
    Sibling,
}

impl Kin {
    /// The role a kinship noun names, and the gender it gives.
    pub(crate) fn of(word: &str) -> Option<(Kin, Gender)> {
        Some(match word {
            "mother" | "mom" => (Kin::Parent, Gender::Female),
            "father" | "dad" => (Kin::Parent, Gender::Male),
            "son" => (Kin::Child, Gender::Male),
            "daughter" => (Kin::Child, Gender::Female),
            "wife" => (Kin::Spouse, Gender::Female),
            "husband" => (Kin::Spouse, Gender::Male),
            "brother" => (Kin::Sibling, Gender::Male),
            "sister" => (Kin::Sibling, Gender::Female),
            _ => return None,
        })
    }

    /// The role the other side of the tie holds.
    fn inverse(self) -> Kin {
        match self {
            Kin::Parent => Kin::Child,
            Kin::Child => Kin::Parent,
            other => other,
        }
    }
}

/// How many ties an article keeps; a query looks at all of them.
const MAX_TIES: usize = 64;

/// The ties of one article: `person` is `owner`'s `kin`.
#[derive(Debug, Default)]
pub(crate) struct Kinship {
    ties: Vec<(Kin, Gender, usize, usize)>,
}

impl Kinship {
    /// Records that `person` is `owner`'s `kin` ("Her son, Julien").
    pub(crate) fn record(&mut self, kin: Kin, gender: Gender, person: usize, owner: usize) {
        if self.ties.len() < MAX_TIES && person != owner {
            self.ties.push((kin, gender, person, owner));
        }
    }

    /// Who is `owner`'s `kin` of that gender: a tie stated that way, or the other side of a
    /// tie stated the other way ("his mother", where he is her son).
    pub(crate) fn find(&self, kin: Kin, gender: Gender, owner: usize) -> Option<usize> {
        let stated = self
            .ties
            .iter()
            .rev()
            .find(|&&(k, g, _, o)| k == kin && o == owner && (g == gender || g == Gender::Any))
            .map(|&(_, _, p, _)| p);
        stated.or_else(|| {
            self.ties
                .iter()
                .rev()
                .find(|&&(k, _, p, _)| k == kin.inverse() && p == owner)
                .map(|&(_, _, _, o)| o)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_resolve_both_ways() {
        let mut k = Kinship::default();
        // Entity 2 is entity 1's son.
        k.record(Kin::Child, Gender::Male, 2, 1);
        assert_eq!(k.find(Kin::Child, Gender::Male, 1), Some(2));
        // So 1 is 2's mother (or father).
        assert_eq!(k.find(Kin::Parent, Gender::Female, 2), Some(1));
        assert_eq!(k.find(Kin::Spouse, Gender::Female, 2), None);
    }
}
