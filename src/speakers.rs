//! People and organizations, their titles, and which mentions refer to the same one.

use serde::{Deserialize, Serialize};

use crate::quotes::Quotation;
use crate::segment::Segmentation;
use crate::span::Span;

/// What sort of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A company, government body, party or other institution.
    Organization,
    /// A news outlet or agency.
    Media,
    /// A country, city or region.
    Place,
    /// An unnamed collective: "reporters", "officials", "Ukraine and its Western allies".
    Group,
}

/// One entity and all of its mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct EntityRecord {
    pub(crate) kind: EntityKind,
    /// The fullest name seen, as a span of the text.
    pub(crate) name: Span,
    /// Titles and roles seen attached to the entity.
    pub(crate) titles: Vec<Span>,
    /// Every mention, in text order.
    pub(crate) mentions: Vec<Span>,
}

/// Every entity in the text.
pub(crate) fn find(_text: &str, _seg: &Segmentation, _quotes: &[Quotation]) -> Vec<EntityRecord> {
    Vec::new()
}
