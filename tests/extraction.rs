//! Fact extraction, table-driven: each description and the facts a reader would take from it.
#![cfg(not(target_arch = "wasm32"))]

use valuelens::engine::english;
use valuelens::engine::facts::{extract, Direction, Fact, FactKind, MoneyRole, PercentMeaning};

/// One fact in one line: `kind value[←from] unit[/per] [meaning] [better|worse] «measures» [text]`.
fn describe(f: &Fact) -> String {
    let kind = match f.kind {
        FactKind::People => "people",
        FactKind::Percentage => "percentage",
        FactKind::Money => "money",
        FactKind::Duration => "duration",
        FactKind::Change => "change",
        FactKind::Count => "count",
        FactKind::Multiple => "multiple",
        FactKind::Frequency => "frequency",
    };
    let mut out = format!("{kind} ");
    if let Some(from) = f.from {
        match &f.from_unit {
            Some(unit) => out.push_str(&format!("{} {unit}→", english::number(from))),
            None => out.push_str(&format!("{}→", english::number(from))),
        }
    }
    out.push_str(english::number(f.value).as_str());
    if !f.unit.is_empty() {
        out.push_str(&format!(" {}", f.unit));
    }
    if let Some(each) = &f.each {
        out.push_str(&format!(" each {each}"));
    }
    if let Some(per) = &f.per {
        if per.count == 1.0 {
            out.push_str(&format!("/{}", per.unit));
        } else {
            out.push_str(&format!("/{} {}", english::number(per.count), per.unit));
        }
    }
    match f.meaning {
        Some(PercentMeaning::Availability) => out.push_str(" availability"),
        Some(PercentMeaning::Reduction) => out.push_str(" reduction"),
        Some(PercentMeaning::Growth) => out.push_str(" growth"),
        Some(PercentMeaning::Share) => out.push_str(" share"),
        Some(PercentMeaning::Other) => out.push_str(" other"),
        None => {}
    }
    match f.direction {
        Some(Direction::Better) => out.push_str(" better"),
        Some(Direction::Worse) => out.push_str(" worse"),
        None => {}
    }
    out.push_str(&format!(" «{}» [{}]", f.measures, f.text));
    out
}

fn facts_of(text: &str) -> Vec<String> {
    extract(text, "description").facts.iter().map(describe).collect()
}

