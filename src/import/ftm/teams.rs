//! Teams from `Organization` entities, with their members from `Membership`
//! entities and their host and legal basis from `UnknownLink` entities.

use rustc_hash::FxHashMap;

use super::read::Date;
use super::{Cx, Role};
use crate::diag::{Code, Diagnostic};
use crate::ftm::{self, HOSTED_BY, LEGAL_BASIS, LEGAL_BASIS_TEXT};
use crate::import::records::{Member, Rec, Val};
use crate::import::sheet::Sheet;
use crate::input::Sp;
use crate::model::TeamKind;

/// What the other entities say about each team.
#[derive(Default)]
struct Draft {
    start: Option<Date>,
    end: Option<Date>,
    members: Vec<Member>,
    host: Option<Sp<String>>,
    basis: Option<Sp<String>>,
}

/// The teams' members, hosts and legal bases, by team entity.
pub(super) struct Teams {
    drafts: FxHashMap<usize, Draft>,
}

impl Teams {
    /// Reads the teams' dates, then every membership and link, in file order.
    pub(super) fn read(cx: &mut Cx) -> Teams {
        let mut teams = Teams {
            drafts: FxHashMap::default(),
        };
        for i in cx.of(Role::Record(Sheet::Teams)) {
            let draft = Draft {
                start: cx.date(i, "incorporationDate"),
                end: cx.date(i, "dissolutionDate"),
                ..Draft::default()
            };
            teams.drafts.insert(i, draft);
        }
        for j in cx.of(Role::Membership) {
            teams.membership(cx, j);
        }
        for j in cx.of(Role::Link) {
            teams.link(cx, j);
        }
        teams
    }

    /// The team entity `prop` of entity `j` names, reported if it is none.
    fn team_of(&self, cx: &mut Cx, j: usize, prop: &str) -> Option<usize> {
        let Some(v) = cx.one(j, prop) else {
            let e = &cx.entities[j];
            cx.diags.push(
                Diagnostic::warning(
                    Code::NotImported,
                    e.id_span,
                    format!("{} has no `{prop}`: it is not imported", e.who()),
                )
                .label(format!("no `{prop}`"))
                .help(format!(
                    "give it the id of the team's Organization entity as `{prop}`"
                )),
            );
            return None;
        };
        let t = cx.target(j, prop, &v)?;
        if self.drafts.contains_key(&t) {
            return Some(t);
        }
        let (who, target) = (cx.entities[j].who(), cx.entities[t].who());
        cx.diags.push(
            Diagnostic::warning(
                Code::NotImported,
                v.span,
                format!(
                    "`{prop}` of {who} names {target}, where coopline needs a team (Organization)"
                ),
            )
            .label("not imported"),
        );
        None
    }

    /// A `Membership`: a member agency of a team. Dates equal to the team's
    /// are the team's (the export writes them so that every membership has
    /// dates), so the member is written for the team's whole span.
    fn membership(&mut self, cx: &mut Cx, j: usize) {
        let agency = match cx.one(j, "member") {
            Some(m) => cx.record_ref(j, "member", &m, Sheet::Agencies, "an agency (PublicBody)"),
            None => None,
        };
        let team = self.team_of(cx, j, "organization");
        let (Some(agency), Some(t)) = (agency, team) else {
            return;
        };
        let start = cx.date(j, "startDate");
        let end = cx.date(j, "endDate");
        let role = cx.text(j, "role");
        let Some(draft) = self.drafts.get_mut(&t) else {
            return;
        };
        let own = |d: Option<Date>, team: &Option<Date>| {
            d.filter(|d| team.as_ref().is_none_or(|t| t.date != d.date))
                .map(|d| d.text)
        };
        let member = Member {
            span: cx.entities[j].span,
            agency,
            from: own(start, &draft.start),
            to: own(end, &draft.end),
            role,
        };
        draft.members.push(member);
    }

