//! What a screen asks, typed: the view draws these and reads and writes the answers only
//! through them, so no component knows an answer field.

use chrono::NaiveDate;

use crate::core::answers::Answers;
use crate::core::date_input::{self, Parts, Typed};
use crate::core::regulation::Need;
use crate::core::text::Text;
use crate::core::validation::{date, err, text, FieldError};

/// A text to show: a locale key, the organisation's own words, a key with one
/// `{placeholder}` filled with the text of another key, or several of these one after the
/// other (our plain words, then what the organisation adds).
#[derive(Clone, Debug, PartialEq)]
pub enum Label {
    Key(String),
    Own(Text),
    Filled {
        key: &'static str,
        placeholder: &'static str,
        value_key: String,
    },
    Joined(Vec<Label>),
}

/// Our own pictograms (drawn by the view), always shown beside their text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Person,
    Helper,
    ForOther,
    Group,
    House,
    Badge,
    Handshake,
    Heart,
    Scales,
    Chat,
    Email,
    Phone,
    Letter,
    Speaker,
}

/// How one choice is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub label: Label,
    pub hint: Option<Label>,
    pub icon: Option<Icon>,
}

impl Choice {
    /// The standard texts of a value: `choice.<field>.<name>` and its `.hint`.
    pub fn named(field: &str, name: &str, icon: Option<Icon>) -> Self {
        Choice {
            label: Label::Key(format!("choice.{field}.{name}")),
            hint: Some(Label::Key(format!("choice.{field}.{name}.hint"))),
            icon,
        }
    }

    /// A choice the regulation may word itself: a standard one (`standard`: its value's name)
    /// in our words unless the organisation wrote a question, or the organisation's own. An
    /// own question shows only the organisation's hint: ours belongs to our question.
    pub fn worded(
        field: &str,
        standard: Option<&str>,
        question: Option<&Text>,
        hint: Option<&Text>,
    ) -> Self {
        let ours = standard.map(|name| Choice::named(field, name, None));
        let label = match (question, &ours) {
            (Some(own), _) => Label::Own(own.clone()),
            (None, Some(ours)) => ours.label.clone(),
            (None, None) => Label::Own(Text::Dutch(String::new())),
        };
        let hint = match (hint, question, ours) {
            (Some(own), _, _) => Some(Label::Own(own.clone())),
            (None, None, Some(ours)) => ours.hint,
            _ => None,
        };
        Choice {
            label,
            hint,
            icon: None,
        }
    }
}

/// Reads and writes the chosen values of one answer field, by their place in the list.
trait Pick: Send + Sync {
    fn chosen(&self, a: &Answers) -> Option<Vec<usize>>;
    fn set(&self, a: &mut Answers, chosen: Option<Vec<usize>>);
}

struct One<T> {
    values: Vec<T>,
    slot: fn(&mut Answers) -> &mut Option<T>,
    get: fn(&Answers) -> Option<T>,
}

impl<T: Copy + PartialEq + Send + Sync> Pick for One<T> {
    fn chosen(&self, a: &Answers) -> Option<Vec<usize>> {
        let value = (self.get)(a)?;
        self.values
            .iter()
            .position(|v| *v == value)
            .map(|i| vec![i])
    }
    fn set(&self, a: &mut Answers, chosen: Option<Vec<usize>>) {
        *(self.slot)(a) = chosen.and_then(|c| c.first().map(|i| self.values[*i]));
    }
}

struct Many<T> {
    values: Vec<T>,
    slot: fn(&mut Answers) -> &mut Option<Vec<T>>,
    get: fn(&Answers) -> Option<&Vec<T>>,
}

impl<T: Clone + PartialEq + Send + Sync> Pick for Many<T> {
    fn chosen(&self, a: &Answers) -> Option<Vec<usize>> {
        let list = (self.get)(a)?;
        Some(
            list.iter()
                .filter_map(|value| self.values.iter().position(|v| v == value))
                .collect(),
        )
    }
    fn set(&self, a: &mut Answers, chosen: Option<Vec<usize>>) {
        *(self.slot)(a) = chosen.map(|c| c.iter().map(|i| self.values[*i].clone()).collect());
    }
}

