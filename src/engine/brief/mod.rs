//! The board brief: every service in the library rolled into one account of what IT is worth, for
//! the board (or your manager) in their usual slot. Totals are sums shown term by term
//! (`totals.rs`); the strongest stories are the services whose best figure says most about value
//! (money, then time, then risk), each in the audience's own words; then what IT protects against,
//! the asks with what they return, the services with no business figure yet and the one figure
//! that would give them one; and a talk track budgeted to the slot (`track.rs`). Nothing new is
//! said: every figure is a service's own, or a sum of them.

mod render;
mod totals;
mod track;

use serde::Serialize;

pub use render::{level_word, markdown, plain_text, total_name};
pub use totals::{Term, Total, TotalKind};
pub use track::TrackPart;

use crate::engine::audience::Audience;
use crate::engine::compose::compose_with_pack;
use crate::engine::english;
use crate::engine::facts::{counts_persons, is_currency, FactKind, MoneyRole, Per};
use crate::engine::org_pack::OrgPack;
use crate::engine::service::{understand_with, ServiceInput, Understanding};
use crate::engine::story::request;
use crate::engine::template::fill;
use crate::engine::value::{Level, Meaning};

/// The longest slot a brief may be budgeted to, in minutes.
pub const LONGEST_SLOT_MINUTES: u32 = 180;

/// A slot typed as whole minutes ("10"), in seconds; `None` for anything else.
pub fn slot_from_minutes(text: &str) -> Option<u32> {
    text.trim().parse::<u32>().ok().filter(|m| (1..=LONGEST_SLOT_MINUTES).contains(m)).map(|m| m * 60)
}

/// How many stories a brief tells.
const STORIES: usize = 3;

/// How many risks the talk track says aloud (money at risk first); the pack lists them all.
const SPOKEN_RISKS: usize = 3;

/// The brief's wording (`data/brief.json`, compiled in by `build.rs`): sentences with `{slots}`.
#[derive(Debug)]
struct BriefWords {
    headline_money_and_time: &'static str,
    headline_money: &'static str,
    headline_time: &'static str,
    headline_none: &'static str,
    opening: &'static str,
    totals: &'static str,
    total_money: &'static str,
    total_hours: &'static str,
    asks: &'static str,
    ask: &'static str,
    no_asks: &'static str,
    no_business_figure: &'static str,
    no_business_figure_plain: &'static str,
    gaps_spoken: &'static str,
    close: &'static str,
    more_risks: &'static str,
}

static BRIEF_WORDS: BriefWords = include!(concat!(env!("OUT_DIR"), "/data/brief.rs"));

fn words() -> &'static BriefWords {
    &BRIEF_WORDS
}

/// `template` with its slots from `slots`.
fn say(template: &str, slots: &[(&str, &str)]) -> String {
    fill(template, |name| slots.iter().find(|(n, _)| *n == name).map(|(_, v)| *v), true).unwrap_or_default()
}

/// One of the strongest stories: a service's headline for the audience, and why it leads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    pub service: usize,
    pub title: String,
    /// The service's own headline for this audience.
    pub text: String,
    /// What its best figure says about value (money, time, risk or operational).
    pub level: Level,
    /// Ids of the facts and figures its headline uses.
    pub figures: Vec<String>,
}

/// A request of a service's, with its cost and what it returns where the value model says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ask {
    pub service: usize,
    pub title: String,
    pub ask: String,
    /// Its payback or return, as worked out ("pays back in about 19 months").
    pub returns: Vec<String>,
}

/// Services with no business figure yet, and the one figure that would give one: a line for a
/// service whose missing figure the value model names, one line for the rest together.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    pub services: Vec<usize>,
    pub titles: Vec<String>,
    pub text: String,
}

/// One service's line in the summary table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub title: String,
    /// Who it serves, in its own words ("1,200 staff"): people are not added across services,
    /// as the same people use many of them.
    pub serves: Option<String>,
    /// Its best figure in words, if it has one.
    pub best: Option<String>,
    pub level: Option<Level>,
}

