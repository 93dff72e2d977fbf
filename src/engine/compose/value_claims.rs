//! Claims from the value model: what the user's figures are worth, each claim drawn from the top
//! of one chain of working and citing every fact and figure in it — time given back (and what it
//! is worth), money saved, a payback, money carried and what the hours down put at risk, a cost
//! for each person. These are what a board hears first.

use super::claims::Claim;
use crate::engine::english;
use crate::engine::facts::{Fact, MoneyRole};
use crate::engine::service::Understanding;
use crate::engine::value::{chain, DerivedFigure, Level, Meaning};

/// The chains of working over one understanding.
struct Chains<'u> {
    derived: &'u [DerivedFigure],
    facts: &'u [Fact],
}

impl<'u> Chains<'u> {
    fn new(u: &'u Understanding) -> Chains<'u> {
        Chains { derived: &u.derived, facts: &u.facts }
    }

    fn figure(&self, id: &str) -> Option<&'u DerivedFigure> {
        self.derived.iter().find(|d| d.id == id)
    }

    fn figures(&self) -> impl Iterator<Item = &'u DerivedFigure> {
        self.derived.iter()
    }

    /// Every fact and figure `id` came from, with it, nearest first.
    fn tree(&self, id: &str) -> Vec<String> {
        chain::tree(self.derived, id)
    }

    /// The figures of `meaning` per `period` for a whole (no "each").
    fn all(&self, meaning: Meaning, period: &'static str) -> impl Iterator<Item = &'u DerivedFigure> + '_ {
        self.figures().filter(move |d| {
            d.kind == meaning
                && d.each.is_none()
                && d.per.as_ref().map_or("", |p| if p.count == 1.0 { p.unit.as_str() } else { "" }) == period
        })
    }

    /// Whether another figure of the same meaning a year was worked out from `d`: `d` is not the
    /// top of its chain.
    fn is_top(&self, d: &DerivedFigure) -> bool {
        !self.figures().any(|o| {
            o.id != d.id && o.kind == d.kind && o.per == d.per && o.each.is_none() && o.from.contains(&d.id)
        })
    }

    fn fact(&self, id: &str) -> Option<&'u Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    /// The downtime a figure at risk was worked out from.
    fn downtime_in(&self, id: &str) -> Option<&'u DerivedFigure> {
        self.tree(id).iter().filter_map(|t| self.figure(t)).find(|d| d.kind == Meaning::Downtime)
    }

    /// A fact in the tree of `id` with `role`.
    fn fact_in(&self, id: &str, role: MoneyRole) -> Option<&'u Fact> {
        self.tree(id).iter().filter_map(|t| self.fact(t)).find(|f| f.role == Some(role))
    }
}

/// A claim citing the whole tree of each of `tops`.
fn claim(kind: &'static str, chains: &Chains<'_>, tops: &[&str]) -> Claim {
    let trees: Vec<String> = tops.iter().flat_map(|top| chains.tree(top)).collect();
    // Facts first, then figures, each in order, as every claim lists them.
    let facts = chains.facts.iter().map(|f| &f.id).filter(|id| trees.contains(id));
    let derived: Vec<String> =
        chains.figures().map(|d| &d.id).filter(|id| trees.contains(id)).cloned().collect();
    let mut c = Claim::about(kind, facts.chain(&derived).cloned().collect());
    c.derived = derived;
    c
}

/// A fact's time with its scope and period: "30 minutes a month per manager".
fn fact_time(f: &Fact) -> String {
    format!(
        "{}{}",
        english::quantity(f.value, &f.unit),
        english::scope_and_period(f.each.as_deref(), f.per.as_ref())
    )
}

/// A fact's money with its scope and period: "£9,000 an hour".
fn fact_money(f: &Fact) -> String {
    format!(
        "{}{}",
        english::money(f.value, &f.unit),
        english::scope_and_period(f.each.as_deref(), f.per.as_ref())
    )
}