/// One of several choices, or any of them ("none of these" is an empty list).
pub struct Choices {
    /// The answer field: error target and element id.
    pub field: &'static str,
    pub many: bool,
    pub options: Vec<Choice>,
    /// An extra line under the question's hint.
    pub note: Option<Label>,
    pick: Box<dyn Pick>,
}

impl std::fmt::Debug for Choices {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Choices")
            .field("field", &self.field)
            .field("many", &self.many)
            .field("options", &self.options)
            .finish()
    }
}

impl Choices {
    /// One of `options`; the answer is `slot`.
    pub fn one<T: Copy + PartialEq + Send + Sync + 'static>(
        field: &'static str,
        options: Vec<(T, Choice)>,
        get: fn(&Answers) -> Option<T>,
        slot: fn(&mut Answers) -> &mut Option<T>,
    ) -> Self {
        let (values, options) = options.into_iter().unzip();
        Choices {
            field,
            many: false,
            options,
            note: None,
            pick: Box::new(One { values, slot, get }),
        }
    }

    /// A yes/no question: `true` and `false` in this order, with their standard texts
    /// (`choice.<field>.true`, `choice.<field>.false`).
    pub fn yes_no(
        field: &'static str,
        order: [bool; 2],
        get: fn(&Answers) -> Option<bool>,
        slot: fn(&mut Answers) -> &mut Option<bool>,
    ) -> Self {
        let options = order
            .into_iter()
            .map(|value| {
                let name = if value { "true" } else { "false" };
                (value, Choice::named(field, name, None))
            })
            .collect();
        Choices::one(field, options, get, slot)
    }

    /// Any of `options`, or none.
    pub fn many<T: Clone + PartialEq + Send + Sync + 'static>(
        field: &'static str,
        options: Vec<(T, Choice)>,
        get: fn(&Answers) -> Option<&Vec<T>>,
        slot: fn(&mut Answers) -> &mut Option<Vec<T>>,
    ) -> Self {
        let (values, options) = options.into_iter().unzip();
        Choices {
            field,
            many: true,
            options,
            note: None,
            pick: Box::new(Many { values, slot, get }),
        }
    }

    /// The places of the chosen options; `None`: not answered, `Some([])`: none of these.
    pub fn chosen(&self, a: &Answers) -> Option<Vec<usize>> {
        self.pick.chosen(a)
    }

    pub fn is_chosen(&self, a: &Answers, option: usize) -> bool {
        self.chosen(a).is_some_and(|c| c.contains(&option))
    }

    /// Chooses an option; with `many`, ticks or unticks it. Unticking the last one means
    /// "not answered", not "none of these".
    pub fn toggle(&self, a: &mut Answers, option: usize) {
        if !self.many {
            self.pick.set(a, Some(vec![option]));
            return;
        }
        let mut list = self.chosen(a).unwrap_or_default();
        match list.iter().position(|i| *i == option) {
            Some(at) => {
                list.remove(at);
            }
            None => list.push(option),
        }
        self.pick.set(a, (!list.is_empty()).then_some(list));
    }

    pub fn is_none(&self, a: &Answers) -> bool {
        self.chosen(a).is_some_and(|c| c.is_empty())
    }

    /// Ticks or unticks "none of these".
    pub fn toggle_none(&self, a: &mut Answers) {
        let none = self.is_none(a);
        self.pick.set(a, (!none).then(Vec::new));
    }
}

/// A date, or "I do not know exactly".
#[derive(Clone, Debug)]
pub struct DateAsk {
    pub field: &'static str,
    pub unknown_field: &'static str,
    pub unknown_allowed: bool,
    pub need: Need,
    pub get: fn(&Answers) -> Option<NaiveDate>,
    pub set: fn(&mut Answers, Option<NaiveDate>),
    pub unknown: fn(&Answers) -> bool,
    pub set_unknown: fn(&mut Answers, bool),
}

impl DateAsk {
    /// The day, month and year to show: as typed, or those of the date.
    pub fn parts(&self, a: &Answers) -> Parts {
        match a.typed_dates.get(self.field) {
            Some(parts) => parts.clone(),
            None => (self.get)(a).map(date_input::parts_of).unwrap_or_default(),
        }
    }