/// The whole brief.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Brief {
    pub audience: String,
    pub headline: String,
    pub rows: Vec<Row>,
    pub totals: Vec<Total>,
    pub stories: Vec<Story>,
    /// What IT protects against, in each service's words.
    pub risks: Vec<String>,
    pub asks: Vec<Ask>,
    pub gaps: Vec<Gap>,
    pub slot_seconds: u32,
    pub track: Vec<TrackPart>,
}

/// A service's best figure: its level, whether it is a year's figure, its value and unit, and
/// its words.
struct Best {
    level: Level,
    yearly: bool,
    value: f64,
    unit: String,
    text: String,
}

impl Best {
    /// Which of two figures says more about value: a lower level (money, then time, then risk),
    /// then money in the brief's `main` currency, then a year's figure, then the larger.
    fn outranks(&self, other: &Best, main: Option<&str>) -> bool {
        let in_main = |b: &Best| b.level == Level::Money && main == Some(b.unit.as_str());
        self.level
            .cmp(&other.level)
            .then(in_main(other).cmp(&in_main(self)))
            .then(other.yearly.cmp(&self.yearly))
            .then(other.value.total_cmp(&self.value))
            .is_lt()
    }
}

/// A service's best figure: the one that says most about value (a gain, by level, a year's
/// figure before others, then size); a saving a year the user gave counts as worked out.
fn best(u: &Understanding) -> Option<Best> {
    let yearly = |per: Option<&Per>| per.is_some_and(Per::is_a_year);
    let given =
        u.facts.iter().filter(|f| f.role == Some(MoneyRole::Saving) && yearly(f.per.as_ref())).map(|f| {
            Best {
                level: Level::Money,
                yearly: true,
                value: f.value,
                unit: f.unit.clone(),
                text: f.text.clone(),
            }
        });
    let worked_out = u
        .derived
        .iter()
        .filter(|d| d.kind.is_gain() && d.each.is_none() && !matches!(d.kind, Meaning::Change))
        .map(|d| Best {
            level: d.level,
            yearly: yearly(d.per.as_ref()),
            value: d.value,
            unit: d.unit.clone(),
            text: d.text.clone(),
        });
    given.chain(worked_out).reduce(|kept, b| if b.outranks(&kept, None) { b } else { kept })
}

/// The currency most of the brief's savings are in (the one the headline says): the money total
/// with the most terms, the first of equals.
fn main_currency(totals: &[Total]) -> Option<&Total> {
    totals.iter().filter(|t| matches!(t.kind, TotalKind::MoneySavedAYear { .. })).fold(None, |kept, t| {
        match kept {
            Some(k) if k.terms.len() >= t.terms.len() => Some(k),
            _ => Some(t),
        }
    })
}