/// Every claim the value model supports, strongest chains first.
pub fn value_claims(u: &Understanding) -> Vec<Claim> {
    let chains = Chains::new(u);
    let mut out = Vec::new();
    out.extend(paybacks(&chains));
    out.extend(savings(&chains));
    out.extend(revenues(&chains));
    out.extend(time_given_back(&chains));
    out.extend(exposures(&chains));
    out.extend(uptime_gains(&chains));
    out.extend(costs(&chains));
    out
}

/// Uptime that rose, as the downtime it no longer has: "down about 3.2 days less a year: uptime
/// rose from 99.1% to 99.97%".
fn uptime_gains(chains: &Chains<'_>) -> Vec<Claim> {
    let mut out = Vec::new();
    for d in chains.figures().filter(|d| d.kind == Meaning::DowntimeAvoided) {
        let Some(fact) = d.from.first().and_then(|id| chains.fact(id)) else { continue };
        let mut c = claim("uptime_gain", chains, &[&d.id]);
        c.set("avoided", d.figure.clone());
        c.set("before", english::percent(fact.from.unwrap_or_default()));
        c.set("after", english::percent(fact.value));
        out.push(c.at(Level::Risk, true));
    }
    out
}

/// A one-off cost against a yearly saving: payback, net and return over the horizon.
fn paybacks(chains: &Chains<'_>) -> Vec<Claim> {
    let mut out = Vec::new();
    for p in chains.figures().filter(|d| d.kind == Meaning::Payback) {
        let same = |m: Meaning| chains.figures().find(|d| d.kind == m && d.from == p.from);
        let (net, ratio) = (same(Meaning::NetBenefit), same(Meaning::Return));
        let late = net.is_some_and(|n| n.value < 0.0);
        let mut c = claim(if late { "payback_late" } else { "payback" }, chains, &[&p.id]);
        c.set("payback", crate::engine::value::payback_spoken(p.value));
        let cost = p.from.first().and_then(|id| chains.fact(id));
        c.set("cost", cost.map(fact_money).unwrap_or_default());
        let saving = p.from.get(1).map(|id| match (chains.fact(id), chains.figure(id.as_str())) {
            (Some(f), _) => fact_money(f),
            (None, Some(d)) => d.said.clone(),
            _ => String::new(),
        });
        c.set("saving", saving.unwrap_or_default());
        if let Some(net) = net {
            c.set("net", english::money(net.value.abs(), &net.unit));
            c.set(
                "horizon",
                net.per.as_ref().map(|p| format!("{} years", english::number(p.count))).unwrap_or_default(),
            );
            c.derived.push(net.id.clone());
            c.sources.push(net.id.clone());
        }
        if let Some(r) = ratio {
            c.set("return", r.figure.clone());
            c.derived.push(r.id.clone());
            c.sources.push(r.id.clone());
        }
        out.push(c.at(Level::Money, true));
    }
    out
}

/// Money no longer spent, a year, at the top of its chain: "£6,000 a year" on storage.
fn savings(chains: &Chains<'_>) -> Vec<Claim> {
    let mut out = Vec::new();
    for s in chains.all(Meaning::Saving, "year").filter(|d| chains.is_top(d)) {
        let mut c = claim("saving", chains, &[&s.id]);
        c.set("amount", s.said.clone());
        c.set_measures(&s.about);
        let over = chains.figures().find(|o| {
            o.kind == Meaning::Saving
                && o.from == [s.id.clone()]
                && o.per.as_ref().is_some_and(|p| p.count > 1.0)
        });
        c.use_words("over", over, |d| d.said.clone());
        let monthly = s
            .from
            .first()
            .and_then(|id| chains.figure(id.as_str()))
            .filter(|d| d.kind == Meaning::Saving && d.per.as_ref().is_some_and(|p| p.unit == "month"));
        c.use_figure("monthly", monthly);
        out.push(c.at(Level::Money, true));
    }
    out
}

