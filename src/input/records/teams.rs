//! `teams:`: a team's fields, its start (required, with a hint on the forms a
//! date takes) and its members, each an agency id or a mapping with dates and
//! a role.

use super::super::yaml::{Node, Value};
use super::{MEMBER, RawMember, RawTeam, Record, Sp, TextKind, list, text};
use crate::diag::Diagnostic;

/// Reads one team record.
pub(super) fn read_team(r: &Record, diags: &mut Vec<Diagnostic>) -> RawTeam {
    let start = match r.date("start", diags) {
        Some(s) => Some(s),
        None if r.get("start").is_none() => {
            r.report_missing("start", "this team", Some(
                "add `start:` with the date the team was set up (`2024`, `2024-06` or `2024-06-15`; `..2024-12` if only known to exist by then)",
            ), diags);
            None
        }
        None => None,
    };
    let members = match r.get("members") {
        None => {
            r.report_missing("members", "this team", None, diags);
            None
        }
        Some(n) => Some(Sp::new(
            list(n, "members", diags)
                .iter()
                .filter_map(|m| read_member(m, diags))
                .collect(),
            n.span,
        )),
    };
    let (name, name_langs) = r.required_localised("name", "this team", diags);
    RawTeam {
        span: r.span,
        id: r.required("id", "this team", diags),
        name,
        name_langs,
        kind: r.required("kind", "this team", diags),
        hosted_by: r.text("hosted_by", diags),
        start,
        end: r.date("end", diags),
        members,
        legal_basis: r.long_text("legal_basis", diags),
        legal_basis_ref: r.text("legal_basis_ref", diags),
        notes: r.long_text("notes", diags),
        sources: r.sources(diags),
        assurance: r.assurance(diags),
    }
}

fn read_member(node: &Node, diags: &mut Vec<Diagnostic>) -> Option<RawMember> {
    if let Value::Str(_) | Value::Int(_) = node.value {
        return Some(RawMember {
            span: node.span,
            agency: text(node, "members", TextKind::Line, diags),
            from: None,
            to: None,
            role: None,
        });
    }
    let r = Record::open(node, "a team member", MEMBER, diags)?;
    Some(RawMember {
        span: r.span,
        agency: r.required("agency", "this member", diags),
        from: r.date("from", diags),
        to: r.date("to", diags),
        role: r.text("role", diags),
    })
}