/// Each description and the facts a careful reader takes from it (see `describe` for the form).
const CASES: &[(&str, &[&str])] = &[
    (
        "Single sign-on means 1,800 staff sign in once a day instead of 6 times.",
        &["people 1,800 staff «staff» [1,800 staff]"],
    ),
    (
        "Payroll for 5,000 employees used to take 4 days; now it takes 1 day.",
        &[
            "people 5,000 employees «employees» [5,000 employees]",
            "change 4→1 day better «Payroll for 5,000 employees» [used to take 4 days; now it takes 1 day]",
        ],
    ),
    (
        "The move cut energy use by 35%.",
        &["percentage 35 % reduction better «energy use» [cut energy use by 35%]"],
    ),
    (
        "We run the mail service for 1,200 staff at 99.95% uptime and blocked 2.3 million phishing emails.",
        &[
            "people 1,200 staff «staff» [1,200 staff]",
            "percentage 99.95 % availability «uptime» [99.95% uptime]",
            "count 2,300,000 phishing emails «phishing emails» [2.3 million phishing emails]",
        ],
    ),
    (
        "Migrated the finance team's ERP to the cloud in March. Month-end close went from 6 days to 3 days and we retired £40k a year of hardware maintenance.",
        &[
            "change 6→3 days better «Month-end close» [from 6 days to 3 days]",
            "money 40,000 GBP/year better «hardware maintenance» [£40k a year of hardware maintenance]",
        ],
    ),
    (
        "Incidents fell by 70% after the upgrade.",
        &[
            "percentage 70 % reduction better «Incidents» [fell by 70%]",
        ],
    ),
    (
        "Web traffic grew 18% this year.",
        &[
            "percentage 18 % growth «Web traffic» [grew 18%]",
        ],
    ),
    (
        "We patched 98% of critical vulnerabilities within 14 days.",
        &[
            "percentage 98 % share «critical vulnerabilities» [98% of critical vulnerabilities]",
            "duration 14 days «critical vulnerabilities» [14 days]",
        ],
    ),
    (
        "Average call handling time is 4 minutes, down from 6 minutes last year.",
        &[
            "change 6→4 minutes better «Average call handling time» [4 minutes, down from 6 minutes last year]",
        ],
    ),
    (
        "Pages now load in 5 seconds instead of 45.",
        &[
            "change 45→5 seconds better «Pages now load» [5 seconds instead of 45]",
        ],
    ),
    (
        "Calls to the contact centre about permits fell from about 3,100 a month to around 900.",
        &[
            "change 3,100→900/month better «Calls to the contact centre about permits» [from about 3,100 a month to around 900]",
        ],
    ),
    (
        "Setting up each claim took a handler about 20 minutes and now takes 5.",
        &[
            "change 20→5 minutes each claim better «the time for setting up each claim» [took a handler about 20 minutes and now takes 5]",
        ],
    ),
    (
        "Each swap used to take a scheduler 10 minutes, now it's under a minute.",
        &[
            "change 10→1 minute better «the time for each swap» [used to take a scheduler 10 minutes, now it's under a minute]",
        ],
    ),
    (
        "A nurse can review a form in about 2 minutes, compared with 7 minutes before.",
        &[
            "change 7→2 minutes better «the time to review a form» [2 minutes, compared with 7 minutes]",
        ],
    ),
    (
        "It saves each of our 45 ward managers about 3 hours a week.",
        &[
            "people 45 ward managers «ward managers» [45 ward managers]",
            "duration 3 hours each manager/week better «time saved» [3 hours a week]",
        ],
    ),
    (
        "We sell around 250,000 tickets a year, worth £6 million.",
        &[
            "count 250,000 tickets/year «tickets» [250,000 tickets a year]",
            "money 6,000,000 GBP/year «worth» [£6 million]",
        ],
    ),
    (
        "Delivery disputes from customers fell from about 450 a month to around 120.",
        &[
            "change 450→120/month better «Delivery disputes from customers» [from about 450 a month to around 120]",
        ],
    ),
    (
        "We moved the planning system to the cloud for £120,000.",
        &[
            "money 120,000 GBP «moved the planning system to the cloud» [£120,000]",
        ],
    ),
    (
        "Average wait for the service desk rose from 6 minutes to 14 minutes this quarter.",
        &[
            "change 6→14 minutes worse «Average wait for the service desk» [from 6 minutes to 14 minutes]",
        ],
    ),
    (
        "Data breaches went from 14 last year to zero.",
        &[
            "change 14→0/year better «Data breaches» [from 14 last year to zero]",
        ],
    ),
    (
        "Licence spend went from $1.1M to $780k.",
        &[
            "change 1,100,000→780,000 USD better «Licence spend» [from $1.1M to $780k]",
        ],
    ),
    (
        "New starters used to take 5 working days to get a laptop; now it takes 2 hours.",
        &[
            "change 5 working days→2 hours better «the time for new starters to get a laptop» [used to take 5 working days to get a laptop; now it takes 2 hours]",
        ],
    ),
    (
        "During the sale we handled 8x normal traffic.",
        &[
            "multiple 8 x «normal traffic» [8x normal traffic]",
        ],
    ),
    (
        "Backups run nightly and the service desk is staffed 24/7.",
        &[
            "frequency 1 night «Backups» [nightly]",
            "frequency 1 continuous «service desk» [24/7]",
        ],
    ),
    (
        "The project costs £2.5M over three years.",
        &[
            "money 2,500,000 GBP/3 year «project costs» [£2.5M over three years]",
        ],
    ),
    (
        "Agents save 12 minutes per ticket and handle 900 tickets a month.",
        &[
            "duration 12 minutes each ticket better «time saved» [12 minutes per ticket]",
            "count 900 tickets/month «tickets» [900 tickets a month]",
        ],
    ),
    (
        "3,500 employees across 12 branches use the intranet.",
        &[
            "people 3,500 employees «employees» [3,500 employees]",
            "people 12 branches «branches» [12 branches]",
        ],
    ),
    (
        "We saved €120,000 a year on licences.",
        &[
            "money 120,000 EUR/year better «licences» [€120,000 a year on licences]",
        ],
    ),
    (
        "Server 1e309 crashed.",
        &[],
    ),
    (
        "The helpdesk closed 4,500 tickets in Q3 2024, 30% fewer than last year.",
        &[
            "count 4,500 tickets «tickets» [4,500 tickets]",
            "percentage 30 % reduction better «tickets» [30% fewer]",
        ],
    ),
    (
        "Availability of 99.9% across 40 sites.",
        &[
            "percentage 99.9 % availability «availability» [Availability of 99.9%]",
            "people 40 sites «sites» [40 sites]",
        ],
    ),
    (
        "Onboarding went from 10 days to 2.",
        &[
            "change 10→2 days better «Onboarding» [from 10 days to 2]",
        ],
    ),
    (
        "Response time 2 hours → 45 minutes.",
        &[
            "change 2 hours→45 minutes better «Response time» [2 hours → 45 minutes]",
        ],
    ),
    (
        "Each of 300 agents saves 20 minutes a day.",
        &[
            "people 300 agents «agents» [300 agents]",
            "duration 20 minutes each agent/day better «time saved» [20 minutes a day]",
        ],
    ),
    (
        "We support 450 users in 3 offices with a team of 6 engineers.",
        &[
            "people 450 users «users» [450 users]",
            "people 3 offices «offices» [3 offices]",
            "people 6 engineers «engineers» [6 engineers]",
        ],
    ),
    (
        "Costs rose 12% to £300k a year.",
        &[
            "percentage 12 % growth worse «Costs» [rose 12%]",
            "money 300,000 GBP/year «» [£300k a year]",
        ],
    ),
    (
        "Patch compliance rose from 82% to 97%.",
        &[
            "change 82→97 % better «Patch compliance» [from 82% to 97%]",
        ],
    ),
    (
        "Customer satisfaction up 12 points.",
        &[
            "count 12 points «points» [12 points]",
        ],
    ),
    (
        "The new portal handles 1.2 million visitors a month and 350,000 orders a year.",
        &[
            "count 1,200,000 visitors/month «visitors» [1.2 million visitors a month]",
            "count 350,000 orders/year «orders» [350,000 orders a year]",
        ],
    ),
    (
        "Password resets dropped 60% after self-service went live.",
        &[
            "percentage 60 % reduction better «Password resets» [dropped 60%]",
        ],
    ),
    (
        "We retired 40 servers and saved $250k annually.",
        &[
            "count 40 servers better «servers» [40 servers]",
            "money 250,000 USD/year better «» [$250k annually]",
        ],
    ),
    (
        "The outage cost us £180,000 in lost orders.",
        &[
            "money 180,000 GBP «lost orders» [£180,000 in lost orders]",
        ],
    ),
    (
        "Five engineers look after 2,000 devices.",
        &[
            "people 5 engineers «engineers» [Five engineers]",
            "people 2,000 devices «devices» [2,000 devices]",
        ],
    ),
    (
        "Average time to resolve a P1 is 45 minutes, down from 4 hours.",
        &[
            "change 4 hours→45 minutes better «Average time to resolve a P1» [45 minutes, down from 4 hours]",
        ],
    ),
    (
        "Close went from six days to three.",
        &[
            "change 6→3 days better «Close» [from six days to three]",
        ],
    ),
    (
        "We cut printing costs by 30%.",
        &[
            "percentage 30 % reduction better «printing costs» [cut printing costs by 30%]",
        ],
    ),
    (
        "Ransomware attacks on our sector grew 3x last year.",
        &[
            "multiple 3 x «Ransomware attacks on our sector» [3x]",
        ],
    ),
    (
        "Updates are pushed every quarter to 800 laptops.",
        &[
            "frequency 1 quarter «Updates» [every quarter]",
            "people 800 laptops «laptops» [800 laptops]",
        ],
    ),
    (
        "The app is available 99.99% of the time.",
        &[
            "percentage 99.99 % availability «availability» [99.99% of the time]",
        ],
    ),
    (
        "Sign-in takes 10 seconds rather than 2 minutes.",
        &[
            "change 2 minutes→10 seconds better «Sign-in» [10 seconds rather than 2 minutes]",
        ],
    ),
    (
        "Support is open 8am to 6pm on weekdays.",
        &[],
    ),
    (
        "We handle 12,000 calls a year with 15 agents.",
        &[
            "count 12,000 calls/year «calls» [12,000 calls a year]",
            "people 15 agents «agents» [15 agents]",
        ],
    ),
    (
        "MFA now covers 100% of staff accounts.",
        &[
            "percentage 100 % share «staff accounts» [100% of staff accounts]",
        ],
    ),
    (
        "Cloud hosting costs $4,200 per month.",
        &[
            "money 4,200 USD/month «Cloud hosting costs» [$4,200 per month]",
        ],
    ),
    (
        "Printing fell from 1.2 million pages to 400,000 pages a year.",
        &[
            "change 1,200,000→400,000 pages/year better «Printing» [from 1.2 million pages to 400,000 pages a year]",
        ],
    ),
    (
        "The team resolved 95% of tickets at first contact.",
        &[
            "percentage 95 % share «tickets» [95% of tickets]",
        ],
    ),
    (
        "Load times improved 40%.",
        &[
            "percentage 40 % other better «Load times» [improved 40%]",
        ],
    ),
    (
        "Downtime cost the business roughly £50,000 per hour.",
        &[
            "money 50,000 GBP/hour «Downtime cost the business» [£50,000 per hour]",
        ],
    ),
    (
        "Our 24/7 security monitoring covers 3 data centres.",
        &[
            "frequency 1 continuous «security monitoring» [24/7]",
            "count 3 data centres «data centres» [3 data centres]",
        ],
    ),
    (
        "Self-service saves each user 5 minutes a week across 2,400 users.",
        &[
            "duration 5 minutes each user/week better «time saved» [5 minutes a week]",
            "people 2,400 users «users» [2,400 users]",
        ],
    ),
    (
        "Invoices are processed in 2 days instead of 10 days.",
        &[
            "change 10→2 days better «Invoices» [2 days instead of 10 days]",
        ],
    ),
    (
        "Spam dropped to 0.1% of inbound mail.",
        &[
            "percentage 0.1 % share «inbound mail» [0.1% of inbound mail]",
        ],
    ),
    (
        "We run 250 servers and 1,800 laptops for 40 offices.",
        &[
            "count 250 servers «servers» [250 servers]",
            "people 1,800 laptops «laptops» [1,800 laptops]",
            "people 40 offices «offices» [40 offices]",
        ],
    ),
    (
        "We spend €1.5 million a year on licences.",
        &[
            "money 1,500,000 EUR/year «licences» [€1.5 million a year on licences]",
        ],
    ),
    (
        "The migration saved 3 hours per week for each of 40 engineers.",
        &[
            "duration 3 hours/week better «time saved» [3 hours per week]",
            "people 40 engineers «engineers» [40 engineers]",
        ],
    ),
    (
        "Release frequency went from quarterly to weekly.",
        &[
            "frequency 1 week «Release frequency» [from quarterly to weekly]",
        ],
    ),
    (
        "Carbon emissions from the data centre fell 25%.",
        &[
            "percentage 25 % reduction better «Carbon emissions from the data centre» [fell 25%]",
        ],
    ),
    (
        "We achieved 99.999% availability.",
        &[
            "percentage 99.999 % availability «availability» [99.999% availability]",
        ],
    ),
    (
        "Tickets per month: 1,400.",
        &[],
    ),
    (
        "Revenue from online orders grew from £2M to £3.5M.",
        &[
            "change 2,000,000→3,500,000 GBP better «Revenue from online orders» [from £2M to £3.5M]",
        ],
    ),
    (
        "We onboarded 300 new starters in September.",
        &[
            "people 300 new starters «new starters» [300 new starters]",
        ],
    ),
    (
        "The service desk answers 80% of calls within 20 seconds.",
        &[
            "percentage 80 % share «calls» [80% of calls]",
            "duration 20 seconds «calls» [20 seconds]",
        ],
    ),
    (
        "Nightly backups protect 40 TB of records.",
        &[
            "frequency 1 night «backups» [Nightly]",
            "count 40 TB «TB» [40 TB]",
        ],
    ),
    (
        "Patching takes 3 hours a month instead of 3 days.",
        &[
            "change 3 days→3 hours/month better «Patching» [3 hours a month instead of 3 days]",
        ],
    ),
    (
        "Eleven clinics share one booking system.",
        &[
            "people 11 clinics «clinics» [Eleven clinics]",
        ],
    ),
    (
        "We moved 900 staff to Windows 11 laptops and Microsoft 365 licences.",
        &[
            "people 900 staff «staff» [900 staff]",
        ],
    ),
    (
        "Version 2.0 went live in 2024 and we are ISO 27001 certified.",
        &[],
    ),
    (
        "Licences went $1.1M→$780k.",
        &[
            "change 1,100,000→780,000 USD better «Licences» [$1.1M→$780k]",
        ],
    ),
    (
        "Each refund costs £1,234.56 to process.",
        &[
            "money 1,234.56 GBP each refund «refund costs» [£1,234.56]",
        ],
    ),
    (
        "Reports take 5 mins to run, down from 3hrs.",
        &[
            "change 3 hrs→5 mins better «Reports» [5 mins to run, down from 3hrs]",
        ],
    ),
    (
        "Over 40k users sign in daily.",
        &[
            "people 40,000 users «users» [40k users]",
            "frequency 1 day «users» [daily]",
        ],
    ),
    (
        "We kept 99.9 per cent uptime all year.",
        &[
            "percentage 99.9 % availability «uptime» [99.9 per cent uptime]",
        ],
    ),
    (
        "Uptime of 99.95% kept 2,000 shop tills trading.",
        &[
            "percentage 99.95 % availability «uptime» [Uptime of 99.95%]",
            "count 2,000 shop tills «shop tills» [2,000 shop tills]",
        ],
    ),
    (
        "USD 2.5M was invested in the new network.",
        &[
            "money 2,500,000 USD «new network» [USD 2.5M was invested in the new network]",
        ],
    ),
    (
        "A dozen sites moved to the new Wi-Fi.",
        &[
            "people 12 sites «sites» [A dozen sites]",
        ],
    ),
    (
        "We have 1.5bn records in the warehouse.",
        &[
            "count 1,500,000,000 records «records» [1.5bn records]",
        ],
    ),
    (
        "Call volumes grew by 25 per cent.",
        &[
            "percentage 25 % growth «Call volumes» [grew by 25 per cent]",
        ],
    ),
    (
        "Good morning everyone.",
        &[],
    ),
    (
        "The service desk is the first place to call.",
        &[],
    ),
    (
        "The team grew by 3 engineers.",
        &[
            "people 3 engineers «engineers» [3 engineers]",
        ],
    ),
    (
        "Back-ups now finish in 40 minutes rather than 6 hours.",
        &[
            "change 6 hours→40 minutes better «Back-ups now finish» [40 minutes rather than 6 hours]",
        ],
    ),
    (
        "We cut login time from 90 seconds to 5.",
        &[
            "change 90→5 seconds better «login time» [from 90 seconds to 5]",
        ],
    ),
    (
        "Average wait 12 minutes, up from 8 minutes last quarter.",
        &[
            "change 8→12 minutes worse «Average wait» [12 minutes, up from 8 minutes last quarter]",
        ],
    ),
    (
        "Three times faster onboarding since March.",
        &[
            "multiple 3 x «faster onboarding» [Three times faster onboarding]",
        ],
    ),
    (
        "On a typical weekday our web shop takes around £12,000 in orders.",
        &[
            "money 12,000 GBP/day «orders» [£12,000 in orders]",
        ],
    ),
    (
        "In a normal week we log about 350 calls to the desk.",
        &[
            "count 350 calls/week «calls» [350 calls]",
        ],
    ),
    (
        "A day without the booking system costs us £8,000.",
        &[
            "money 8,000 GBP «day without the booking system costs» [£8,000]",
        ],
    ),
    (
        "Since the app went live, calls to reception have dropped by 25% from about 8,000 a month.",
        &[
            "percentage 25 % reduction better «calls to reception» [dropped by 25%]",
            "count 8,000 calls/month «calls» [8,000 a month]",
        ],
    ),
    (
        "The weekly board pack used to take our analyst two days to pull together; now it takes half a day.",
        &[
            "frequency 1 week «board pack» [weekly]",
            "change 2→0.5 day/week better «the time for weekly board pack to pull together» [used to take our analyst two days to pull together; now it takes half a day]",
        ],
    ),
    (
        "Teachers lose around 5 minutes at the start of each lesson getting the projector going.",
        &[
            "duration 5 minutes each lesson «Teachers lose» [5 minutes at the start of each lesson]",
        ],
    ),
    (
        "Each repair or warranty claim used to take about 20 minutes to log and chase; it now takes 5.",
        &[
            "change 20→5 minutes better «the time to log and chase each repair or warranty claim» [used to take about 20 minutes to log and chase; it now takes 5]",
        ],
    ),
    (
        "Engineers used to spend about 30 hours a week between them typing up job sheets; that is now around 8.",
        &[
            "change 30→8 hours/week better «the time for typing up job sheets» [used to spend about 30 hours a week between them typing up job sheets; that is now around 8]",
        ],
    ),
    (
        "Reception were spending about 4 minutes per new patient keying in details, and it's now under a minute.",
        &[
            "change 4→1 minute each patient better «the time for keying in details» [spending about 4 minutes per new patient keying in details, and it's now under a minute]",
        ],
    ),
    (
        "The old phone lines were costing us about £14,000 a year; the new contract comes in at around £8,500.",
        &[
            "change 14,000→8,500 GBP/year better «the cost of old phone lines» [£14,000 a year; the new contract comes in at around £8,500]",
        ],
    ),
    (
        "There were 44 failed backup jobs in the quarter before the move and 3 since.",
        &[
            "change 44→3 failed backup jobs better «failed backup jobs» [44 failed backup jobs in the quarter before the move and 3]",
        ],
    ),
    (
        "We had 7 server outages in the year before the move, each one costing a morning; since then there has been just one.",
        &[
            "change 7→1 server outages better «server outages» [7 server outages in the year before the move, each one costing a morning; since then there has been just one]",
        ],
    ),
    (
        "Planners now spend about 6 minutes booking a delivery slot instead of around 20.",
        &[
            "change 20→6 minutes better «the time for booking a delivery slot» [6 minutes booking a delivery slot instead of around 20]",
        ],
    ),
    (
        "Issuing a visitor pass has gone from about four minutes to a minute and a half.",
        &["change 4→1.5 minute better «Issuing a visitor pass» [from about four minutes to a minute and a half]"],
    ),
    (
        "We set up about 300 accounts each September for new students.",
        &["people 300 accounts/year «accounts» [300 accounts each September]"],
    ),
    (
        "Visitors turned away at the door on sold-out days fell from 120 last summer to 15.",
        &[
            "change 120→15 better «Visitors turned away» [from 120 last summer to 15]",
        ],
    ),
];

