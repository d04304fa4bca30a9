//! Dates: every date given exists, and no end is certainly before its start.

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::input::{Sp, Text};
use crate::model::PartialDate;
use crate::source::Span;

impl Validator<'_> {
    /// The date `d` given in `field`, or `None` when it is reported as invalid.
    pub(super) fn date(&mut self, d: &Sp<Text>, field: &str) -> Option<PartialDate> {
        match PartialDate::parse(&d.value) {
            Ok(date) => Some(date),
            Err(e) => {
                self.error(
                    Diagnostic::error(
                        Code::InvalidDate,
                        d.span,
                        format!("invalid date in `{field}`: {}", e.message),
                    )
                    .label("not a valid date")
                    .help(e.help),
                );
                None
            }
        }
    }

    /// An optional date: absent is `Ok(None)`, given but invalid is `Err`.
    pub(super) fn opt_date(
        &mut self,
        d: &Option<Sp<Text>>,
        field: &str,
    ) -> Result<Option<PartialDate>, ()> {
        match d {
            None => Ok(None),
            Some(d) => self.date(d, field).map(Some).ok_or(()),
        }
    }

    /// Reports an end that is certainly before its start (partial dates compare as intervals).
    pub(super) fn check_order(
        &mut self,
        start: (&PartialDate, Span, &str),
        end: (&PartialDate, Span, &str),
        what: &str,
    ) -> bool {
        let Some(earliest_start) = start.0.earliest() else {
            return true;
        };
        if end.0.latest() >= earliest_start {
            return true;
        }
        self.error(
            Diagnostic::error(
                Code::DateOrder,
                end.1,
                format!("{what} ends before it starts: `{}: {}` is before `{}: {}`", end.2, end.0, start.2, start.0),
            )
            .label(format!("`{}` is before the start", end.2))
            .with_label(start.1, format!("`{}` is here", start.2))
            .help("check both dates against the sources; the start may be a typo, or the two may be swapped"),
        );
        false
    }
}