/// The brief for `services` (a title and what the user gave for each) to `audience`, in a slot
/// of `slot_seconds` (the audience's usual slot when `None`). Deterministic: the same services
/// give the same brief.
pub fn brief(
    services: &[(String, ServiceInput)],
    audience: &Audience,
    pack: &OrgPack,
    slot_seconds: Option<u32>,
) -> Brief {
    let w = words();
    let understood: Vec<(String, Understanding)> =
        services.iter().map(|(title, input)| (title.clone(), understand_with(input, pack))).collect();
    let working_hours: Vec<f64> = services
        .iter()
        .map(|(_, input)| input.assumptions.over(&pack.assumptions).working_hours_per_year())
        .collect();
    let totals = totals::totals(&understood, &working_hours);
    let main = main_currency(&totals);
    let currency = main.and_then(|t| match &t.kind {
        TotalKind::MoneySavedAYear { currency } => Some(currency.as_str()),
        _ => None,
    });
    let messages: Vec<_> = services
        .iter()
        .zip(&understood)
        .map(|((_, input), (_, u))| compose_with_pack(input, u, audience, 0, pack))
        .collect();
    let bests: Vec<Option<Best>> = understood.iter().map(|(_, u)| best(u)).collect();
    let rows: Vec<Row> = understood
        .iter()
        .zip(&bests)
        .map(|((title, u), best)| {
            let people = u.facts.iter().filter(|f| f.kind == FactKind::People);
            let serves = people
                .filter(|f| counts_persons(&f.unit) && f.per.is_none())
                .max_by(|a, b| a.value.total_cmp(&b.value))
                .map(|f| english::quantity(f.value, &f.unit));
            Row {
                title: title.clone(),
                serves,
                level: best.as_ref().map(|b| b.level),
                best: best.as_ref().map(|b| b.text.clone()),
            }
        })
        .collect();

    // The strongest first, picked one at a time (a sort would cost the bundle a routine of its
    // own): money in the main currency, then other money, then time, then risk, the larger first.
    let mut stories: Vec<Story> = Vec::new();
    while stories.len() < STORIES {
        let told = |i: &usize| stories.iter().any(|s| s.service == *i);
        let strongest = (0..bests.len())
            .filter(|i| !told(i))
            .filter_map(|i| Some((i, bests[i].as_ref()?)))
            .reduce(|kept, b| if b.1.outranks(kept.1, currency) { b } else { kept });
        let Some((i, _)) = strongest else { break };
        stories.push(Story {
            service: i,
            title: understood[i].0.clone(),
            text: messages[i].headline.clone(),
            level: bests[i].as_ref().map_or(Level::Operational, |b| b.level),
            figures: messages[i].points.first().map(|p| p.facts.clone()).unwrap_or_default(),
        });
    }

    // A service's point on risk, when it rests on a risk figure (downtime, money exposed); those
    // that put money on it first, then the rest, each in library order.
    let risk_points: Vec<(String, bool)> = messages
        .iter()
        .zip(&understood)
        .filter_map(|(m, (title, u))| {
            let risk = |id: &String| u.derived.iter().find(|d| &d.id == id && d.level == Level::Risk);
            let point = m.points.iter().find(|p| p.facts.iter().any(|id| risk(id).is_some()))?;
            let money = point.facts.iter().filter_map(risk).any(|d| is_currency(&d.unit));
            Some((format!("{title}: {}", english::mid_sentence(&point.text)), money))
        })
        .collect();
    let risks: Vec<String> = [true, false]
        .iter()
        .flat_map(|first| {
            risk_points.iter().filter(move |(_, money)| money == first).map(|(text, _)| text.clone())
        })
        .collect();

    let asks: Vec<Ask> = services
        .iter()
        .enumerate()
        .filter(|(_, (_, input))| !input.ask.trim().is_empty())
        .map(|(i, (title, input))| Ask {
            service: i,
            title: title.clone(),
            ask: request(&input.ask).to_string(),
            returns: understood[i]
                .1
                .derived
                .iter()
                .filter(|d| matches!(d.kind, Meaning::Payback | Meaning::Return))
                .map(|d| d.text.clone())
                .collect(),
        })
        .collect();

    let without: Vec<(usize, &String, &Understanding)> = understood
        .iter()
        .enumerate()
        .filter(|(i, _)| bests[*i].as_ref().is_none_or(|b| b.level > Level::Time))
        .map(|(i, (title, u))| (i, title, u))
        .collect();
    let mut gaps: Vec<Gap> = without
        .iter()
        .filter_map(|&(i, title, u)| {
            let m = u.missing.as_ref()?;
            let text =
                say(w.no_business_figure, &[("service", title), ("missing", &english::mid_sentence(&m.gap))]);
            Some(Gap { services: vec![i], titles: vec![title.clone()], text })
        })
        .collect();
    let plain: Vec<(usize, &String)> =
        without.iter().filter(|(_, _, u)| u.missing.is_none()).map(|&(i, title, _)| (i, title)).collect();
    if !plain.is_empty() {
        let titles: Vec<String> = plain.iter().map(|(_, t)| (*t).clone()).collect();
        let named: Vec<&str> = titles.iter().map(String::as_str).collect();
        let verb = if titles.len() == 1 { "has" } else { "have" };
        let text =
            say(w.no_business_figure_plain, &[("services", &english::series(&named, "and")), ("have", verb)]);
        gaps.push(Gap { services: plain.iter().map(|(i, _)| *i).collect(), titles, text });
    }

    let count = english::count(services.len(), "service", "services");
    let find = |pred: fn(&TotalKind) -> bool| totals.iter().find(|t| pred(&t.kind)).map(|t| t.said.clone());
    let money = main.map(|t| t.said.clone());
    let hours = totals.iter().find(|t| t.kind == TotalKind::HoursAYear).map(|t| english::hours(t.value));
    let fte = find(|k| *k == TotalKind::FullTimePeople);
    let headline = match (&money, &hours) {
        (Some(m), Some(h)) => {
            say(w.headline_money_and_time, &[("services", &count), ("money", m), ("hours", h)])
        }
        (Some(m), None) => say(w.headline_money, &[("services", &count), ("money", m)]),
        (None, Some(h)) => say(
            w.headline_time,
            &[("services", &count), ("hours", h), ("fte", fte.as_deref().unwrap_or_default())],
        ),
        (None, None) => say(w.headline_none, &[("services", &count)]),
    }
    .replace(": the time of .", ".");

    let slot_seconds = slot_seconds.unwrap_or(audience.slot_seconds);
    let track = track::track(
        &track::Parts {
            opening: say(w.opening, &[("services", &count)]),
            headline: headline.clone(),
            totals: totals
                .iter()
                .any(|t| matches!(t.kind, TotalKind::MoneySavedAYear { .. } | TotalKind::HoursAYear))
                .then(|| {
                    // Said aloud: the money and the time; the rest is in the table.
                    let said: Vec<String> = totals
                        .iter()
                        .filter_map(|t| match t.kind {
                            TotalKind::MoneySavedAYear { .. } => {
                                Some(say(w.total_money, &[("total", &t.said)]))
                            }
                            TotalKind::HoursAYear => Some(say(w.total_hours, &[("total", &t.said)])),
                            _ => None,
                        })
                        .collect();
                    let said: Vec<&str> = said.iter().map(String::as_str).collect();
                    say(w.totals, &[("totals", &english::series(&said, "and"))])
                }),
            stories: stories.iter().map(|s| s.text.clone()).collect(),
            // Said aloud: the first few; the pack has them all.
            risks: (!risks.is_empty()).then(|| {
                let mut said = risks[..risks.len().min(SPOKEN_RISKS)].join(" ");
                if risks.len() > SPOKEN_RISKS {
                    let others = english::count(risks.len() - SPOKEN_RISKS, "service", "services");
                    said = format!("{said} {}", say(w.more_risks, &[("services", &others)]));
                }
                said
            }),
            asks: if asks.is_empty() {
                w.no_asks.to_string()
            } else {
                // An ask a sentence: asks carry commas of their own.
                let said: Vec<String> = asks
                    .iter()
                    .map(|a| {
                        let ask = english::mid_sentence(a.ask.trim_end_matches('.'));
                        say(w.ask, &[("service", &a.title), ("ask", &ask)])
                    })
                    .collect();
                say(w.asks, &[("asks", &said.join(" "))])
            },
            gaps: (!without.is_empty()).then(|| {
                let count = english::count(without.len(), "service", "services");
                let need = if without.len() == 1 { "needs" } else { "need" };
                say(w.gaps_spoken, &[("services", &count), ("need", need)])
            }),
            close: w.close.to_string(),
        },
        slot_seconds,
    );
    Brief {
        audience: audience.id.clone(),
        headline,
        rows,
        totals,
        stories,
        risks,
        asks,
        gaps,
        slot_seconds,
        track,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::audience::find;

    fn service(title: &str, text: &str) -> (String, ServiceInput) {
        (title.to_string(), ServiceInput::from_description(text))
    }

    fn library() -> Vec<(String, ServiceInput)> {
        vec![
            service("Phones", "We merged the two offices' phone systems, cutting call costs by £30,000 a year."),
            service(
                "Password resets",
                "Self-service resets cut the desk's time from 10 minutes to 1 per reset; we do 1,800 resets a month for 1,200 staff.",
            ),
            service("Mail", "We run the mail service for 1,200 staff at 99.95% uptime."),
            service("Collaboration", "Moving to Teams calling saves us £11,000 a year in licences."),
            service("Payroll in dollars", "The new payroll system saves $5,000 a year."),
        ]
    }

    fn board_brief() -> Brief {
        brief(&library(), find("board").expect("the board"), &OrgPack::default(), None)
    }

    #[test]
    fn the_brief_words_parse_and_fill() {
        let w = words();
        for t in
            [&w.headline_money_and_time, &w.headline_money, &w.headline_time, &w.headline_none, &w.opening]
        {
            assert!(t.contains("{services}"), "{t}");
        }
        let all = [
            w.headline_money_and_time,
            w.headline_money,
            w.headline_time,
            w.headline_none,
            w.opening,
            w.totals,
            w.total_money,
            w.total_hours,
            w.asks,
            w.ask,
            w.no_asks,
            w.no_business_figure,
            w.no_business_figure_plain,
            w.gaps_spoken,
            w.close,
            w.more_risks,
        ];
        assert!(
            all.iter().all(|t| !t.is_empty() && !t.chars().any(|c| c.is_ascii_digit())),
            "no figure in the wording"
        );
    }

    #[test]
    fn totals_add_only_what_agrees_and_count_each_figure_once() {
        let b = board_brief();
        let pounds =
            b.totals.iter().find(|t| t.kind == TotalKind::MoneySavedAYear { currency: "GBP".into() });
        let pounds = pounds.expect("a total in pounds");
        assert_eq!(pounds.value, 41_000.0);
        assert_eq!(pounds.sum, "£30,000 (Phones) + £11,000 (Collaboration) = £41,000 a year");
        let dollars =
            b.totals.iter().find(|t| t.kind == TotalKind::MoneySavedAYear { currency: "USD".into() });
        assert_eq!(dollars.map(|t| t.value), Some(5_000.0), "dollars are a total of their own");
        // People are not added (the same 1,200 staff use both): each service says whom it serves.
        assert_eq!(b.rows.iter().filter(|r| r.serves.as_deref() == Some("1,200 staff")).count(), 2);
        let hours = b.totals.iter().find(|t| t.kind == TotalKind::HoursAYear).expect("hours");
        assert_eq!(hours.value, 3_240.0, "1,800 resets × 9 minutes × 12 months");
        assert!(
            b.headline.contains("£41,000 a year") && b.headline.contains("3,240 hours"),
            "{}",
            b.headline
        );
    }

    #[test]
    fn stories_lead_with_money_then_time_and_gaps_name_the_missing_figure() {
        let b = board_brief();
        let levels: Vec<Level> = b.stories.iter().map(|s| s.level).collect();
        assert_eq!(levels.len(), 3);
        assert!(levels.windows(2).all(|w| w[0] <= w[1]), "{levels:?}");
        assert_eq!(b.stories[0].title, "Phones");
        assert!(b.gaps.iter().any(|g| g.titles.contains(&"Mail".to_string())), "{:?}", b.gaps);
        assert_eq!(b, board_brief(), "deterministic");
    }

    #[test]
    fn customers_time_is_not_added_to_staff_time_and_people_match_the_hours() {
        let mut services = library();
        services.push(service(
            "Check-in",
            "Online check-in saves each of our 40,000 customers 20 minutes a year.",
        ));
        services.push(service("Rota", "The rota tool saves each of 20 managers 3 hours a month."));
        let b = brief(&services, find("board").expect("the board"), &OrgPack::default(), None);
        let hours = b.totals.iter().find(|t| t.kind == TotalKind::HoursAYear).expect("hours");
        assert!(hours.terms.iter().all(|t| t.title != "Check-in"), "{}", hours.sum);
        assert_eq!(hours.value, 3_240.0 + 720.0, "{}", hours.sum);
        // The rota's 720 hours are under half a person alone, yet count towards the people.
        let people = b.totals.iter().find(|t| t.kind == TotalKind::FullTimePeople).expect("people");
        assert_eq!(people.sum, "3,960 hours ÷ 1,650 working hours in a person's year ≈ 2.4 full-time people");
        // The customers' time is still that service's own figure.
        let row = b.rows.iter().find(|r| r.title == "Check-in").expect("its row");
        assert_eq!(row.best.as_deref(), Some("13,333 hours a year given back"));
    }

    #[test]
    fn the_strongest_story_is_the_largest_in_the_main_currency_and_the_headline_says_that_currency() {
        let services = vec![
            service("Small", "The print deal saves £5,000 a year."),
            service("Euro", "The Dublin office's new links save €900,000 a year."),
            service("Large", "Moving the data centre to the cloud saves £400,000 a year."),
            service("Middle", "The new contract saves £60,000 a year."),
        ];
        let b = brief(&services, find("board").expect("the board"), &OrgPack::default(), None);
        let titles: Vec<&str> = b.stories.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Large", "Middle", "Small"], "pounds, most of the savings, lead; then by size");
        assert!(b.headline.contains("£465,000 a year"), "{}", b.headline);
        assert!(!b.headline.contains('€'), "{}", b.headline);
    }

    #[test]
    fn each_ask_is_said_as_a_sentence_of_its_own() {
        let mut services = library();
        services[0].1.ask = "Approve £20,000 to finish the last two floors.".into();
        services[2].1.ask = "£15,000 for the archive, which would save 10 hours a week.".into();
        let b = brief(&services, find("board").expect("the board"), &OrgPack::default(), None);
        let asks = b.track.iter().find(|p| p.label == "Asks").expect("the asks part");
        assert_eq!(
            asks.text,
            "What I ask of you today. For Phones: approve £20,000 to finish the last two floors. \
             For Mail: £15,000 for the archive, which would save 10 hours a week."
        );
    }

    #[test]
    fn risks_with_money_on_them_lead_and_the_talk_track_says_three() {
        let mut services = library();
        for (name, hours) in [("Wi-Fi", "99.9%"), ("Intranet", "99.5%"), ("Printing", "99%")] {
            services.push(service(
                name,
                &format!("The {name} service for 900 staff was up {hours} of the time."),
            ));
        }
        services.push(service(
            "Tills",
            "Our tills take £1.2 million a day and were up 99.95% of the time; every hour down costs £50,000.",
        ));
        let b = brief(&services, find("board").expect("the board"), &OrgPack::default(), None);
        assert!(b.risks.len() >= 5, "{:?}", b.risks);
        assert!(b.risks[0].starts_with("Tills: "), "money at risk leads: {:?}", b.risks);
        let spoken = b.track.iter().find(|p| p.label == "Risks").expect("the risks part");
        let others = b.risks.len() - 3;
        assert!(
            spoken.text.ends_with(&format!("The pack lists the other {others} services.")),
            "{}",
            spoken.text
        );
        assert!(!spoken.text.contains(b.risks[3].as_str()), "{}", spoken.text);
    }

    #[test]
    fn the_talk_track_fits_the_slot_or_says_by_how_much_it_does_not() {
        let b = board_brief();
        let total: u32 = b.track.iter().map(|p| p.seconds).sum();
        assert!(total <= b.slot_seconds, "{total} s in a {} s slot", b.slot_seconds);
        let tight = brief(&library(), find("board").expect("the board"), &OrgPack::default(), Some(20));
        assert!(tight.track.iter().map(|p| p.seconds).sum::<u32>() > 20);
        assert!(tight.track.iter().any(|p| p.over_slot), "the parts past the slot are marked");
    }
}
