//! How sure a record is: a confidence the author states, or one that follows
//! from the grades of the sources it cites (the Admiralty system that
//! investigators' tools use: reliability of the source A-F, credibility of the
//! information 1-6).

use std::fmt;

use super::SourceRef;

/// How sure the author is of a record. Ordered: `Low < Medium < High`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// Reported by one doubtful source, or contradicted: drawn hatched.
    Low,
    /// Reported, not confirmed.
    Medium,
    /// Confirmed by the authorities involved or by several sources.
    High,
}

impl Confidence {
    /// Every level with its name in the format, lowest first.
    pub const ALL: [(Confidence, &'static str); 3] = [
        (Confidence::Low, "low"),
        (Confidence::Medium, "medium"),
        (Confidence::High, "high"),
    ];

    /// The name used in the format.
    pub fn as_str(&self) -> &'static str {
        Confidence::ALL
            .iter()
            .find(|(c, _)| c == self)
            .map_or("low", |(_, n)| n)
    }

    /// The level with this name in the format.
    pub fn parse(s: &str) -> Option<Confidence> {
        Confidence::ALL
            .iter()
            .find(|(_, n)| *n == s)
            .map(|(c, _)| *c)
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A citation's grade in the Admiralty (NATO) system: `A1` is a completely
/// reliable source reporting confirmed information, `F6` one that cannot be
/// judged reporting what cannot be judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Grade {
    /// Reliability of the source, `A` (completely reliable) to `F` (cannot be judged).
    pub reliability: char,
    /// Credibility of the information, 1 (confirmed) to 6 (cannot be judged).
    pub credibility: u8,
}

/// What each reliability letter means, in order.
pub const RELIABILITY: [(char, &str); 6] = [
    ('A', "completely reliable"),
    ('B', "usually reliable"),
    ('C', "fairly reliable"),
    ('D', "not usually reliable"),
    ('E', "unreliable"),
    ('F', "reliability cannot be judged"),
];

/// What each credibility digit means, in order.
pub const CREDIBILITY: [(u8, &str); 6] = [
    (1, "confirmed by other sources"),
    (2, "probably true"),
    (3, "possibly true"),
    (4, "doubtful"),
    (5, "improbable"),
    (6, "truth cannot be judged"),
];

/// Why text is not a grade; the text completes "invalid grade: ".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GradeError {
    /// Not a letter and a digit.
    Form,
    /// The letter is past `F`.
    Reliability(char),
    /// The digit is 0 or past 6.
    Credibility(char),
}

impl fmt::Display for GradeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GradeError::Form => f.write_str("a grade is a letter A-F and a digit 1-6"),
            GradeError::Reliability(c) => {
                write!(f, "`{c}` is no reliability: the letters run from A to F")
            }
            GradeError::Credibility(c) => {
                write!(f, "`{c}` is no credibility: the digits run from 1 to 6")
            }
        }
    }
}

impl Grade {
    /// Reads `A1` (or `a1`).
    pub fn parse(s: &str) -> Result<Grade, GradeError> {
        let mut chars = s.trim().chars();
        let (Some(r), Some(c), None) = (chars.next(), chars.next(), chars.next()) else {
            return Err(GradeError::Form);
        };
        let r = r.to_ascii_uppercase();
        if !r.is_ascii_alphabetic() || !c.is_ascii_digit() {
            return Err(GradeError::Form);
        }
        if !('A'..='F').contains(&r) {
            return Err(GradeError::Reliability(r));
        }
        if !('1'..='6').contains(&c) {
            return Err(GradeError::Credibility(c));
        }
        Ok(Grade {
            reliability: r,
            credibility: c as u8 - b'0',
        })
    }

    /// The confidence a citation of this grade gives: high from a reliable
    /// source (A, B) reporting confirmed or probable information (1, 2); low
    /// from an unreliable source (D, E), doubtful or improbable information
    /// (4, 5), or when neither can be judged (F6); medium otherwise.
    pub fn confidence(&self) -> Confidence {
        let reliable = matches!(self.reliability, 'A' | 'B');
        let credible = matches!(self.credibility, 1 | 2);
        let unreliable = matches!(self.reliability, 'D' | 'E');
        let doubtful = matches!(self.credibility, 4 | 5);
        if reliable && credible {
            Confidence::High
        } else if unreliable || doubtful || (self.reliability == 'F' && self.credibility == 6) {
            Confidence::Low
        } else {
            Confidence::Medium
        }
    }

