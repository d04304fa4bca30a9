//! Record ids for entities. An entity coopline exported keeps the record id
//! its entity id was made from; any other (Aleph's ids are hashes) gets one made
//! from its name (`Policía Nacional` → `policia-nacional`), made unique in its
//! list with `-2`, `-3`... Ids taken back come first, so a made one never takes
//! the id of a record coopline exported.

use rustc_hash::FxHashSet;

use super::{Cx, Role};
use crate::ftm::{self, Kind};
use crate::import::sheet::Sheet;

/// The record id of every entity that becomes a record, in entity order.
pub(super) fn assign(cx: &mut Cx) -> Vec<Option<String>> {
    let mut ids: Vec<Option<String>> = vec![None; cx.entities.len()];
    for (i, e) in cx.entities.iter().enumerate() {
        let Role::Record(sheet) = cx.roles[i] else {
            continue;
        };
        if let Some(id) = ftm::record_id(kind(sheet), &e.id)
            && cx.taken.entry(sheet).or_default().insert(id.to_string())
        {
            ids[i] = Some(id.to_string());
        }
    }
    for (i, e) in cx.entities.iter().enumerate() {
        let Role::Record(sheet) = cx.roles[i] else {
            continue;
        };
        if ids[i].is_some() {
            continue;
        }
        let name = ["name", "title", "fileName"]
            .iter()
            .find_map(|p| e.values(p).first())
            .map(|v| slug(&v.value))
            .filter(|s| !s.is_empty())
            .or_else(|| Some(slug(&e.id)).filter(|s| !s.is_empty()))
            .unwrap_or_else(|| sheet_word(sheet).to_string());
        ids[i] = Some(unique(cx.taken.entry(sheet).or_default(), &name));
    }
    ids
}

/// The kind of entity id a record of `sheet` has.
pub(super) fn kind(sheet: Sheet) -> Kind {
    match sheet {
        Sheet::Agencies => Kind::Agency,
        Sheet::Teams | Sheet::Memberships => Kind::Team,
        Sheet::Events => Kind::Event,
        Sheet::Context => Kind::Context,
        Sheet::Sources => Kind::Source,
    }
}

fn sheet_word(sheet: Sheet) -> &'static str {
    match sheet {
        Sheet::Agencies => "agency",
        Sheet::Teams | Sheet::Memberships => "team",
        Sheet::Events => "event",
        Sheet::Context => "context",
        Sheet::Sources => "source",
    }
}

/// `base`, or `base-2`, `base-3`... whichever is free; taken.
pub(super) fn unique(taken: &mut FxHashSet<String>, base: &str) -> String {
    let mut id = base.to_string();
    let mut n = 1;
    while !taken.insert(id.clone()) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// Longest id made from a name, in bytes: long enough to tell names apart,
/// short enough to type.
const SLUG_BYTES: usize = 48;

/// A name as an id: lowercase ASCII letters and digits, accents dropped from
/// Latin letters, anything else a single `-`; cut at a word's end. Empty when
/// nothing of the name is left (a name in another script).
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        match fold(c) {
            Some(ascii) => out.push_str(ascii),
            None if c.is_ascii_alphanumeric() => out.push(c),
            None if !out.ends_with('-') => out.push('-'),
            None => {}
        }
    }
    let mut s = out.trim_matches('-');
    if s.len() > SLUG_BYTES {
        s = &s[..SLUG_BYTES];
        if let Some(end) = s.rfind('-') {
            s = &s[..end];
        }
    }
    s.trim_matches('-').to_string()
}

/// A lowercase Latin letter with a mark, as ASCII.
fn fold(c: char) -> Option<&'static str> {
    const FOLDS: &[(&str, &str)] = &[
        ("àáâãäåāăą", "a"),
        ("çćĉċč", "c"),
        ("ďđð", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"),
        ("ĵ", "j"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"),
        ("śŝşšș", "s"),
        ("ţťŧț", "t"),
        ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("þ", "th"),
    ];
    FOLDS
        .iter()
        .find(|(from, _)| from.contains(c))
        .map(|(_, to)| *to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_ids() {
        assert_eq!(slug("Policía Nacional"), "policia-nacional");
        assert_eq!(slug("Bundeskriminalamt (BKA)"), "bundeskriminalamt-bka");
        assert_eq!(slug("Øresund  —  Straße"), "oresund-strasse");
        assert_eq!(slug("北京市公安局"), "");
        assert_eq!(slug("  --  "), "");
        let long = slug(&"word ".repeat(40));
        assert!(long.len() <= SLUG_BYTES && long.ends_with("word"), "{long}");
        assert!(crate::model::Id::parse(&slug("A.B_c 1")).is_ok());
    }

    #[test]
    fn made_ids_are_unique() {
        let mut taken = FxHashSet::default();
        assert_eq!(unique(&mut taken, "europol"), "europol");
        assert_eq!(unique(&mut taken, "europol"), "europol-2");
        assert_eq!(unique(&mut taken, "europol"), "europol-3");
    }
}
