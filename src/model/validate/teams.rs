//! Teams and their members: a known kind, a host and members that exist, at
//! least one member, and every membership within the team's own span.

use super::ids::Collection;
use super::kinds::TEAM_KIND_SYNONYMS;
use super::{Validator, given};
use crate::diag::{Code, Diagnostic};
use crate::input::{Sp, Text};
use crate::model::{AgencyRef, ContextRef, Id, Membership, PartialDate, Team, TeamKind};
use crate::source::Span;

impl Validator<'_> {
    pub(super) fn team(&mut self, r: &crate::input::RawTeam) -> Option<Team> {
        let ctx = format!("team `{}`", r.id.as_ref().map_or("?", |i| i.as_str()));
        let kind = r
            .kind
            .as_ref()
            .and_then(|k| self.kind(k, &TeamKind::ALL, "team", TEAM_KIND_SYNONYMS));
        let hosted_by = r.hosted_by.as_ref().map(|x| {
            self.resolve(x, Collection::Agency, &format!("`hosted_by` of {ctx}"))
                .map(AgencyRef)
        });
        let start = r.start.as_ref().and_then(|s| self.date(s, "start"));
        let end = self.opt_date(&r.end, "end");
        if let (Some(s), Ok(Some(e)), Some(ss), Some(es)) = (&start, &end, &r.start, &r.end) {
            self.check_order((s, ss.span, "start"), (e, es.span, "end"), &ctx);
        }
        let mut members = Vec::new();
        let mut members_ok = true;
        if let Some(list) = &r.members {
            if list.value.is_empty() {
                members_ok = false;
                self.error(
                    Diagnostic::error(
                        Code::MissingField,
                        list.span,
                        format!("{ctx} has no members"),
                    )
                    .label("the member list is empty")
                    .help("list at least one agency id under `members:`"),
                );
            }
            for m in &list.value {
                match self.member(
                    m,
                    &ctx,
                    start.as_ref().zip(r.start.as_ref()),
                    end.as_ref()
                        .ok()
                        .and_then(|e| e.as_ref())
                        .zip(r.end.as_ref()),
                ) {
                    Some(m) => members.push(m),
                    None => members_ok = false,
                }
            }
        } else {
            self.complete = false;
        }
        let sources = self.sources_of(&r.sources, &format!("`sources` of {ctx}"));
        let assurance = self.assurance(&r.assurance, sources.as_deref());
        let legal_basis_ref = r.legal_basis_ref.as_ref().map(|x| {
            self.resolve(
                x,
                Collection::Context,
                &format!("`legal_basis_ref` of {ctx}"),
            )
            .map(ContextRef)
        });
        if !members_ok {
            return None;
        }
        Some(Team {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            name: r.name.as_ref()?.as_str().to_owned(),
            name_langs: r.name_langs.clone(),
            kind: kind?,
            hosted_by: given(hosted_by)?,
            start: start?,
            end: end.ok()?,
            members,
            legal_basis: r.legal_basis.as_ref().map(|s| s.as_str().to_owned()),
            legal_basis_ref: given(legal_basis_ref)?,
            notes: r.notes.as_ref().map(|n| n.as_str().to_owned()),
            sources: sources?,
            assurance: assurance?,
            span: r.span,
        })
    }

    fn member(
        &mut self,
        m: &crate::input::RawMember,
        ctx: &str,
        team_start: Option<(&PartialDate, &Sp<Text>)>,
        team_end: Option<(&PartialDate, &Sp<Text>)>,
    ) -> Option<Membership> {
        let agency = m
            .agency
            .as_ref()
            .and_then(|a| self.resolve_participant(a, &format!("`members` of {ctx}")));
        let from = self.opt_date(&m.from, "from");
        let to = self.opt_date(&m.to, "to");
        let (from, to) = (from.ok()?, to.ok()?);
        if let (Some(f), Some(t), Some(fs), Some(ts)) = (&from, &to, &m.from, &m.to) {
            self.check_order((f, fs.span, "from"), (t, ts.span, "to"), "this membership");
        }
        let who = m.agency.as_ref().map_or("this member", |a| a.as_str());
        let outside = |date: &PartialDate,
                       span: Span,
                       field: &str,
                       limit: &PartialDate,
                       limit_span: Span,
                       before: bool| {
            Diagnostic::error(
                Code::MembershipOutsideTeam,
                span,
                format!(
                    "`{who}` is a member {} {ctx} {}: `{field}: {date}` is {} the team's `{}: {limit}`",
                    if before { "before" } else { "after" },
                    if before { "starts" } else { "ends" },
                    if before { "before" } else { "after" },
                    if before { "start" } else { "end" },
                ),
            )
            .label("outside the team's span")
            .with_label(limit_span, format!("the team {} here", if before { "starts" } else { "ends" }))
            .help("a membership must fall within its team's start and end; fix the dates, or the team's span")
        };
        let mut ok = true;
        let given_dates = [(&from, &m.from, "from"), (&to, &m.to, "to")];
        for (d, sp, field) in given_dates {
            let (Some(d), Some(sp)) = (d, sp) else {
                continue;
            };
            if let Some((ts, ts_span)) = team_start
                && ts.earliest().is_some_and(|earliest| d.latest() < earliest)
            {
                let diag = outside(d, sp.span, field, ts, ts_span.span, true);
                self.error(diag);
                ok = false;
            }
            if let Some((te, te_span)) = team_end
                && d.earliest().is_some_and(|e| e > te.latest())
            {
                let diag = outside(d, sp.span, field, te, te_span.span, false);
                self.error(diag);
                ok = false;
            }
        }
        if !ok {
            return None;
        }
        Some(Membership {
            agency: AgencyRef(agency?),
            from,
            to,
            role: m.role.as_ref().map(|r| r.as_str().to_owned()),
            span: m.span,
        })
    }
}
