//! The one reducer that holds the patient's answers, and its session storage.
//! Pure data and pure transitions; storage I/O is in [`storage`].

use std::rc::Rc;

use yew::Reducible;

use crate::text::Key;
use painpath_core::answers::{Field, Value};
use painpath_core::questionnaire;
use painpath_core::Answers;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub answers: Answers,
    /// Consultation questions the patient has ticked (text keys).
    pub ticked: Vec<String>,
    /// The emergency result has been shown once; do not redirect again.
    pub emergency_shown: bool,
    /// A notice to show (text key), such as "earlier answers could not be read".
    pub notice: Option<Key>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Answer one question. A value of the wrong kind or out of range is
    /// ignored (the widgets only offer valid ones).
    Set(Field, Value),
    /// "None of these apply to me" on a step of safety questions: every
    /// one of them not yet answered is answered "no" (the step's id).
    NoneOfThese(&'static str),
    Tick(&'static str),
    EmergencyShown,
    DismissNotice,
    StartOver,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(field, value) => {
                let _ = next.answers.set(field, value);
            }
            Action::NoneOfThese(step) => {
                if let Some(step) = questionnaire::step_by_id(step) {
                    questionnaire::answer_none_of_these(step, &mut next.answers);
                }
            }
            Action::Tick(key) => match next.ticked.iter().position(|k| k == key) {
                Some(i) => {
                    next.ticked.remove(i);
                }
                None => next.ticked.push(key.to_string()),
            },
            Action::EmergencyShown => next.emergency_shown = true,
            Action::DismissNotice => next.notice = None,
            Action::StartOver => next = State::default(),
        }
        Rc::new(next)
    }
}

/// Session storage: survives a reload of this tab, forgotten after an hour
/// without a change (the browser may bring a closed tab back with its
/// storage). Saved as `v1|<answers code>|<emergency shown 0/1>|<ticked keys,
/// comma-separated>`, with the time (see [`crate::platform::storage`]).
pub mod storage {
    use super::State;
    use crate::platform;
    use painpath_core::codec;

    pub const KEY: &str = "painpath.session";

    /// Serialise the state for storage.
    pub fn format(state: &State) -> String {
        let ticked: Vec<&str> = state.ticked.iter().map(String::as_str).collect();
        format!(
            "v1|{}|{}|{}",
            codec::encode(&state.answers),
            u8::from(state.emergency_shown),
            ticked.join(",")
        )
    }

    /// A well-formed consultation-question key. Checked by shape, not by
    /// looking it up: the words for questions may not have arrived yet when
    /// the state is read. Only ticks on questions shown are ever displayed.
    fn is_question_key(k: &str) -> bool {
        k.len() <= 64
            && k.starts_with("question.")
            && k.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
    }