#[test]
fn every_case_extracts_what_a_reader_would() {
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let found = facts_of(text);
        if found != *expected {
            failures.push(format!("{text}\n  expected {expected:#?}\n  found {found:#?}"));
        }
    }
    assert!(CASES.len() >= 60, "at least 60 cases, have {}", CASES.len());
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// What money is, read from the words around it: each sentence and the role of its money.
const ROLES: &[(&str, &[MoneyRole])] = &[
    ("We merged the phone systems, cutting call costs by £30,000 a year.", &[MoneyRole::Saving]),
    ("The new VPN costs £12,000 a year for 400 remote workers.", &[MoneyRole::Cost]),
    ("The upgrade cost £50,000 and saves £20,000 a year.", &[MoneyRole::OneOffCost, MoneyRole::Saving]),
    (
        "The migration costs £90k one-off and cuts hosting by £4,000 a month.",
        &[MoneyRole::OneOffCost, MoneyRole::Saving],
    ),
    ("We have a budget of £2.4 million.", &[MoneyRole::Cost]),
    ("The online shop takes £2 million a year.", &[MoneyRole::Revenue]),
    ("Our store averages $1.2 million in sales a month.", &[MoneyRole::Revenue]),
    ("Please approve £30k a year for backup.", &[MoneyRole::Ask]),
    ("Orders come in at £40 each.", &[MoneyRole::Price]),
    ("We print less, at 4p a page.", &[MoneyRole::Price]),
    ("Staff time costs us £30 an hour.", &[MoneyRole::StaffRate]),
    ("Overtime is paid at £45 an hour.", &[MoneyRole::StaffRate]),
    ("A driver's hour costs us €32.", &[MoneyRole::StaffRate]),
    ("An hour of downtime on the booking system costs us £15,000.", &[MoneyRole::DowntimeRate]),
    ("Each ticket costs us about £15 to handle.", &[MoneyRole::Cost]),
    ("The new laptops cost £240,000 up front.", &[MoneyRole::OneOffCost]),
    ("We overspent by £20k on the project.", &[MoneyRole::OneOffCost]),
];