    /// The grade in words: "A1: completely reliable, confirmed by other sources".
    pub fn describe(&self) -> String {
        let r = RELIABILITY
            .iter()
            .find(|(c, _)| *c == self.reliability)
            .map_or("", |(_, w)| w);
        let c = CREDIBILITY
            .iter()
            .find(|(d, _)| *d == self.credibility)
            .map_or("", |(_, w)| w);
        format!("{self}: {r}, {c}")
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.reliability, self.credibility)
    }
}

/// A record's confidence and the grades of its citations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Assurance {
    /// As written, else from the best graded citation; `None` when neither
    /// was given (the record is drawn as its sources tell it).
    pub confidence: Option<Confidence>,
    /// True when `confidence` follows from a grade, not from the author.
    pub from_grades: bool,
    /// The grade of each graded citation, in the order cited.
    pub grades: Vec<(SourceRef, Grade)>,
}

impl Assurance {
    /// A confidence stated by the author, or else the one the best grade gives.
    pub fn new(stated: Option<Confidence>, grades: Vec<(SourceRef, Grade)>) -> Assurance {
        let best = grades.iter().map(|(_, g)| g.confidence()).max();
        Assurance {
            confidence: stated.or(best),
            from_grades: stated.is_none() && best.is_some(),
            grades,
        }
    }

    /// One record written twice (an agency in two files of a folder): the
    /// grades of both, and the confidence the first states, else the other's.
    pub fn merged(self, other: Assurance) -> Assurance {
        let stated = |a: &Assurance| a.confidence.filter(|_| !a.from_grades);
        let confidence = stated(&self).or(stated(&other));
        let mut grades = self.grades;
        for g in other.grades {
            if !grades.contains(&g) {
                grades.push(g);
            }
        }
        Assurance::new(confidence, grades)
    }

    /// True when the record is to be drawn as uncertain.
    pub fn is_low(&self) -> bool {
        self.confidence == Some(Confidence::Low)
    }

    /// True when `--min-confidence` keeps the record: a record with no
    /// confidence stated or graded is kept, as its citations vouch for it.
    pub fn meets(&self, min: Confidence) -> bool {
        self.confidence.is_none_or(|c| c >= min)
    }

    /// The grade this record gives its citation of `s`.
    pub fn grade_of(&self, s: SourceRef) -> Option<Grade> {
        self.grades.iter().find(|(r, _)| *r == s).map(|(_, g)| *g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_read_and_give_a_confidence() {
        let g = Grade::parse("a1").unwrap();
        assert_eq!(g.to_string(), "A1");
        assert_eq!(g.confidence(), Confidence::High);
        assert_eq!(Grade::parse("B2").unwrap().confidence(), Confidence::High);
        assert_eq!(Grade::parse("C3").unwrap().confidence(), Confidence::Medium);
        assert_eq!(Grade::parse("A3").unwrap().confidence(), Confidence::Medium);
        assert_eq!(Grade::parse("F1").unwrap().confidence(), Confidence::Medium);
        assert_eq!(Grade::parse("A4").unwrap().confidence(), Confidence::Low);
        assert_eq!(Grade::parse("E1").unwrap().confidence(), Confidence::Low);
        assert_eq!(Grade::parse("F6").unwrap().confidence(), Confidence::Low);
        assert_eq!(Grade::parse("G1"), Err(GradeError::Reliability('G')));
        assert_eq!(Grade::parse("A7"), Err(GradeError::Credibility('7')));
        assert_eq!(Grade::parse("A0"), Err(GradeError::Credibility('0')));
        assert_eq!(Grade::parse("A12"), Err(GradeError::Form));
        assert_eq!(Grade::parse("1A"), Err(GradeError::Form));
        assert_eq!(
            Grade::parse("B3").unwrap().describe(),
            "B3: usually reliable, possibly true"
        );
    }

    #[test]
    fn the_author_outranks_the_grades_and_the_best_grade_counts() {
        let s = |i| SourceRef(i);
        let a = Assurance::new(
            None,
            vec![
                (s(0), Grade::parse("E5").unwrap()),
                (s(1), Grade::parse("B2").unwrap()),
            ],
        );
        assert_eq!(
            (a.confidence, a.from_grades),
            (Some(Confidence::High), true)
        );
        let a = Assurance::new(Some(Confidence::Low), a.grades);
        assert_eq!(
            (a.confidence, a.from_grades),
            (Some(Confidence::Low), false)
        );
        assert!(a.is_low() && !a.meets(Confidence::Medium) && a.meets(Confidence::Low));
        assert!(Assurance::default().meets(Confidence::High));
        assert_eq!(a.grade_of(s(1)).unwrap().to_string(), "B2");
    }
}
