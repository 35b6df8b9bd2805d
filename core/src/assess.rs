//! Folds the rules that fire into one assessment.

use super::answers::Answers;
use super::assessment::*;
use super::facts::Facts;
use super::knowledge::{all_rules, care, procedures, Effect, Route, Rule};
use super::Tri;

/// Assess a set of answers. Never panics on well-formed answers.
pub fn assess(answers: &Answers) -> Assessment {
    let f = Facts::derive(answers);
    let fired: Vec<&'static Rule> = all_rules().filter(|r| (r.when)(&f)).collect();

    let reason = |r: &Rule| Reason {
        rule: r.id,
        text: r.reason,
    };

    // Red flags: the most pressing one wins.
    let red_level = fired
        .iter()
        .filter_map(|r| match r.effect {
            Effect::RedFlag(u) => Some(u),
            _ => None,
        })
        .max();
    let red_reasons: Vec<Reason> = fired
        .iter()
        .filter(|r| matches!(r.effect, Effect::RedFlag(u) if Some(u) == red_level))
        .map(|r| reason(r))
        .collect();

    // Routing: the highest priority wins.
    let route: Option<(Route, &Rule)> = fired
        .iter()
        .filter_map(|r| match r.effect {
            Effect::Route(route) => Some((route, *r)),
            _ => None,
        })
        .max_by_key(|(route, _)| route.priority);

    let mut procs = match_procedures(&fired, &f);

    let (urgency, specialist_kind, candidacy) = if let Some(level) = red_level {
        procs.clear();
        let kind = if level == Urgency::Emergency {
            SpecialistKind::EmergencyCare
        } else {
            SpecialistKind::PrimaryCare
        };
        let verdict = CandidacyResult {
            verdict: Candidacy::NotYet,
            reasons: red_reasons.clone(),
            still_needed: vec![if level == Urgency::Emergency {
                "still.emergency_first"
            } else {
                "still.urgent_first"
            }],
        };
        (level, kind, verdict)
    } else if let Some((route, rule)) = route {
        if !route.keep_procedures {
            procs.clear();
        }
        let mut still = vec![route_still_needed(route)];
        still.extend(open_gates(&procs));
        let verdict = CandidacyResult {
            verdict: route.candidacy,
            reasons: vec![reason(rule)],
            still_needed: dedup(still),
        };
        (route.urgency, route.specialist, verdict)
    } else {
        from_procedures(&procs, &f)
    };

    let mut why: Vec<Reason> = match red_level {
        Some(_) => red_reasons.clone(),
        None => candidacy.reasons.clone(),
    };
    why.push(Reason {
        rule: "specialist",
        text: specialist_why(specialist_kind),
    });

    let mut also: Vec<Support> = Vec::new();
    if red_level != Some(Urgency::Emergency) {
        for r in &fired {
            if let Effect::Support(s) = r.effect {
                let duplicate = also.contains(&s)
                    || (s == Support::SpineSurgeon
                        && specialist_kind == SpecialistKind::SpineSurgeon);
                if !duplicate {
                    also.push(s);
                }
            }
        }
        if procs
            .iter()
            .any(|p| p.id == Procedure::SpinalCordStimulation)
            && !also.contains(&Support::PainPsychologist)
        {
            also.push(Support::PainPsychologist);
        }
    }

    let precautions: Vec<Reason> = fired
        .iter()
        .filter(|r| match r.effect {
            Effect::Precaution(None) => true,
            Effect::Precaution(Some(p)) => procs.iter().any(|m| m.id == p),
            _ => false,
        })
        .map(|r| reason(r))
        .collect();

    let questions = build_questions(specialist_kind, &procs, &fired);

    let trace = build_trace(answers, &fired);
    let mut sources: Vec<&'static str> = Vec::new();
    for entry in &trace {
        for s in &entry.sources {
            if !sources.contains(s) {
                sources.push(s);
            }
        }
    }
    for m in &procs {
        for s in procedures::info(m.id).map(|i| i.sources).unwrap_or(&[]) {
            if !sources.contains(s) {
                sources.push(s);
            }
        }
    }

    Assessment {
        urgency,
        urgency_reasons: match red_level {
            Some(_) => red_reasons,
            None => candidacy.reasons.clone(),
        },
        candidacy,
        procedures: procs,
        specialist: Specialist {
            kind: specialist_kind,
            why,
            credentials: care::credentials(specialist_kind).to_vec(),
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

/// Procedures the fired rules match, less those ruled out, best first.
fn match_procedures(fired: &[&'static Rule], f: &Facts) -> Vec<ProcedureMatch> {
    let mut found: Vec<(Procedure, (Fit, Vec<Reason>))> = Vec::new();
    for r in fired {
        if let Effect::Match(p, fit) = r.effect {
            let reason = Reason {
                rule: r.id,
                text: r.reason,
            };
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
        if let Effect::Exclude(p) = r.effect {
            found.retain(|(q, _)| *q != p);
        }
    }
    // Strong fits first; within a fit, the catalogue's clinical order.
    found.sort_unstable_by_key(|(id, (fit, _))| (std::cmp::Reverse(*fit), *id));
    found
        .into_iter()
        .filter_map(|(id, (fit, reasons))| {
            let info = procedures::info(id)?;
            let prerequisites = info
                .gates
                .iter()
                .map(|g| Prerequisite {
                    text: g.text,
                    status: (g.check)(f),
                })
                .collect();
            let mut cautions: Vec<Reason> = info
                .cautions
                .iter()
                .map(|c| Reason {
                    rule: "catalogue",
                    text: c,
                })
                .collect();
            for r in fired {
                if r.effect == Effect::Precaution(Some(id)) {
                    cautions.push(Reason {
                        rule: r.id,
                        text: r.reason,
                    });
                }
            }
            Some(ProcedureMatch {
                id,
                fit,
                reasons,
                prerequisites,
                cautions,
            })
        })
        .collect()
}

/// Whether the steps a patient can take before referral are done.
fn referral_status(m: &ProcedureMatch) -> Tri {
    let gates = procedures::info(m.id).map(|i| i.gates).unwrap_or(&[]);
    let statuses = m
        .prerequisites
        .iter()
        .zip(gates)
        .filter(|(_, g)| g.before_referral)
        .map(|(p, _)| p.status);
    let mut out = Tri::Met;
    for s in statuses {
        match s {
            Tri::NotMet => return Tri::NotMet,
            Tri::Unknown => out = Tri::Unknown,
            Tri::Met => {}
        }
    }
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

fn dedup(items: Vec<&'static str>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::with_capacity(items.len());
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// No red flag and no route: the procedures and their gates decide.
fn from_procedures(
    procs: &[ProcedureMatch],
    f: &Facts,
) -> (Urgency, SpecialistKind, CandidacyResult) {
    let pain = (
        Urgency::SeePainSpecialist,
        SpecialistKind::InterventionalPain,
    );
    let primary = (Urgency::SeePrimaryCare, SpecialistKind::PrimaryCare);
    if procs.is_empty() {
        // No recognised pattern: long-standing pain that care has not helped
        // still deserves a specialist's search for its source (seed 004).
        let (place, verdict, key) = if f.chronic && f.care_failed == Tri::Met {
            (
                pain,
                Candidacy::Possible,
                "reason.candidacy.no_pattern_chronic",
            )
        } else {
            (primary, Candidacy::NotYet, "reason.candidacy.no_pattern")
        };
        let still = if verdict == Candidacy::Possible {
            vec!["still.specialist_exam"]
        } else {
            vec!["still.primary_care_review"]
        };
        let result = CandidacyResult {
            verdict,
            reasons: vec![Reason {
                rule: "candidacy.no_pattern",
                text: key,
            }],
            still_needed: still,
        };
        return (place.0, place.1, result);
    }
    let likely = procs
        .iter()
        .any(|p| p.fit == Fit::Strong && referral_status(p) == Tri::Met);
    let open = procs.iter().any(|p| referral_status(p) != Tri::NotMet);
    let (verdict, key, place) = if likely {
        (Candidacy::Likely, "reason.candidacy.ready", pain)
    } else if open {
        (Candidacy::Possible, "reason.candidacy.check_first", pain)
    } else {
        (Candidacy::NotYet, "reason.candidacy.not_yet", primary)
    };
    let mut reasons = vec![Reason {
        rule: "candidacy.gates",
        text: key,
    }];
    for p in procs.iter().filter(|p| p.fit == Fit::Strong) {
        for r in &p.reasons {
            if !reasons.contains(r) {
                reasons.push(r.clone());
            }
        }
    }
    let result = CandidacyResult {
        verdict,
        reasons,
        still_needed: dedup(open_gates(procs)),
    };
    (place.0, place.1, result)
}

fn route_still_needed(route: Route) -> &'static str {
    match route.specialist {
        SpecialistKind::SpineSurgeon => "still.surgeon_first",
        SpecialistKind::Rheumatologist => "still.rheumatology_first",
        SpecialistKind::HeadacheNeurologist => "still.headache_specialist",
        SpecialistKind::InterventionalPain => "still.specialist_exam",
        SpecialistKind::EmergencyCare => "still.emergency_first",
        SpecialistKind::PrimaryCare => match route.candidacy {
            Candidacy::NotSuitable => "still.team_care",
            _ => "still.conservative_care",
        },
    }
}

fn specialist_why(kind: SpecialistKind) -> &'static str {
    match kind {
        SpecialistKind::EmergencyCare => "why.specialist.emergency_care",
        SpecialistKind::PrimaryCare => "why.specialist.primary_care",
        SpecialistKind::InterventionalPain => "why.specialist.interventional_pain",
        SpecialistKind::SpineSurgeon => "why.specialist.spine_surgeon",
        SpecialistKind::Rheumatologist => "why.specialist.rheumatologist",
        SpecialistKind::HeadacheNeurologist => "why.specialist.headache_neurologist",
    }
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

/// Every fired rule with the answers it read, shown as they were given.
fn build_trace(answers: &Answers, fired: &[&'static Rule]) -> Vec<TraceEntry> {
    fired
        .iter()
        .map(|r| TraceEntry {
            rule: r.id,
            answers: r
                .reads
                .iter()
                .map(|f| (f.path().to_string(), f.show(answers)))
                .collect(),
            sources: r.sources.to_vec(),
        })
        .collect()
}