    /// What was typed: a whole date is the answer; a month or a part-date is kept as typed
    /// (a month counts as its last day).
    pub fn type_parts(&self, a: &mut Answers, parts: Parts, today: NaiveDate) {
        let typed = date_input::read(&parts, today);
        let date = match typed {
            Typed::Day(d) | Typed::Month(d) => Some(d),
            Typed::Empty | Typed::Problem(_) => None,
        };
        (self.set)(a, date);
        if matches!(typed, Typed::Month(_) | Typed::Problem(_)) {
            a.typed_dates.insert(self.field.to_string(), parts);
        } else {
            a.typed_dates.remove(self.field);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    Line,
    /// A person's name.
    Name,
    Area,
    Email,
    Phone,
    Address,
}

/// Free text.
#[derive(Clone, Debug)]
pub struct TextAsk {
    pub field: &'static str,
    pub kind: TextKind,
    pub need: Need,
    /// Its own label (one of several fields); `None`: the screen's heading.
    pub label: Option<String>,
    pub suggestions: Vec<String>,
    /// An extra line under the hint (a single text on its own screen).
    pub note: Option<Label>,
    /// What it accepts; `None`: the screen checks it itself.
    pub check: Option<TextCheck>,
    pub get: fn(&Answers) -> &String,
    pub slot: fn(&mut Answers) -> &mut String,
}

/// The most characters a text may have, and the messages when it is missing or too long.
#[derive(Clone, Copy, Debug)]
pub struct TextCheck {
    pub max: usize,
    pub empty: &'static str,
    pub too_long: &'static str,
}

impl TextAsk {
    pub fn new(
        field: &'static str,
        kind: TextKind,
        need: Need,
        get: fn(&Answers) -> &String,
        slot: fn(&mut Answers) -> &mut String,
    ) -> Self {
        TextAsk {
            field,
            kind,
            need,
            label: None,
            suggestions: Vec::new(),
            note: None,
            check: None,
            get,
            slot,
        }
    }

    /// Accepts at most `max` characters; `empty` is the message when a required text is missing.
    pub fn checked(mut self, max: usize, empty: &'static str) -> Self {
        self.check = Some(TextCheck {
            max,
            empty,
            too_long: "error.too_long",
        });
        self
    }
}

#[derive(Debug)]
pub enum Ask {
    Choose(Choices),
    Date(DateAsk),
    Text(TextAsk),
    /// Several text fields on one screen, and the channels of which one is needed (locale keys).
    Fields {
        fields: Vec<TextAsk>,
        reach: Vec<&'static str>,
        /// A locale key told under the hint, when there is something to add.
        note: Option<&'static str>,
    },
    /// A page that tells rather than asks.
    Info,
}

impl Ask {
    /// What stops the person from continuing, as follows from what is asked: a choice must be
    /// made (or "none of these"), a date given unless it may be unknown, a text be within its
    /// limits.
    pub fn problems(&self, a: &Answers, today: NaiveDate) -> Vec<FieldError> {
        let mut e = Vec::new();
        match self {
            Ask::Choose(choices) if choices.chosen(a).is_none() => {
                let message = if choices.many {
                    "error.choose_or_none"
                } else {
                    "error.choose"
                };
                e.push(err(choices.field, message));
            }
            Ask::Date(d) => {
                let typed = a
                    .typed_dates
                    .get(d.field)
                    .map(|p| date_input::read(p, today));
                let may_be_empty =
                    d.need == Need::Optional || ((d.unknown)(a) && d.unknown_allowed);
                match typed {
                    Some(Typed::Problem(key)) if !((d.unknown)(a) && d.unknown_allowed) => {
                        e.push(err(d.field, key))
                    }
                    _ => date(&mut e, (d.get)(a), may_be_empty, today, d.field),
                }
            }
            Ask::Text(t) => {
                if let Some(c) = t.check {
                    text(
                        &mut e,
                        (t.get)(a),
                        t.need,
                        c.max,
                        t.field,
                        c.empty,
                        c.too_long,
                    );
                }
            }
            Ask::Choose(_) | Ask::Fields { .. } | Ask::Info => {}
        }
        e
    }
}