    /// An `UnknownLink` from a team to its host (`hosted by`) or legal basis.
    fn link(&mut self, cx: &mut Cx, j: usize) {
        let role = cx.one(j, "role");
        let which = role.as_ref().map(|r| r.value.trim().to_lowercase());
        let (sheet, want) = match which.as_deref() {
            Some(HOSTED_BY) => (Sheet::Agencies, "an agency (PublicBody)"),
            Some(LEGAL_BASIS) => (
                Sheet::Context,
                "a context record (an Event coopline exported)",
            ),
            _ => {
                let e = &cx.entities[j];
                let at = role.as_ref().map_or(e.id_span, |r| r.span);
                cx.diags.push(
                    Diagnostic::warning(Code::NotImported, at, format!("{} is not imported: coopline has no link of its role", e.who()))
                        .label("a role coopline does not read")
                        .help(format!("coopline reads UnknownLinks from a team with the role `{HOSTED_BY}` (to its host agency) or `{LEGAL_BASIS}` (to a context record)")),
                );
                return;
            }
        };
        let object = match cx.one(j, "object") {
            Some(o) => cx.record_ref(j, "object", &o, sheet, want),
            None => None,
        };
        let Some(t) = self.team_of(cx, j, "subject") else {
            return;
        };
        let (Some(object), Some(draft)) = (object, self.drafts.get_mut(&t)) else {
            return;
        };
        let slot = if sheet == Sheet::Agencies {
            &mut draft.host
        } else {
            &mut draft.basis
        };
        if slot.is_some() {
            let e = &cx.entities[j];
            cx.diags.push(
                Diagnostic::warning(
                    Code::NotImported,
                    object.span,
                    format!(
                        "{} gives its team a second {}: only the first is imported",
                        e.who(),
                        which.unwrap_or_default()
                    ),
                )
                .label("not imported")
                .help("a team has one host and one legal basis in coopline"),
            );
            return;
        }
        *slot = Some(object);
    }

    /// The team an `Organization` is, with what the other entities said of it.
    pub(super) fn team(&mut self, cx: &mut Cx, i: usize, sources: Vec<Sp<String>>) -> Rec {
        let draft = self.drafts.remove(&i).unwrap_or_default();
        let mut fields = vec![cx.id_field(i)];
        let name = cx.text(i, "name");
        if name.is_none() {
            cx.missing(i, "name", "a team needs a name", "add a `name`");
        }
        push(&mut fields, "name", name);
        cx.languages(i, "name", ftm::NAME_LANG, &mut fields);
        let kind = cx.kind(i, TeamKind::ALL.map(|(_, n)| n).as_slice(), "team");
        fields.push(("kind", Val::One(kind)));
        push(&mut fields, "hosted_by", draft.host);
        if draft.start.is_none() {
            cx.missing(
                i,
                "incorporationDate",
                "a team needs a start",
                "add an `incorporationDate`: when the team was set up",
            );
        }
        push(&mut fields, "start", draft.start.map(|d| d.text));
        push(&mut fields, "end", draft.end.map(|d| d.text));
        if draft.members.is_empty() {
            let e = &cx.entities[i];
            cx.diags.push(
                Diagnostic::error(
                    Code::MissingField,
                    e.id_span,
                    format!("{} has no members", e.who()),
                )
                .label("a team needs at least one member agency")
                .help(format!(
                    "add a Membership entity with `organization` `{}` and a PublicBody as `member`",
                    e.id
                )),
            );
        } else {
            fields.push(("members", Val::Members(draft.members)));
        }
        push(&mut fields, "legal_basis", self.legal_basis(cx, i));
        push(&mut fields, "legal_basis_ref", draft.basis);
        cx.notes_field(i, &mut fields);
        if !sources.is_empty() {
            fields.push(("sources", Val::List(sources)));
        }
        Rec {
            span: cx.entities[i].span,
            fields,
        }
    }

    /// The `description` that says the team's legal basis; others are reported.
    fn legal_basis(&self, cx: &mut Cx, i: usize) -> Option<Sp<String>> {
        let mut basis = None;
        for d in cx.texts(i, "description") {
            match d.value.strip_prefix(LEGAL_BASIS_TEXT) {
                Some(text) if basis.is_none() => basis = Some(Sp::new(text.to_string(), d.span)),
                _ => {
                    let who = cx.entities[i].who();
                    cx.diags.push(
                        Diagnostic::warning(
                            Code::NotImported,
                            d.span,
                            format!("a `description` of {who} is not imported: a team's is its legal basis"),
                        )
                        .label("not imported")
                        .help(format!("write the legal basis as one description starting `{LEGAL_BASIS_TEXT}`")),
                    );
                }
            }
        }
        basis
    }
}

fn push(fields: &mut Vec<(&'static str, Val)>, name: &'static str, value: Option<Sp<String>>) {
    if let Some(v) = value {
        fields.push((name, Val::One(v)));
    }
}
