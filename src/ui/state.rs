//! The one reducer that holds the patient's answers, and its session storage.
//! Pure data and pure transitions; storage I/O is in [`storage`].

use std::rc::Rc;

use yew::Reducible;

use crate::text::Key;
use painpath_core::answers::{Field, Region, Side, Value};
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
    /// A tap on the body map (one side of a limb, or a whole region), or a
    /// box of its list (no side): see [`tap`].
    Tap(Region, Option<Side>),
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
            Action::Tap(region, side) => tap(&mut next.answers, region, side),
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

/// The field that holds the side of a limb region: one answer for the
/// shoulders and arms, one for the hips, knees, legs and feet.
pub fn side_field(r: Region) -> Option<Field> {
    match r {
        Region::Shoulders | Region::ArmsHands => Some(Field::ArmSide),
        Region::Hips | Region::Knees | Region::LegsFeet => Some(Field::LegSide),
        _ => None,
    }
}

/// A side as bits: left 1, right 2, both 3.
fn side_bits(s: Side) -> u8 {
    match s {
        Side::Left => 1,
        Side::Right => 2,
        Side::Both | Side::NotSure => 3,
    }
}

fn regions(a: &Answers) -> u32 {
    match Field::Regions.get(a) {
        Value::Set(bits) => bits,
        _ => 0,
    }
}

/// The sides a side answer covers: both when it is "not sure" or not given.
fn sides(a: &Answers, f: Field) -> u8 {
    match f.get(a) {
        Value::One(i) => Side::ALL.get(usize::from(i)).map_or(3, |s| side_bits(*s)),
        _ => 3,
    }
}

/// The regions sharing a side answer.
fn group(f: Field) -> u32 {
    Region::ALL
        .iter()
        .filter(|r| side_field(**r) == Some(f))
        .fold(0, |bits, r| bits | r.bit())
}

/// Whether the map lights this side of a region (or the region, for `None`):
/// the region is chosen and its side answer covers that side.
pub fn lit(a: &Answers, r: Region, side: Option<Side>) -> bool {
    regions(a) & r.bit() != 0
        && match (side_field(r), side) {
            (Some(f), Some(s)) => sides(a, f) & side_bits(s) != 0,
            _ => true,
        }
}