/// Money a service carries ("£200,000 of orders a day"), and what the hours it was down put at
/// risk.
fn revenues(chains: &Chains<'_>) -> Vec<Claim> {
    let mut out = Vec::new();
    let carried = chains.figures().filter(|d| {
        d.kind == Meaning::Revenue && d.each.is_none() && d.per.as_ref().is_some_and(|p| p.unit != "hour")
    });
    let mut tops: Vec<(String, String)> = carried.map(|d| (d.id.clone(), d.text.clone())).collect();
    let money = |f: &&Fact| f.kind == crate::engine::facts::FactKind::Money;
    for f in
        chains.facts.iter().filter(money).filter(|f| f.role == Some(MoneyRole::Revenue) && f.per.is_some())
    {
        tops.push((f.id.clone(), fact_money(f)));
    }
    for (id, words) in tops {
        // "£2.1 million a year, roughly 15% of our total sales": the share said with it.
        let share = chains.facts.iter().find(|f| {
            f.meaning == Some(crate::engine::facts::PercentMeaning::Share)
                && chains.facts.iter().find(|r| r.id == id).is_some_and(|r| close_after(r, f))
        });
        let exposed = chains.all(Meaning::Exposure, "year").find(|e| chains.tree(&e.id).contains(&id));
        let ids: Vec<&str> = std::iter::once(id.as_str()).chain(exposed.map(|e| e.id.as_str())).collect();
        let mut c = claim("revenue", chains, &ids);
        c.set("revenue", words);
        if let Some(share) = share {
            c.set("share", share.text.clone());
        }
        if let Some(e) = exposed {
            c.set("exposed", e.figure.clone());
            c.set("downtime_year", chains.downtime_in(&e.id).map(|d| d.figure.clone()).unwrap_or_default());
        }
        out.push(c.at(Level::Money, true));
    }
    out
}

/// Whether `later` is written just after `fact`, in the same breath ("£2.1 million a year,
/// roughly 15% of our total sales").
fn close_after(fact: &Fact, later: &Fact) -> bool {
    match (&fact.span, &later.span) {
        (Some(a), Some(b)) => b.start >= a.end && b.start - a.end <= 12 && fact.field == later.field,
        _ => false,
    }
}

