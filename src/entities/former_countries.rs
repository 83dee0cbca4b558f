//! Countries that no longer exist, for `--country`: which places of today's countries lay
//! in them, and until when.
//!
//! A former country holds the places of today's countries that lay in it, in the articles
//! dated while they did: Moscow is the Soviet Union's in a story of 1987, Frankfurt West
//! Germany's, Leipzig East Germany's. This is what the wires of the time wrote, and how
//! Reuters-21578's own `<PLACES>` codes (1987) file them: `ussr`, `west-germany`,
//! `east-germany`, `yugoslavia`, `czechoslovakia`. Today's countries hold their places at
//! every date: `--country Russia` finds the 1987 Moscow story too, as `--country Germany`
//! the Frankfurt one (the territory over time, where the former country is the state of
//! the time; with flags that must all hold, no other choice lets a search find both). An
//! undated article's places are in today's countries alone: nothing says they were
//! elsewhere.
//!
//! The dates are those of Wikipedia's articles "Dissolution of the Soviet Union" (the
//! USSR ceased to exist on 26 December 1991), "German reunification" (3 October 1990),
//! "Dissolution of Czechoslovakia" (1 January 1993), "Breakup of Yugoslavia" (the
//! Socialist Federal Republic ended on 27 April 1992, when Serbia and Montenegro formed the
//! Federal Republic of Yugoslavia, which kept the name until it became "Serbia and
//! Montenegro" on 4 February 2003) and "Serbia and Montenegro" (Serbia's own state from 5
//! June 2006). Kosovo goes with Serbia: the date of its independence (17 February 2008)
//! is not recognised by all.

use chrono::NaiveDate;

/// Which places of a country of today lay in a former country.
#[derive(Debug, Clone, Copy)]
pub enum Which {
    /// All its places, the country itself included ("Ukraine" in 1987 names a place in
    /// the Soviet Union).
    All,
    /// These places alone (by canonical name).
    Only(&'static [&'static str]),
    /// All its places but these.
    AllBut(&'static [&'static str]),
}

impl Which {
    /// Is this place (by canonical name) one of them?
    pub fn holds(self, place: &str) -> bool {
        match self {
            Which::All => true,
            Which::Only(places) => places.contains(&place),
            Which::AllBut(places) => !places.contains(&place),
        }
    }
}

/// The places of a country of today that lay in a former country, from one day (when the
/// former country was formed) until another (the first day they were not in it), as
/// `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy)]
pub struct Part {
    /// The former country, by its canonical name (see `lexicon`'s extra places).
    pub former: &'static str,
    /// The country of today, by the gazetteer's canonical name.
    pub today: &'static str,
    /// Which of its places.
    pub places: Which,
    /// The first day they were in the former country.
    pub from: &'static str,
    /// The first day they no longer were.
    pub until: &'static str,
}

impl Part {
    /// The days the places were in the former country: the first, and the first after.
    pub fn days(&self) -> (NaiveDate, NaiveDate) {
        (day(self.from), day(self.until))
    }
}

/// A day of [`PARTS`], which a test reads whole.
fn day(iso: &str) -> NaiveDate {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").expect("a day of PARTS is YYYY-MM-DD")
}

/// The places of the German Democratic Republic (East Germany) as the gazetteer lists
/// Germany's: the cities of today's Brandenburg, Mecklenburg-Vorpommern, Saxony,
/// Saxony-Anhalt and Thuringia, and East Berlin's districts. Berlin itself before 1990 is
/// West Germany's: the wires wrote West Berlin's news under "Berlin" (Reuters-21578 files
/// the 17 such stories of 1987 under `west-germany`), and "East Berlin" as such.
const EAST_GERMANY: &[&str] = &[
    "East Berlin",
    "Chemnitz",
    "Dresden",
    "Erfurt",
    "Friedrichshain",
    "Gera",
    "Halle (Saale)",
    "Leipzig",
    "Magdeburg",
    "Marzahn",
    "Mitte",
    "Neue Neustadt",
    "Potsdam",
    "Prenzlauer Berg",
    "Rostock",
];