/// A tap on one side of a limb region, or on a whole region (`None`: a
/// region without sides, or the list's box). The side answer is shared by
/// its group of regions, so the map always lights what it holds:
/// - a tap on an unlit side chooses the region and adds that side (the first
///   region of a group takes the tapped side alone; a side already given for
///   another region of the group is kept, so right leg then left knee is
///   "both sides", never a silent change to "left");
/// - a tap on a lit side takes it away: a region lit on that side only is
///   cleared, one lit on both keeps the other side;
/// - when no region of a group is left, its side answer is cleared too.
pub fn tap(a: &mut Answers, r: Region, side: Option<Side>) {
    let all = regions(a);
    let on = all & r.bit() != 0;
    let Some((f, s)) = side_field(r).zip(side) else {
        let _ = a.set(Field::Regions, Value::Set(all ^ r.bit()));
        if let Some(f) = side_field(r).filter(|f| on && all & group(*f) == r.bit()) {
            let _ = a.set(f, Value::Unanswered);
        }
        return;
    };
    let (s, have) = (side_bits(s), sides(a, f));
    let others = all & group(f) & !r.bit() != 0;
    let (chosen, side) = if !on || have & s == 0 {
        (true, if on || others { have | s } else { s })
    } else if have == s {
        (false, if others { have } else { 0 })
    } else {
        (true, have & !s)
    };
    let _ = a.set(
        Field::Regions,
        Value::Set(if chosen {
            all | r.bit()
        } else {
            all & !r.bit()
        }),
    );
    if side == 0 {
        let _ = a.set(f, Value::Unanswered);
    } else if side != have {
        // Left, Right and Both are the first three sides.
        let _ = a.set(f, Value::One(side - 1));
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

    /// The map's answer after taps: the regions chosen and the leg side.
    fn after(taps: &[(Region, Option<Side>)]) -> Answers {
        let mut a = Answers::default();
        for (r, s) in taps {
            tap(&mut a, *r, *s);
        }
        a
    }

    const LEFT_LEG: (Region, Option<Side>) = (Region::LegsFeet, Some(Side::Left));
    const RIGHT_LEG: (Region, Option<Side>) = (Region::LegsFeet, Some(Side::Right));
    const LEFT_KNEE: (Region, Option<Side>) = (Region::Knees, Some(Side::Left));

    fn leg_side(a: &Answers) -> Value {
        Field::LegSide.get(a)
    }

    fn one(s: Side) -> Value {
        Value::One(s as u8)
    }

    #[test]
    fn a_tap_on_the_left_leg_lights_the_left_leg_only() {
        let a = after(&[LEFT_LEG]);
        assert_eq!(regions(&a), Region::LegsFeet.bit());
        assert_eq!(leg_side(&a), one(Side::Left));
        assert!(lit(&a, Region::LegsFeet, Some(Side::Left)));
        assert!(!lit(&a, Region::LegsFeet, Some(Side::Right)));
        assert_eq!(Field::ArmSide.get(&a), Value::Unanswered);
    }

    #[test]
    fn both_legs_are_both_sides_and_one_off_leaves_the_other() {
        let a = after(&[LEFT_LEG, RIGHT_LEG]);
        assert_eq!(leg_side(&a), one(Side::Both));
        let a = after(&[LEFT_LEG, RIGHT_LEG, LEFT_LEG]);
        assert_eq!(regions(&a), Region::LegsFeet.bit());
        assert_eq!(leg_side(&a), one(Side::Right));
        assert!(!lit(&a, Region::LegsFeet, Some(Side::Left)));
        let a = after(&[LEFT_LEG, RIGHT_LEG, LEFT_LEG, RIGHT_LEG]);
        assert_eq!(regions(&a), 0);
        assert_eq!(leg_side(&a), Value::Unanswered);
    }

    #[test]
    fn a_second_region_never_turns_a_given_side_into_the_other() {
        // Right leg, then left knee: both sides, not "left".
        let a = after(&[RIGHT_LEG, LEFT_KNEE]);
        assert_eq!(regions(&a), Region::LegsFeet.bit() | Region::Knees.bit());
        assert_eq!(leg_side(&a), one(Side::Both));
        // The knee off again: the right side stays for the leg and the knee
        // is cleared with it only if it was lit on one side.
        let a = after(&[RIGHT_LEG, LEFT_KNEE, LEFT_KNEE]);
        assert_eq!(leg_side(&a), one(Side::Right));
        assert!(lit(&a, Region::LegsFeet, Some(Side::Right)));
        // Right leg and right knee, then the right knee off: the leg keeps
        // its side.
        let knee = (Region::Knees, Some(Side::Right));
        let a = after(&[RIGHT_LEG, knee, knee]);
        assert_eq!(regions(&a), Region::LegsFeet.bit());
        assert_eq!(leg_side(&a), one(Side::Right));
    }

    #[test]
    fn a_side_from_the_follow_up_shows_and_not_sure_lights_both() {
        let mut a = after(&[(Region::Hips, None)]);
        assert!(
            lit(&a, Region::Hips, Some(Side::Left)) && lit(&a, Region::Hips, Some(Side::Right))
        );
        let _ = a.set(Field::LegSide, one(Side::Right));
        assert!(!lit(&a, Region::Hips, Some(Side::Left)));
        assert!(lit(&a, Region::Hips, Some(Side::Right)));
        let _ = a.set(Field::LegSide, one(Side::NotSure));
        assert!(
            lit(&a, Region::Hips, Some(Side::Left)) && lit(&a, Region::Hips, Some(Side::Right))
        );
        // A tap on a side lit because it is "not sure" takes that side away.
        tap(&mut a, Region::Hips, Some(Side::Left));
        assert_eq!(leg_side(&a), one(Side::Right));
    }

    #[test]
    fn arms_have_their_own_side_and_the_list_clears_a_side_left_alone() {
        let a = after(&[(Region::ArmsHands, Some(Side::Right)), LEFT_LEG]);
        assert_eq!(Field::ArmSide.get(&a), one(Side::Right));
        assert_eq!(leg_side(&a), one(Side::Left));
        // The list's box clears the whole region, and its side with it.
        let a = after(&[LEFT_LEG, (Region::LegsFeet, None)]);
        assert_eq!(regions(&a), 0);
        assert_eq!(leg_side(&a), Value::Unanswered);
        // A region without sides is a plain toggle.
        let a = after(&[(Region::LowerBack, None)]);
        assert!(lit(&a, Region::LowerBack, None));
        assert_eq!(
            regions(&after(&[
                (Region::LowerBack, None),
                (Region::LowerBack, None)
            ])),
            0
        );
    }

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