/// Time given back a year, with what it is worth when an hour's cost is known.
fn time_given_back(chains: &Chains<'_>) -> Vec<Claim> {
    let mut out = Vec::new();
    for t in chains.all(Meaning::TimeSaved, "year") {
        let base = t.from.first().map(String::as_str).unwrap_or_default();
        let worth = chains
            .all(Meaning::StaffTimeValue, "year")
            .find(|v| chains.tree(&v.id).iter().any(|id| id == base || *id == t.id));
        let fte =
            chains.figures().find(|d| d.kind == Meaning::FullTimeEquivalents && d.from == [t.id.clone()]);
        let mut tops = vec![t.id.as_str()];
        tops.extend(worth.map(|w| w.id.as_str()));
        tops.extend(fte.map(|f| f.id.as_str()));
        let mut c = claim("time_given_back", chains, &tops);
        c.set("hours_year", t.figure.clone());
        // The total as first worked out ("270 hours a month"), or as the user gave it; and the
        // user's own time, when they gave one.
        match (chains.figure(base), chains.fact(base)) {
            (Some(d), _) if d.each.is_none() => c.set("total", d.said.clone()),
            (Some(_), _) => {}
            // A time for each one ("3 days per starter") is not a total.
            (None, Some(f)) if f.each.is_none() => c.set("total", fact_time(f)),
            _ => {}
        }
        // What one person gets, when the user gave it for each person.
        let given = chains.tree(&t.id).into_iter().filter_map(|id| chains.fact(&id)).find(|f| {
            f.kind == crate::engine::facts::FactKind::Duration
                && f.each.as_deref().is_some_and(english::is_person)
        });
        if let Some(f) = given {
            c.set("time", super::claims::time_with_period(f));
        }
        let each = chains
            .tree(&t.id)
            .into_iter()
            .filter_map(|id| chains.figure(id.as_str()))
            .find(|d| d.kind == Meaning::TimeSaved && d.each.is_some());
        c.use_words("each_time", each, |d| d.said.clone());
        c.use_words("fte", fte, |d| d.said.clone());
        c.use_figure("worth", worth);
        // The people who get the time back; not those a task is done for ("9,000 new students"
        // enrolled, a minute saved on each: the time is the staff's).
        let for_each_item = chains
            .tree(&t.id)
            .into_iter()
            .filter_map(|id| chains.fact(&id))
            .any(|f| f.kind == crate::engine::facts::FactKind::Change);
        let who = chains
            .tree(&t.id)
            .into_iter()
            .filter_map(|id| chains.fact(&id))
            .filter(|_| !for_each_item)
            .find(|f| f.kind == crate::engine::facts::FactKind::People);
        if let Some(who) = who {
            c.set_users("who", format!("{} {}", english::count_figure(who.value), who.unit));
        }
        // Whose time it is: staff's, unless the people are pupils, customers…
        let theirs =
            who.map(|w| w.unit.to_lowercase()).filter(|noun| crate::engine::value::is_non_staff(noun));
        let whose = match theirs {
            Some(noun) => format!("{noun}' time"),
            // Others' time with no one named: a wait taken off ("average wait").
            None if t.others_time => "waiting time".to_string(),
            None => "staff time".to_string(),
        };
        c.set("whose_time", whose);
        // What each one gets, as the user gave it, when no figure was worked out for it.
        if c.value("each_time").is_none() {
            let given = chains
                .tree(&t.id)
                .into_iter()
                .filter_map(|id| chains.fact(&id))
                .find(|f| f.kind == crate::engine::facts::FactKind::Duration && f.each.is_some());
            if let Some(f) = given {
                c.set("each_time", fact_time(f));
            }
        }
        let level = if worth.is_some() { Level::Money } else { Level::Time };
        out.push(c.at(level, true));
    }
    out
}

/// What the hours down put at risk, at what an hour of downtime costs.
fn exposures(chains: &Chains<'_>) -> Vec<Claim> {
    let mut out = Vec::new();
    for e in chains.all(Meaning::Exposure, "year") {
        let Some(rate) = chains.fact_in(&e.id, MoneyRole::DowntimeRate) else { continue };
        let mut c = claim("exposure", chains, &[&e.id]);
        c.set("exposed", e.said.clone());
        c.set("rate", fact_money(rate));
        c.set("downtime_year", chains.downtime_in(&e.id).map(|d| d.figure.clone()).unwrap_or_default());
        out.push(c.at(Level::Risk, true));
    }
    out
}

/// A cost for each person, for everyone: "£8 per user a month × 1,200 users".
fn costs(chains: &Chains<'_>) -> Vec<Claim> {
    let mut out = Vec::new();
    for d in chains.all(Meaning::Cost, "year").filter(|d| chains.is_top(d)) {
        let Some(each) = chains
            .tree(&d.id)
            .into_iter()
            .filter_map(|id| chains.fact(&id))
            .find(|f| f.each.is_some() && f.role == Some(MoneyRole::Cost))
        else {
            continue;
        };
        if !chains
            .tree(&d.id)
            .iter()
            .any(|id| chains.fact(id).is_some_and(|f| f.kind == crate::engine::facts::FactKind::People))
        {
            continue;
        }
        let mut c = claim("spend", chains, &[&d.id]);
        c.set("amount", d.said.clone());
        c.set_measures(&each.measures);
        c.set("per_person", fact_money(each));
        c.set("costs", "costs".to_string());
        out.push(c.at(Level::Money, false));
    }
    out
}