#[test]
fn money_is_read_as_a_saving_a_cost_revenue_a_request_a_price_or_a_rate() {
    for (text, expected) in ROLES {
        let roles: Vec<Option<MoneyRole>> = extract(text, "description")
            .facts
            .iter()
            .filter(|f| f.kind == FactKind::Money)
            .map(|f| f.role)
            .collect();
        let expected: Vec<Option<MoneyRole>> = expected.iter().map(|r| Some(*r)).collect();
        assert_eq!(roles, expected, "{text}");
    }
    let asked = extract("£40k a year to renew the filter", "ask").facts;
    assert_eq!(asked[0].role, Some(MoneyRole::Ask), "money in the ask is asked for");
}

/// What a figure is for each one of: each sentence, a figure in it, and its scope.
const SCOPES: &[(&str, &str, Option<&str>)] = &[
    (
        "Resets used to take 10 minutes each and now take 1 minute; we do 1,800 resets a month.",
        "used to take",
        Some("reset"),
    ),
    ("It saves each of our 600 managers about 30 minutes a month.", "30 minutes a month", Some("manager")),
    ("Our 300 agents each save 20 minutes a day.", "20 minutes a day", Some("agent")),
    ("It saves our 2,000 staff 15 minutes a week each.", "15 minutes a week each", Some("staff")),
    ("Storage costs £200 per TB a year.", "£200 per TB a year", Some("TB")),
    ("Mail costs £8 per user a month.", "£8 per user a month", Some("user")),
    ("We print 200,000 pages, at 4p a page.", "4p a page", Some("page")),
    ("It takes 5,000 orders a day at £40 each.", "£40 each", Some("order")),
    ("Video calls replaced 40 trips a month, each costing £120 in travel.", "£120 in travel", Some("trip")),
    ("It saves 10 minutes of typing per form.", "10 minutes of typing per form", Some("form")),
    ("It handles 8,000 transactions a day worth £55 on average.", "£55 on average", Some("transaction")),
    ("The budget is £20k per head.", "£20k per head", Some("person")),
    ("A script saves the payroll team of 6 people 20 hours a month.", "20 hours a month", None),
    ("It saves 15 minutes a week each, and staff time costs us £30 an hour.", "£30 an hour", None),
    ("We cut calls by 25%; each agent call costs us £4.", "£4", Some("call")),
];