/// The places of West Germany: Germany's but East Germany's, and "Germany" itself, which
/// the wires of the time wrote for West Germany ("Mulford says Germany, Japan have not
/// yet lived up to international commitments"; 24 stories of Reuters-21578 name Germany and
/// no place of West Germany, 7 of them filed under `west-germany`, 1 under `east-germany`).
const NOT_WEST_GERMANY: &[&str] = EAST_GERMANY;

/// The places of the Soviet Union: all of today's Georgia's but "Georgia" itself, which
/// the gazetteer reads as the country and the 1987 wires wrote for the US state (101 of
/// the 103 stories of Reuters-21578 that name it are not filed under `ussr`).
const NOT_SOVIET_GEORGIA: &[&str] = &["Georgia"];

/// Names of today's countries that the wires of a former country's days wrote for another
/// place (former country, name): "Georgia" in the Soviet Union's days is the US state
/// unless the story is about the Soviet Union. In an article dated within them, the name
/// holds it for today's country only beside a place of the former country (Moscow,
/// Tbilisi, "Soviet Union"); outside them, or undated, alone. On BBC + Reuters-21578,
/// `--country Georgia` in 1987 found 101 articles, of which 2 are about Soviet Georgia
/// (filed under `ussr`, naming Moscow) and 99 name Atlanta, Norcross or Savannah.
pub const NAMED_OTHERWISE: &[(&str, &str)] = &[(SOVIET.0, NOT_SOVIET_GEORGIA[0])];

const SOVIET: (&str, &str, &str) = ("Soviet Union", "1922-12-30", "1991-12-26");
const YUGOSLAVIA: (&str, &str, &str) = ("Yugoslavia", "1918-12-01", "1992-04-27");
const YUGOSLAVIA_FRY: (&str, &str, &str) = ("Yugoslavia", "1918-12-01", "2003-02-04");
const SERBIA_AND_MONTENEGRO: (&str, &str, &str) = ("Serbia and Montenegro", "2003-02-04", "2006-06-05");
const CZECHOSLOVAKIA: (&str, &str, &str) = ("Czechoslovakia", "1918-10-28", "1993-01-01");

