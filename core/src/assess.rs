//! Derives the facts, runs each set of rules by its hit policy
//! ([`HitPolicy`](super::knowledge::HitPolicy)) and assembles one assessment.
//! Every decision is a rule in `knowledge/`; this file only combines them.

use super::answers::{Answers, Field};
use super::assessment::*;
use super::facts::Facts;
use super::knowledge::policy::{self, Findings, PlaceRule, Plan};
use super::knowledge::{all_rules, care, procedures, specialists, Effect, Place, Route, Rule};
use super::Tri;

/// Assess a set of answers. Never panics on well-formed answers.
pub fn assess(answers: &Answers) -> Assessment {
    let f = Facts::derive(answers);
    let fired: Vec<&'static Rule> = all_rules().filter(|r| (r.when)(&f)).collect();

    // Run the sets that read the facts.
    let (red_flag, red_reasons) = most_pressing(&fired);
    let route = winning_route(&fired);
    let mut procs = match_procedures(&fired, &f);

    let (place, reasons, placed_by) = choose_place(&f, red_flag, red_reasons, route, &procs);
    if !place.keep_procedures {
        procs.clear();
    }
    let mut still: Vec<&'static str> = place
        .still_needed
        .into_iter()
        .map(|k| match k {
            // Therapy the pain prevents is not asked for first.
            "still.conservative_care" if f.too_painful_for_therapy => STILL_PAIN_CONTROL_FIRST,
            k => k,
        })
        .collect();
    still.extend(open_gates(&procs));
    let candidacy = CandidacyResult {
        verdict: place.candidacy,
        reasons,
        still_needed: dedup(still),
    };

    let specialist = specialists::info(place.specialist);
    let mut why = candidacy.reasons.clone();
    why.extend(specialist.map(|s| reason(s.id, s.why)));

    let collected: Vec<Support> = fired
        .iter()
        .filter_map(|r| match r.effect {
            Effect::Support(s) => Some(s),
            _ => None,
        })
        .collect();
    let (also, support_rules) = policy::apply_support(&Plan {
        place: &place,
        procedures: &procs,
        support: &dedup(collected),
    });

    let precautions: Vec<Reason> = fired
        .iter()
        .filter(|r| match r.effect {
            Effect::Precaution(None) => true,
            Effect::Precaution(Some(p)) => procs.iter().any(|m| m.id == p),
            _ => false,
        })
        .map(|r| reason(r.id, r.reason))
        .collect();

    let questions = build_questions(place.specialist, &procs, &fired);

    // The trace: fact rules, then policy, the specialist and the catalogue.
    let show = |id, reads: &[Field], sources: &[&'static str]| TraceEntry {
        rule: id,
        answers: reads
            .iter()
            .map(|f| (f.path().to_string(), f.show(answers)))
            .collect(),
        sources: sources.to_vec(),
    };
    let mut trace: Vec<TraceEntry> = fired
        .iter()
        .map(|r| show(r.id, r.reads, r.sources))
        .collect();
    trace.extend(placed_by.map(|r| show(r.id, r.reads, r.sources)));
    trace.extend(support_rules.iter().map(|r| show(r.id, r.reads, r.sources)));
    trace.extend(specialist.map(|s| show(s.id, &[], s.sources)));
    let cap = &policy::FIT_GATES;
    if procs
        .iter()
        .any(|m| m.reasons.iter().any(|r| r.rule == cap.id))
    {
        trace.push(show(cap.id, cap.reads, cap.sources));
    }
    for m in &procs {
        trace.extend(procedures::info(m.id).map(|i| show(i.rule, &[], i.sources)));
    }
    let sources = dedup(
        trace
            .iter()
            .flat_map(|t| t.sources.iter().copied())
            .collect(),
    );

    Assessment {
        urgency: place.urgency,
        time_frame: super::timing::frame(place.urgency),
        urgency_reasons: candidacy.reasons.clone(),
        candidacy,
        procedures: procs,
        specialist: Specialist {
            kind: place.specialist,
            why,
            credentials: care::credentials(place.specialist).to_vec(),
            also,
        },
        questions,
        precautions,
        scores: Scores {
            peg: f.peg,
            phq2: f.phq2,
            gad2: f.gad2,
            budapest_symptom_categories: f.budapest_categories,
            asas_items: f.asas_items,
            dn4_interview_items: f.dn4_items,
        },
        trace,
        sources,
    }
}