#[test]
fn a_figure_knows_what_it_is_each_of() {
    for (text, figure, expected) in SCOPES {
        let facts = extract(text, "description").facts;
        let fact = facts.iter().find(|f| f.text.starts_with(figure));
        assert!(fact.is_some(), "{text}: no fact “{figure}” in {facts:?}");
        assert_eq!(fact.and_then(|f| f.each.as_deref()), *expected, "{text}");
    }
}

#[test]
fn every_span_is_the_facts_own_words() {
    for (text, _) in CASES {
        for fact in extract(text, "description").facts {
            let span = fact.span.expect("extracted facts have spans");
            assert_eq!(&text[span.start..span.end], fact.text, "in {text}");
        }
    }
}

#[test]
fn impossible_and_absurd_figures_are_problems_not_facts() {
    let found = extract("Uptime was 101% last month.", "description");
    assert!(found.facts.is_empty());
    assert_eq!(
        found.problems.iter().map(|p| p.message.as_str()).collect::<Vec<_>>(),
        ["101% availability is not possible: a service is available at most 100% of the time. Check the figure."]
    );
    let found = extract("We blocked 99999999999999999999 attacks.", "outcomes");
    assert!(found.facts.is_empty());
    assert_eq!(found.problems[0].field, "outcomes");
    assert!(found.problems[0].message.starts_with("“99999999999999999999” is too large to be a figure"));
    let found = extract("Server 1e309 crashed.", "description");
    assert!(found.facts.is_empty() && found.problems.is_empty(), "{found:?}");
}

#[test]
fn facts_carry_their_field() {
    let found = extract("We run 40 servers.", "who_uses_it");
    assert_eq!(found.facts[0].field, "who_uses_it");
    assert_eq!(found.facts[0].key(), "who_uses_it:40 servers");
}