/// A part with all the places of a country of today.
const fn whole(former: (&'static str, &'static str, &'static str), today: &'static str) -> Part {
    Part { former: former.0, today, places: Which::All, from: former.1, until: former.2 }
}

/// Every former country's parts (see the module's comment for the dates' source).
pub const PARTS: &[Part] = &[
    whole(SOVIET, "Russia"),
    whole(SOVIET, "Ukraine"),
    whole(SOVIET, "Belarus"),
    whole(SOVIET, "Moldova"),
    whole(SOVIET, "Estonia"),
    whole(SOVIET, "Latvia"),
    whole(SOVIET, "Lithuania"),
    Part {
        former: SOVIET.0,
        today: "Georgia",
        places: Which::AllBut(NOT_SOVIET_GEORGIA),
        from: SOVIET.1,
        until: SOVIET.2,
    },
    whole(SOVIET, "Armenia"),
    whole(SOVIET, "Azerbaijan"),
    whole(SOVIET, "Kazakhstan"),
    whole(SOVIET, "Uzbekistan"),
    whole(SOVIET, "Turkmenistan"),
    whole(SOVIET, "Kyrgyzstan"),
    whole(SOVIET, "Tajikistan"),
    Part {
        former: "West Germany",
        today: "Germany",
        places: Which::AllBut(NOT_WEST_GERMANY),
        from: "1949-05-23",
        until: "1990-10-03",
    },
    Part {
        former: "East Germany",
        today: "Germany",
        places: Which::Only(EAST_GERMANY),
        from: "1949-10-07",
        until: "1990-10-03",
    },
    whole(CZECHOSLOVAKIA, "Czechia"),
    whole(CZECHOSLOVAKIA, "Slovakia"),
    whole(YUGOSLAVIA, "Slovenia"),
    whole(YUGOSLAVIA, "Croatia"),
    whole(YUGOSLAVIA, "Bosnia and Herzegovina"),
    whole(YUGOSLAVIA, "North Macedonia"),
    whole(YUGOSLAVIA_FRY, "Serbia"),
    whole(YUGOSLAVIA_FRY, "Montenegro"),
    whole(YUGOSLAVIA_FRY, "Kosovo"),
    whole(SERBIA_AND_MONTENEGRO, "Serbia"),
    whole(SERBIA_AND_MONTENEGRO, "Montenegro"),
    whole(SERBIA_AND_MONTENEGRO, "Kosovo"),
];

/// A country's former names and its name today: the same country renamed, not
/// split, so `--country Kampuchea` is `--country Cambodia`, and either finds the articles
/// that name the other, at any date. (Kampuchea was Cambodia's name from 1976 to 1989,
/// Zaire the Democratic Republic of the Congo's from 1971 to 1997.)
pub const RENAMED: &[(&str, &str)] =
    &[("Kampuchea", "Cambodia"), ("Zaire", "Democratic Republic of the Congo")];

/// The parts of this former country (by canonical name); empty for any other name.
pub fn parts_of(former: &str) -> impl Iterator<Item = &'static Part> + '_ {
    PARTS.iter().filter(move |part| part.former == former)
}

/// The former countries that lay wholly inside this country of today (by canonical
/// names): West Germany and East Germany inside Germany. Today's country holds their names
/// at any date, as it holds its cities: a 1987 story naming West Germany alone is in
/// Germany. A former country split among several of today's (the Soviet Union,
/// Yugoslavia, Czechoslovakia, Serbia and Montenegro) is in none of them.
pub fn wholly_in(today: &str) -> impl Iterator<Item = &'static str> + '_ {
    let formers = PARTS.iter().filter(move |part| part.today == today).map(|part| part.former);
    formers.enumerate().filter_map(move |(i, former)| {
        let first = PARTS.iter().filter(|p| p.today == today).position(|p| p.former == former) == Some(i);
        (first && parts_of(former).all(|part| part.today == today)).then_some(former)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_is_a_span_of_days_of_known_countries() {
        for part in PARTS {
            let (from, until) = part.days();
            assert!(from < until, "{part:?}");
            for name in [part.former, part.today] {
                let place = crate::entities::lexicon::place(name);
                assert_eq!(place.map(|p| (p.kind, p.canonical)), Some(("country", name)), "{part:?}");
            }
        }
        for (old, today) in RENAMED {
            assert!(crate::entities::lexicon::place(today).is_some_and(|p| p.kind == "country"), "{today}");
            assert!(crate::entities::lexicon::place(old).is_none_or(|p| p.canonical == *old), "{old}");
        }
    }

    #[test]
    fn east_germany_is_not_west_germany() {
        let west = parts_of("West Germany").next().unwrap();
        let east = parts_of("East Germany").next().unwrap();
        for place in ["Leipzig", "Dresden", "East Berlin"] {
            assert!(east.places.holds(place) && !west.places.holds(place), "{place}");
        }
        for place in ["Bonn", "Frankfurt am Main", "Berlin", "West Berlin", "Germany"] {
            assert!(west.places.holds(place) && !east.places.holds(place), "{place}");
        }
        assert_eq!(PARTS.iter().filter(|part| part.today == "Serbia").count(), 2);
        assert_eq!(parts_of("Soviet Union").count(), 15);
    }

    #[test]
    fn only_a_former_country_wholly_inside_one_of_today_is_held_by_it() {
        assert_eq!(wholly_in("Germany").collect::<Vec<_>>(), ["West Germany", "East Germany"]);
        for split in ["Russia", "Serbia", "Czechia", "Montenegro", "Japan"] {
            assert_eq!(wholly_in(split).count(), 0, "{split}");
        }
    }
}