/// The most pressing red flag the answers raise, if any: the same level
/// [`assess`] gives its red-flag policy, read from the red-flag tables only.
///
/// The questionnaire's part of the app uses it to send an emergency answer
/// straight to the "get help now" screen without carrying the rest of the
/// knowledge base. Tests prove it agrees with [`assess`] on every answer set
/// and that no red flag lives outside these tables.
pub fn red_flag_level(answers: &Answers) -> Option<Urgency> {
    let f = Facts::derive(answers);
    red_flag_tables()
        .filter(|r| (r.when)(&f))
        .filter_map(|r| match r.effect {
            Effect::RedFlag(u) => Some(u),
            _ => None,
        })
        .max()
}

/// The tables that hold every red-flag rule.
pub fn red_flag_tables() -> impl Iterator<Item = &'static Rule> {
    use super::knowledge::{red_flags, red_flags_combined, safety_first};
    red_flags::RULES
        .iter()
        .chain(red_flags_combined::RULES)
        .chain(safety_first::RULES)
}

fn reason(rule: &'static str, text: &'static str) -> Reason {
    Reason { rule, text }
}

/// Where to go first: a red flag ([`policy::URGENT_CARE`]), else the winning
/// route, else the candidacy table ([`policy::CANDIDACY`]). Returns the place,
/// the reasons for it and the policy rule that chose it.
fn choose_place(
    f: &Facts,
    red_flag: Option<Urgency>,
    red_reasons: Vec<Reason>,
    route: Option<(Route, &'static Rule)>,
    procs: &[ProcedureMatch],
) -> (Place, Vec<Reason>, Option<&'static PlaceRule>) {
    let findings = Findings {
        facts: f,
        red_flag,
        procedures: procs,
    };
    if red_flag.is_some() {
        let rule = policy::URGENT_CARE.decide(&findings);
        return (rule.effect, red_reasons, Some(rule));
    }
    if let Some((route, rule)) = route {
        return (route.place, vec![reason(rule.id, rule.reason)], None);
    }
    let rule = policy::CANDIDACY.decide(&findings);
    let mut reasons = vec![reason(rule.id, rule.reason)];
    for p in procs.iter().filter(|p| p.fit == Fit::Strong) {
        reasons.extend(p.reasons.iter().cloned());
    }
    (rule.effect, dedup(reasons), Some(rule))
}

/// Red flags ([`MaxBy`](super::knowledge::HitPolicy::MaxBy)): the most
/// pressing urgency, with every red flag at that urgency as a reason.
fn most_pressing(fired: &[&'static Rule]) -> (Option<Urgency>, Vec<Reason>) {
    let level = fired
        .iter()
        .filter_map(|r| match r.effect {
            Effect::RedFlag(u) => Some(u),
            _ => None,
        })
        .max();
    let reasons = fired
        .iter()
        .filter(|r| matches!(r.effect, Effect::RedFlag(u) if Some(u) == level))
        .map(|r| reason(r.id, r.reason))
        .collect();
    (level, reasons)
}

/// Routes ([`FirstByPriority`](super::knowledge::HitPolicy::FirstByPriority)).
fn winning_route(fired: &[&'static Rule]) -> Option<(Route, &'static Rule)> {
    fired
        .iter()
        .filter_map(|r| match r.effect {
            Effect::Route(route) => Some((route, *r)),
            _ => None,
        })
        .max_by_key(|(route, _)| route.priority)
}

/// Patterns: matches are collected ([`Collect`](super::knowledge::HitPolicy::Collect),
/// the strongest fit per procedure), then exclusions are taken away
/// ([`Subtract`](super::knowledge::HitPolicy::Subtract)); best first.
fn match_procedures(fired: &[&'static Rule], f: &Facts) -> Vec<ProcedureMatch> {
    let mut found: Vec<(Procedure, (Fit, Vec<Reason>))> = Vec::new();
    for r in fired {
        if let Effect::Match(p, fit) = r.effect {
            let reason = reason(r.id, r.reason);
            match found.iter_mut().find(|(q, _)| *q == p) {
                Some((_, entry)) => {
                    entry.0 = entry.0.max(fit);
                    entry.1.push(reason);
                }
                None => found.push((p, (fit, vec![reason]))),
            }
        }
    }
    for r in fired {
        match r.effect {
            Effect::Exclude(ps) => found.retain(|(q, _)| !ps.contains(q)),
            Effect::Limit(ps) => {
                for (q, (fit, _)) in found.iter_mut() {
                    if ps.contains(q) {
                        *fit = Fit::Possible;
                    }
                }
            }
            _ => {}
        }
    }
    let mut out: Vec<ProcedureMatch> = found
        .into_iter()
        .filter_map(|(id, (fit, reasons))| {
            let info = procedures::info(id)?;
            let prerequisites = info
                .gates
                .iter()
                .map(|g| gate(g.text, (g.check)(f), f))
                .collect();
            let mut cautions: Vec<Reason> =
                info.cautions.iter().map(|c| reason(info.rule, c)).collect();
            for r in fired {
                if r.effect == Effect::Precaution(Some(id)) {
                    cautions.push(reason(r.id, r.reason));
                }
            }
            let mut m = ProcedureMatch {
                id,
                fit,
                reasons,
                prerequisites,
                cautions,
            };
            // The label never reads stronger than the gates allow.
            let cap = &policy::FIT_GATES;
            if m.fit == Fit::Strong && (cap.when)(&m) {
                m.fit = cap.effect;
                m.reasons.push(reason(cap.id, cap.reason));
            }
            Some(m)
        })
        .collect();
    // Strong fits first; within a fit, the catalogue's clinical order.
    out.sort_unstable_by_key(|m| (std::cmp::Reverse(m.fit), m.id));
    out
}

/// Everything still open on the procedures worth discussing, strong fits
/// first (the list is sorted that way), so "two test blocks before ablation"
/// shows even while ablation is only a later possibility.
fn open_gates(procs: &[ProcedureMatch]) -> Vec<&'static str> {
    procs
        .iter()
        .flat_map(|p| p.prerequisites.iter())
        .filter(|p| p.status != Tri::Met)
        .map(|p| p.text)
        .collect()
}

/// The text shown when the pain is too bad to do therapy, in place of a
/// therapy gate that is not met (Seed 004: a specialist may be seen early
/// when pain is too severe for exercise or therapy, to make therapy
/// possible). A gate the person cannot pass is not shown as "not yet".
pub const GATE_CARE_TOO_PAINFUL: &str = "gate.care_too_painful";

/// In place of "give simple care a fair try first" when the pain is too
/// bad to do therapy: the regular doctor helps control it first.
pub const STILL_PAIN_CONTROL_FIRST: &str = "still.pain_control_first";

fn gate(text: &'static str, status: Tri, f: &Facts) -> Prerequisite {
    if text == "gate.care_failed" && status != Tri::Met && f.too_painful_for_therapy {
        return Prerequisite {
            text: GATE_CARE_TOO_PAINFUL,
            status: Tri::Unknown,
        };
    }
    Prerequisite { text, status }
}

fn dedup<T: PartialEq>(items: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

fn build_questions(
    kind: SpecialistKind,
    procs: &[ProcedureMatch],
    fired: &[&'static Rule],
) -> Vec<Question> {
    let mut out: Vec<Question> = Vec::new();
    let mut add = |text: &'static str, why: &'static str| {
        if !out.iter().any(|q| q.text == text) {
            out.push(Question { text, why });
        }
    };
    for (q, w) in care::visit_questions(kind) {
        add(q, w);
    }
    for m in procs {
        for (q, w) in procedures::info(m.id).map(|i| i.questions).unwrap_or(&[]) {
            add(q, w);
        }
    }
    if !procs.is_empty() {
        for (q, w) in care::PROCEDURE_VISIT_QUESTIONS {
            add(q, w);
        }
    }
    for r in fired {
        if let Effect::Ask(q) = r.effect {
            add(q, r.reason);
        }
    }
    out
}