    /// Read saved state. Unreadable data gives a fresh state with a notice,
    /// never a panic. Ticked keys that are not consultation questions are dropped.
    pub fn parse(saved: Option<&str>) -> State {
        let Some(text) = saved else {
            return State::default();
        };
        let mut parts = text.splitn(4, '|');
        let read = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("v1"), Some(code), Some(flag @ ("0" | "1")), Some(ticked)) => {
                codec::decode(code).ok().map(|answers| State {
                    answers,
                    emergency_shown: flag == "1",
                    ticked: ticked
                        .split(',')
                        .filter(|k| is_question_key(k))
                        .map(str::to_string)
                        .collect(),
                    notice: None,
                })
            }
            _ => None,
        };
        read.unwrap_or_else(|| State {
            notice: Some(crate::text::k::NOTICE_STORAGE_UNREADABLE),
            ..State::default()
        })
    }

    pub fn load() -> State {
        parse(platform::storage::get(KEY).as_deref())
    }

    /// After a reload, or a return to this tab (`kept`: the tab held answers
    /// before the app ran), the person is told their answers are still
    /// here; not on the welcome page, which offers to go on or start over,
    /// and never over another notice.
    pub fn tell_kept(mut state: State, kept: bool, welcome: bool) -> State {
        if kept && !welcome && state.answers != Default::default() {
            state.notice = state.notice.or(Some(crate::text::k::NOTICE_ANSWERS_KEPT));
        }
        state
    }

    /// Save, or clear when nothing has been answered. Failures (storage
    /// disabled or full) are ignored: the answers stay in memory.
    pub fn save(state: &State) {
        let blank = State {
            notice: state.notice,
            ..State::default()
        };
        if *state == blank {
            platform::storage::remove(KEY);
        } else {
            platform::storage::set_expiring(KEY, &format(state));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use painpath_core::answers::Region;

    #[test]
    fn saved_state_round_trips() {
        let mut s = State::default();
        s.answers.pain.regions.insert(Region::Knees);
        s.ticked.push("question.general.experience".into());
        assert_eq!(storage::parse(Some(&storage::format(&s))), s);
    }

    #[test]
    fn unreadable_storage_starts_fresh_with_a_notice() {
        let good = storage::format(&State::default());
        // One character of the code changed, whatever the codec version.
        let code = good.strip_prefix("v1|").unwrap_or(&good);
        let swapped = if code.starts_with('A') { 'B' } else { 'A' };
        let damaged = format!("v1|{swapped}{}", code.get(1..).unwrap_or(""));
        for bad in [
            "{", "null", "[]", "v1|", "v2|AQ|0|", "v1|!!|0|", "v1|AQ|7|", &damaged, "\u{0}",
        ] {
            let s = storage::parse(Some(bad));
            assert_eq!(s.answers, Answers::default(), "{bad}");
            assert_eq!(
                s.notice,
                Some(crate::text::k::NOTICE_STORAGE_UNREADABLE),
                "{bad}"
            );
        }
        assert_eq!(storage::parse(None), State::default());
    }

    #[test]
    fn only_well_formed_question_ticks_are_read_back() {
        let good = storage::format(&State::default());
        let saved = format!(
            "{good}question.general.experience,<img src=x>,question.Bad Key,ui.next,question.{}",
            "x".repeat(80)
        );
        let s = storage::parse(Some(&saved));
        assert_eq!(s.ticked, vec!["question.general.experience".to_string()]);
        assert_eq!(s.notice, None);
    }

    #[test]
    fn kept_answers_are_told_but_never_over_another_notice() {
        let kept = Some(crate::text::k::NOTICE_ANSWERS_KEPT);
        let s = storage::tell_kept(State::default(), true, false);
        assert_eq!(s.notice, None, "nothing to keep");
        let mut answered = State::default();
        answered.answers.age = Some(40);
        let told = |s: &State, kept, welcome| storage::tell_kept(s.clone(), kept, welcome).notice;
        assert_eq!(told(&answered, true, false), kept);
        assert_eq!(told(&answered, false, false), None, "answered in this page");
        assert_eq!(told(&answered, true, true), None, "the welcome page");
        answered.notice = Some(crate::text::k::NOTICE_STORAGE_UNREADABLE);
        assert_eq!(
            told(&answered, true, false),
            Some(crate::text::k::NOTICE_STORAGE_UNREADABLE)
        );
    }

    #[test]
    fn start_over_clears_everything() {
        let mut s = State::default();
        s.answers.age = Some(40);
        s.ticked.push("x".into());
        let next = Rc::new(s).reduce(Action::StartOver);
        assert_eq!(*next, State::default());
    }

    #[test]
    fn main_region_follows_the_regions() {
        let i_of = |r: Region| Region::ALL.iter().position(|x| *x == r).unwrap_or(0) as u8;
        let toggle = |s: Rc<State>, r: Region| {
            let i = Region::ALL.iter().position(|x| *x == r).unwrap_or(0) as u8;
            let now = Field::Regions.get(&s.answers);
            s.reduce(Action::Set(Field::Regions, now.toggled(i)))
        };
        let s = toggle(Rc::new(State::default()), Region::Knees);
        assert_eq!(s.answers.pain.main_region, Some(Region::Knees));
        // A second region: which bothers most is the person's to say, not
        // preset to the first one tapped.
        let s = toggle(s, Region::Neck);
        assert_eq!(s.answers.pain.main_region, None);
        let s = s.reduce(Action::Set(
            Field::MainRegion,
            Value::One(i_of(Region::Neck)),
        ));
        assert_eq!(s.answers.pain.main_region, Some(Region::Neck));
        // A third keeps the choice made.
        let s = toggle(s, Region::LowerBack);
        assert_eq!(s.answers.pain.main_region, Some(Region::Neck));
        let s = toggle(s, Region::Neck);
        assert_eq!(s.answers.pain.main_region, None);
        let s = toggle(s, Region::Knees);
        assert_eq!(s.answers.pain.main_region, Some(Region::LowerBack));
    }

    #[test]
    fn a_value_of_the_wrong_kind_changes_nothing() {
        let s = Rc::new(State::default()).reduce(Action::Set(Field::Age, Value::One(2)));
        assert_eq!(*s, State::default());
        let s = s.reduce(Action::Set(Field::Age, Value::Number(121)));
        assert_eq!(*s, State::default());
    }
}
