//! The country of each place the gazetteer knows, for `--country NAME` (and `country:` in
//! a query, the API's `country=`): a country *and everything in it*.
//!
//! An article is indexed with the places it names as written (under their canonical
//! names): a story from "LONDON" that never writes "Britain" holds London alone, and
//! `--place "United Kingdom"` misses it. `--country` finds it without any change to the
//! index: at query time the country becomes the list of the gazetteer's names in it, the
//! country itself, its aliases' canonical name, its states and its cities
//! ([`Country::places`]), any of which an article must hold.
//!
//! The country of a place is the fourth column of `data/gazetteer/places.tsv`
//! (`scripts/build_gazetteers.py` reads it from GeoNames' country codes). A name the
//! gazetteer has once stands for one place, its choice: "Georgia" is the country, not the
//! US state; "Cairo" Egypt's capital, not the town in Illinois; "Birmingham" the English
//! city. Places newsdex knows apart from GeoNames ([`lexicon::place`]'s extra places:
//! Canada's provinces, the Soviet Union) are given their country here
//! ([`EXTRA_COUNTRY_OF`]).
//!
//! A place's country is the one it was in at the article's date
//! ([`super::former_countries`]): Moscow is the Soviet Union's in a story of 1987 and
//! Russia's in one of 2005 (or undated); a country's own name finds it at any date, and
//! today's country holds a former one wholly inside it (West Germany in Germany) at any
//! date too. "Georgia" alone in a story of the Soviet days is the country only beside a
//! Soviet place ([`Beside`]): the wires of the time wrote it for the US state.

use std::borrow::Cow;
use std::sync::LazyLock;

use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;

use super::former_countries::{self, RENAMED};
use super::lexicon;

/// Canonical names of places outside `places.tsv` (see `lexicon`'s extra places, and the
/// names of places in countries that no longer exist, kept as the articles write them) and
/// the country of today they are in. Countries that no longer exist are their own country,
/// as every country is (see [`former_countries`] for the places in them).
const EXTRA_COUNTRY_OF: &[(&str, &str)] = &[
    ("West Berlin", "Germany"),
    ("East Berlin", "Germany"),
    ("Leningrad", "Russia"),
    ("Byelorussia", "Belarus"),
    ("Alberta", "Canada"),
    ("British Columbia", "Canada"),
    ("Manitoba", "Canada"),
    ("New Brunswick", "Canada"),
    ("Newfoundland", "Canada"),
    ("Nova Scotia", "Canada"),
    ("Prince Edward Island", "Canada"),
    ("Saskatchewan", "Canada"),
    // Former countries wholly inside one of today's that newsdex knows by name only (as
    // the articles write them, with no dates of their own): today's country holds them.
    ("North Yemen", "Yemen"),
    ("South Yemen", "Yemen"),
    ("North Vietnam", "Vietnam"),
    ("South Vietnam", "Vietnam"),
    ("New South Wales", "Australia"),
    ("Queensland", "Australia"),
    ("Western Australia", "Australia"),
    ("South Australia", "Australia"),
    ("Tasmania", "Australia"),
    ("Northern Territory", "Australia"),
    ("Rio Grande do Sul", "Brazil"),
    ("Rio Grande do Norte", "Brazil"),
    ("Mato Grosso do Sul", "Brazil"),
    ("Mato Grosso", "Brazil"),
    ("Minas Gerais", "Brazil"),
    ("Espírito Santo", "Brazil"),
    ("Bahia", "Brazil"),
    ("Goiás", "Brazil"),
    ("Pernambuco", "Brazil"),
    ("La Pampa", "Argentina"),
    ("Entre Ríos", "Argentina"),
    ("Rosario", "Argentina"),
];

/// Ports and oil terminals the shipping, crude and commodity reports name that GeoNames'
/// list of cities leaves out (too small, or islands): folded name, canonical name and
/// country. Looked up after the gazetteer like [`lexicon::place`]'s extra places ("crude
/// loading at Ras Tanura", "fob Santos", "Ventspils"), so `--country Iran` finds the
/// attacks on Kharg Island. Other writings of them are in `place_aliases.tsv` ("Kharg",
/// "Ras Tannurah").
pub const PORTS: &[(&str, &str, &str)] = &[
    ("santos", "Santos", "Brazil"),
    ("ventspils", "Ventspils", "Latvia"),
    ("kharg island", "Kharg Island", "Iran"),
    ("sirri island", "Sirri Island", "Iran"),
    ("lavan island", "Lavan Island", "Iran"),
    ("ras tanura", "Ras Tanura", "Saudi Arabia"),
    ("juaymah", "Juaymah", "Saudi Arabia"),
    ("mina al-ahmadi", "Mina al-Ahmadi", "Kuwait"),
    ("umm qasr", "Umm Qasr", "Iraq"),
    ("jebel ali", "Jebel Ali", "United Arab Emirates"),
    ("aqaba", "Aqaba", "Jordan"),
    ("tumaco", "Tumaco", "Colombia"),
    ("balao", "Balao", "Ecuador"),
    ("zeebrugge", "Zeebrugge", "Belgium"),
    ("dunkirk", "Dunkirk", "France"),
    ("port kembla", "Port Kembla", "Australia"),
    ("galveston", "Galveston", "United States"),
    ("chittagong", "Chittagong", "Bangladesh"),
    ("penang", "Penang", "Malaysia"),
    ("necochea", "Necochea", "Argentina"),
    ("tuapse", "Tuapse", "Russia"),
    ("ilyichevsk", "Ilyichevsk", "Ukraine"),
];

/// Canonical place name → the canonical name of its country.
static COUNTRY_OF: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, &'static str> = include_str!("../../data/gazetteer/places.tsv")
        .lines()
        .filter_map(|line| {
            let mut cols = line.split('\t').skip(2);
            Some((cols.next()?, cols.next()?))
        })
        .collect();
    map.extend(EXTRA_COUNTRY_OF.iter().copied());
    map.extend(PORTS.iter().map(|&(_, port, country)| (port, country)));
    for town in TOWNS_OF_TWO_COUNTRIES {
        map.insert(town.name, town.country);
        map.entry(town.other_name).or_insert(town.other_country);
    }
    map
});

/// A town's name that is also another town's in another country ("Newcastle": Newcastle
/// upon Tyne, and the port of New South Wales): the article's other places tell which it
/// names ([`town_in_context`]).
pub struct TwoCountries {
    /// The name, as the gazetteer lists it (its canonical name) or as written.
    pub name: &'static str,
    /// The country of the town the name stands for where the article says no more (this
    /// wins over the gazetteer's choice: GeoNames gives "Newcastle" to Australia, where
    /// the news means Newcastle upon Tyne far more often).
    pub country: &'static str,
    /// The other town's country.
    pub other_country: &'static str,
    /// The name the other town is indexed under ("Newcastle, New South Wales").
    pub other_name: &'static str,
}

/// Towns of one name in two countries that the news names often ([`TwoCountries`]).
const TOWNS_OF_TWO_COUNTRIES: &[TwoCountries] = &[
    TwoCountries {
        name: "Newcastle",
        country: "United Kingdom",
        other_country: "Australia",
        other_name: "Newcastle, New South Wales",
    },
    TwoCountries {
        name: "Perth",
        country: "Australia",
        other_country: "United Kingdom",
        other_name: "Perth, Scotland",
    },
    TwoCountries {
        name: "Birmingham",
        country: "United Kingdom",
        other_country: "United States",
        other_name: "Birmingham, Alabama",
    },
    TwoCountries {
        name: "Cambridge",
        country: "United Kingdom",
        other_country: "United States",
        other_name: "Cambridge, Massachusetts",
    },
    TwoCountries {
        name: "Durham",
        country: "United Kingdom",
        other_country: "United States",
        other_name: "Durham, North Carolina",
    },
    TwoCountries {
        name: "Worcester",
        country: "United Kingdom",
        other_country: "United States",
        other_name: "Worcester, Massachusetts",
    },
    // Canton, Ohio and Canton, Massachusetts in the wires' datelines; China's Canton is
    // Guangzhou.
    TwoCountries {
        name: "Canton",
        country: "United States",
        other_country: "China",
        other_name: "Guangzhou",
    },
];

/// The name a town of [`TOWNS_OF_TWO_COUNTRIES`] is indexed under in an article whose
/// other places are `others` (canonical names; organizations named after a place, such
/// as "Manchester United", count as that place): the other town's name when more of them
/// are in its country than in the country of the town the name stands for alone, and
/// `None` for a name that is no such town or stays the one it stands for. A story of
/// Newcastle United that names Manchester and England stays Newcastle (upon Tyne); a coal
/// story that names Sydney and New South Wales is of "Newcastle, New South Wales".
pub fn town_in_context<'a>(name: &str, others: impl Iterator<Item = &'a str>) -> Option<&'static str> {
    let town = TOWNS_OF_TWO_COUNTRIES.iter().find(|t| t.name == name)?;
    let (mut alone, mut other) = (0usize, 0usize);
    for place in others.filter(|p| *p != name) {
        match country_of(place) {
            Some(c) if c == town.country => alone += 1,
            Some(c) if c == town.other_country => other += 1,
            _ => {}
        }
    }
    (other > alone).then_some(town.other_name)
}

/// Country → the canonical names of the places in it (itself first), sorted after it.
static PLACES_IN: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
    for (&place, &country) in COUNTRY_OF.iter() {
        if place != country {
            map.entry(country).or_default().push(place);
        }
    }
    for places in map.values_mut() {
        places.sort_unstable();
        places.dedup();
    }
    map
});

/// The country a place is in, by the place's canonical name ("London" → "United
/// Kingdom", "Texas" → "United States", "Japan" → "Japan"); `None` for a name the
/// gazetteer does not have.
pub fn country_of(canonical: &str) -> Option<&'static str> {
    COUNTRY_OF.get(canonical).copied()
}

/// A country asked for by `--country`, and the places that find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// Its canonical name ("United Kingdom" for `UK`, `Britain`).
    pub name: &'static str,
    /// The canonical names of the places that find an article about it at any date: the
    /// country first (and its former names: "Kampuchea" for Cambodia; and the former
    /// countries wholly inside it: West and East Germany for Germany, North and South
    /// Yemen for Yemen), then its states and cities (and, for the United Kingdom,
    /// England, Scotland, Wales and Northern Ireland).
    pub places: Vec<&'static str>,
    /// The places of today's countries that find an article about a former country by
    /// the article's date ([`former_countries`]): Moscow the Soviet Union's in a story
    /// dated before 26 December 1991. Empty for a country of today.
    pub dated: Vec<PlacesAt>,
    /// The country's own name where the articles of a former country's days wrote it for
    /// another place ([`former_countries::NAMED_OTHERWISE`]: "Georgia", the US state, in
    /// 1987): within those days it finds an article only beside one of these places (and
    /// is then not in `places`). Empty for any other country.
    pub beside: Vec<Beside>,
}

/// A country's name that finds an article dated within some days only beside other places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Beside {
    /// The name, canonical ("Georgia").
    pub name: &'static str,
    /// The first day, and the first day after.
    pub days: (NaiveDate, NaiveDate),
    /// The places of which an article dated within them must name one too (the former
    /// country and its places then: "Soviet Union", "Moscow", "Tbilisi").
    pub places: Vec<&'static str>,
}

/// Places that find an article about a former country when it is dated within its days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacesAt {
    /// Their canonical names.
    pub places: Vec<&'static str>,
    /// The first day, and the first day after.
    pub days: (NaiveDate, NaiveDate),
}

/// The country a name typed after `--country` is: any name or alias the gazetteer has
/// for a country (`UK`, `Britain`, `U.S.`, `Holland`), a former name of one
/// (`Kampuchea`), its name in its own language or another common one ([`NAMES_ABROAD`]:
/// `Deutschland`, `Brasil`, `Estados Unidos`), or a nationality written for one
/// (`British`, `Japanese`; see [`lexicon::country_of_demonym`]). An error, for the user,
/// for anything else: a state or a city says which country it is in, a union of
/// countries (the EC, the EU) that it is an organization.
pub fn country(typed: &str) -> Result<Country, String> {
    let typed = typed.trim();
    let folded = lexicon::fold(typed);
    let renamed = RENAMED.iter().find(|(old, _)| lexicon::fold(old) == folded).map(|&(_, today)| today);
    let abroad =
        NAMES_ABROAD.iter().find(|(name, _)| lexicon::fold(name) == folded).map(|&(_, english)| english);
    let alias = ALIASES.get(&folded).copied();
    let place = renamed
        .or(abroad)
        .or(alias)
        .and_then(lexicon::place)
        .or_else(|| lexicon::place(typed))
        .or_else(|| country_of_demonym(typed).and_then(lexicon::place));
    let Some(place) = place else {
        return Err(not_a_country(typed, &folded));
    };
    if place.kind != "country" {
        let within = country_of(place.canonical).map(|c| format!(" in {c}")).unwrap_or_default();
        let hint = country_of(place.canonical)
            .map(|c| {
                format!(
                    ": give its country (--country {c:?}), or --place {typed:?} for the {} alone",
                    place.kind
                )
            })
            .unwrap_or_else(|| format!(": --place {typed:?} finds it"));
        return Err(format!("{typed:?} is a {}{within}, not a country{hint}", place.kind));
    }
    let name = place.canonical;
    let mut places = vec![name];
    places.extend(RENAMED.iter().filter(|(_, today)| *today == name).map(|&(old, _)| old));
    places.extend(former_countries::wholly_in(name));
    places.extend(PLACES_IN.get(name).into_iter().flatten().copied());
    // A former country holds the places of today's countries that lay in it, while they
    // did; today's countries hold theirs at every date.
    let mut dated: Vec<PlacesAt> = Vec::new();
    for part in former_countries::parts_of(name) {
        let today =
            std::iter::once(part.today).chain(PLACES_IN.get(part.today).into_iter().flatten().copied());
        let held = today.filter(|place| part.places.holds(place));
        match dated.iter_mut().find(|group| group.days == part.days()) {
            Some(group) => group.places.extend(held),
            None => dated.push(PlacesAt { places: held.collect(), days: part.days() }),
        }
    }
    let mut beside = Vec::new();
    for &(former, named) in former_countries::NAMED_OTHERWISE {
        if !places.contains(&named) {
            continue;
        }
        let then = country(former)?;
        for at in &then.dated {
            let with = then.places.iter().chain(&at.places).copied().filter(|place| *place != named);
            beside.push(Beside { name: named, days: at.days, places: with.collect() });
        }
        places.retain(|place| *place != named);
    }
    Ok(Country { name, places, dated, beside })
}

/// Why a name typed after `--country` that names no country of the gazetteer is none,
/// and what finds it: a union of countries is an organization (`--org`), a place newsdex
/// knows outside the gazetteer ("North Yemen", "West Berlin") is in a country of today.
fn not_a_country(typed: &str, folded: &str) -> String {
    if let Some(&(_, union)) = UNIONS.iter().find(|(name, _)| *name == folded) {
        return format!(
            "{typed:?} is {union}, a union of countries, not a country: --org {typed:?} finds the articles naming it, --country each member state"
        );
    }
    if let Some((&place, &today)) = COUNTRY_OF.iter().find(|(place, _)| lexicon::fold(place) == folded) {
        return format!(
            "{place:?} is within {today} as newsdex knows it, not a country of its own: --country {today:?} finds it, --place {place:?} the name alone"
        );
    }
    format!(
        "{typed:?} is no country newsdex knows (give its name in English, such as \"United Kingdom\", \"UK\" or \"Japan\")"
    )
}

/// Unions of countries that news names as if they were one (folded name, what it is),
/// which `--country` refuses for `--org`: their members change over time (the EC of 1987
/// had 12, the EU of 2020 27), and a story naming France is not one about the EC. The
/// index holds them as organizations (BBC + Reuters-21578: `--org EC` 495 stories,
/// `--org "European Union"` 81).
const UNIONS: &[(&str, &str)] = &[
    ("ec", "the European Community"),
    ("eec", "the European Economic Community"),
    ("european community", "the European Community"),
    ("european communities", "the European Communities"),
    ("european economic community", "the European Economic Community"),
    ("common market", "the European Community (the Common Market)"),
    ("eu", "the European Union"),
    ("european union", "the European Union"),
];

/// Countries' names in their own languages and other common ones, for `--country` (as
/// written, the gazetteer's English name): those that name one country alone and no
/// other place. A name the gazetteer has already, but for its accents (`México`, `Perú`),
/// needs none: accents are folded.
const NAMES_ABROAD: &[(&str, &str)] = &[
    // Names in the country's own language(s).
    ("Deutschland", "Germany"),
    ("Bundesrepublik Deutschland", "Germany"),
    ("Brasil", "Brazil"),
    ("España", "Spain"),
    ("Italia", "Italy"),
    ("Österreich", "Austria"),
    ("Schweiz", "Switzerland"),
    ("Suisse", "Switzerland"),
    ("Svizzera", "Switzerland"),
    ("Nederland", "Netherlands"),
    ("België", "Belgium"),
    ("Belgique", "Belgium"),
    ("Danmark", "Denmark"),
    ("Sverige", "Sweden"),
    ("Norge", "Norway"),
    ("Suomi", "Finland"),
    ("Ísland", "Iceland"),
    ("Éire", "Ireland"),
    ("Polska", "Poland"),
    ("Česko", "Czechia"),
    ("Česká republika", "Czechia"),
    ("Slovensko", "Slovakia"),
    ("Magyarország", "Hungary"),
    ("Hrvatska", "Croatia"),
    ("Slovenija", "Slovenia"),
    ("Srbija", "Serbia"),
    ("Shqipëria", "Albania"),
    ("Ελλάδα", "Greece"),
    ("Ellada", "Greece"),
    ("Hellas", "Greece"),
    ("Türkiye", "Turkey"),
    ("Россия", "Russia"),
    ("Rossiya", "Russia"),
    ("Україна", "Ukraine"),
    ("Eesti", "Estonia"),
    ("Latvija", "Latvia"),
    ("Lietuva", "Lithuania"),
    ("Nippon", "Japan"),
    ("Nihon", "Japan"),
    ("日本", "Japan"),
    ("中国", "China"),
    ("Zhongguo", "China"),
    ("Bharat", "India"),
    ("भारत", "India"),
    ("Misr", "Egypt"),
    ("مصر", "Egypt"),
    ("Estados Unidos Mexicanos", "Mexico"),
    // Common names in other languages of the largest countries in the news.
    ("Estados Unidos", "United States"),
    ("Estados Unidos de América", "United States"),
    ("États-Unis", "United States"),
    ("Vereinigte Staaten", "United States"),
    ("Stati Uniti", "United States"),
    ("Royaume-Uni", "United Kingdom"),
    ("Reino Unido", "United Kingdom"),
    ("Vereinigtes Königreich", "United Kingdom"),
    ("Allemagne", "Germany"),
    ("Alemania", "Germany"),
    ("Alemanha", "Germany"),
    ("Germania", "Germany"),
    ("Frankreich", "France"),
    ("Francia", "France"),
    ("Spanien", "Spain"),
    ("Espagne", "Spain"),
    ("Italien", "Italy"),
    ("Italie", "Italy"),
    ("Russland", "Russia"),
    ("Russie", "Russia"),
    ("Rusia", "Russia"),
    ("Chine", "China"),
    ("Japon", "Japan"),
    ("Japón", "Japan"),
    ("Brésil", "Brazil"),
    ("Brasilien", "Brazil"),
    ("Mexique", "Mexico"),
    ("Mexiko", "Mexico"),
];

/// The country a nationality written alone stands for ("British" → "United Kingdom",
/// "Kuwaiti" → "Kuwait", "Japanese" → "Japan"), by its canonical name; `None` for a word
/// that is no nationality of `demonyms.txt`, or one of no country ("Basque", "European").
pub fn country_of_demonym(word: &str) -> Option<&'static str> {
    let folded = lexicon::fold(word.trim());
    if !lexicon::is_demonym_or_name(&folded) {
        return None;
    }
    let country = |name: &str| lexicon::place(name).filter(|p| p.kind == "country").map(|p| p.canonical);
    if let Some(&(_, name)) = DEMONYM_COUNTRIES.iter().find(|(demonym, _)| *demonym == folded) {
        return country(name);
    }
    // The country's name is the word with its ending changed: "kuwaiti" → "kuwait",
    // "japanese" → "japan", "kenyan" → "kenya", "hungarian" → "hungary", "afghan" →
    // "afghanistan".
    DEMONYM_ENDINGS.iter().find_map(|(ending, names)| {
        let stem = folded.strip_suffix(ending)?;
        names.iter().find_map(|end| country(&format!("{stem}{end}")))
    })
}

/// Endings of nationalities and the endings of the country names they come from, tried in
/// order by [`country_of_demonym`].
const DEMONYM_ENDINGS: &[(&str, &[&str])] = &[
    ("i", &["", "a"]),
    ("ese", &["", "a", "e"]),
    ("ian", &["ia", "", "a", "y", "e"]),
    ("ean", &["ea", "e", ""]),
    ("an", &["a", "", "o", "e"]),
    ("ish", &[""]),
    ("ic", &[""]),
    ("", &["ia", "a", "stan", "istan", "land"]),
];

/// Nationalities whose country's name is no change of ending away, and those the endings
/// would give another country (folded nationality, country).
const DEMONYM_COUNTRIES: &[(&str, &str)] = &[
    ("german", "Germany"),
    ("togolese", "Togo"),
    ("british", "United Kingdom"),
    ("briton", "United Kingdom"),
    ("english", "England"),
    ("scottish", "Scotland"),
    ("welsh", "Wales"),
    ("irish", "Ireland"),
    ("french", "France"),
    ("dutch", "Netherlands"),
    ("swiss", "Switzerland"),
    ("greek", "Greece"),
    ("spanish", "Spain"),
    ("danish", "Denmark"),
    ("finnish", "Finland"),
    ("polish", "Poland"),
    ("swedish", "Sweden"),
    ("turkish", "Turkey"),
    ("norwegian", "Norway"),
    ("portuguese", "Portugal"),
    ("lebanese", "Lebanon"),
    ("belgian", "Belgium"),
    ("filipino", "Philippines"),
    ("emirati", "United Arab Emirates"),
    ("saudi", "Saudi Arabia"),
    ("azeri", "Azerbaijan"),
    ("argentine", "Argentina"),
    ("argentinian", "Argentina"),
    ("peruvian", "Peru"),
    ("honduran", "Honduras"),
    ("moroccan", "Morocco"),
    ("mozambican", "Mozambique"),
    ("panamanian", "Panama"),
    ("ukrainian", "Ukraine"),
    ("malagasy", "Madagascar"),
    ("burkinabe", "Burkina Faso"),
    ("ivorian", "Ivory Coast"),
    ("cypriot", "Cyprus"),
    ("congolese", "Congo"),
    ("nigerien", "Niger"),
    ("laotian", "Laos"),
    ("salvadoran", "El Salvador"),
    ("barbadian", "Barbados"),
    ("kosovar", "Kosovo"),
    ("montenegrin", "Montenegro"),
    ("dominican", "Dominican Republic"),
    ("soviet", "Soviet Union"),
    ("singaporean", "Singapore"),
    ("surinamese", "Suriname"),
    ("persian", "Iran"),
];

/// Other names of places and the name each is listed under, folded alias → canonical
/// (`data/gazetteer/place_aliases.tsv`, ours).
static ALIASES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    include_str!("../../data/gazetteer/place_aliases.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(alias, canonical)| (lexicon::fold(alias.trim()), canonical.trim()))
        .collect()
});

/// The words before a country's name in its formal name ("Republic of France",
/// "Kingdom of Belgium"), folded, longest first.
const FORMAL_PREFIXES: &[&str] = &[
    "hashemite kingdom of ",
    "people's republic of ",
    "peoples republic of ",
    "federal republic of ",
    "islamic republic of ",
    "socialist republic of ",
    "democratic republic of ",
    "grand duchy of ",
    "principality of ",
    "sultanate of ",
    "republic of ",
    "kingdom of ",
    "state of ",
];

/// The name a place an article names is listed under (and indexed as), or `None` for a
/// name that is no place: a nationality alone ("Kuwaiti", "South African", "British":
/// the tagger reads one now and then where the article has no place). Another name of
/// `place_aliases.tsv` is its canonical name ("Mideast" → "Middle East", "W. Germany" →
/// "West Germany"), a country's formal name the country ("Kingdom of Belgium" →
/// "Belgium"), unless the gazetteer has the formal name as a place of its own ("Republic
/// of the Congo", "Republic of Ireland"), and a strait's writings one ([`strait_name`]:
/// "Straits of Hormuz" and "Hormuz Strait" → "Strait of Hormuz"). Any other name is kept
/// as it is.
pub fn listed_place(name: &str) -> Option<Cow<'_, str>> {
    let folded = lexicon::fold(name);
    if let Some(canonical) = ALIASES.get(&folded) {
        return Some(Cow::Borrowed(canonical));
    }
    let known = lexicon::place_folded(&folded).is_some();
    if !known && lexicon::is_demonym_or_name(&folded) {
        return None;
    }
    if !known
        && let Some(rest) = FORMAL_PREFIXES.iter().find_map(|prefix| folded.strip_prefix(prefix))
        && let Some(place) = lexicon::place(rest.strip_prefix("the ").unwrap_or(rest))
        && place.kind != "city"
    {
        return Some(Cow::Borrowed(place.canonical));
    }
    if !known && let Some(strait) = strait_name(name) {
        return Some(Cow::Owned(strait));
    }
    Some(Cow::Borrowed(name))
}

/// A strait's one name, for its writings: "Strait of X" for "Straits of X", "X Strait"
/// and "X Straits", as the articles write the Strait of Hormuz all three ways (BBC +
/// Reuters-21578: 14, 6 and 1 articles). A strait named after a person or a country
/// keeps its name "X Strait" ("Bass Strait", "Cook Strait", "Taiwan Strait", "Korea
/// Strait"; "X Straits" is it too): a surname of `last_names.txt` or a country of the
/// gazetteer. `None` for a name that is no strait's ("Straits Times Index").
fn strait_name(name: &str) -> Option<String> {
    let x = strait_named_after(name)?;
    let folded = lexicon::fold(&x);
    let own_name =
        lexicon::is_last_name(&folded) || lexicon::place_folded(&folded).is_some_and(|p| p.kind == "country");
    Some(if own_name { format!("{x} Strait") } else { format!("Strait of {x}") })
}

/// What a strait is named after, in any of its writings: "Hormuz" for "Strait of
/// Hormuz", "Straits of the Hormuz", "Hormuz Strait" and "Hormuz Straits". `None` for a
/// name that is no strait's.
pub fn strait_named_after(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_strait = |w: &str| w.eq_ignore_ascii_case("strait") || w.eq_ignore_ascii_case("straits");
    let rest = match words.as_slice() {
        [strait, of, rest @ ..] if is_strait(strait) && of.eq_ignore_ascii_case("of") && !rest.is_empty() => {
            rest
        }
        [rest @ .., strait] if is_strait(strait) && !rest.is_empty() => rest,
        _ => return None,
    };
    let rest = rest.join(" ");
    Some(rest.strip_prefix("the ").or_else(|| rest.strip_prefix("The ")).unwrap_or(&rest).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_holds_its_cities_and_states() {
        let uk = country("UK").unwrap();
        assert_eq!(uk.name, "United Kingdom");
        assert_eq!(uk.places[0], "United Kingdom");
        for place in ["London", "England", "Scotland", "Manchester"] {
            assert!(uk.places.contains(&place), "{place}: {:?}", uk.places);
        }
        assert!(!uk.places.contains(&"Paris"));
        let us = country("U.S.").unwrap();
        assert!(us.places.contains(&"Texas") && us.places.contains(&"New York City"), "{:?}", us.places);
        let japan = country("japan").unwrap();
        assert!(japan.places.contains(&"Tokyo") && japan.places.contains(&"Osaka"));
        let canada = country("Canada").unwrap();
        assert!(canada.places.contains(&"British Columbia") && canada.places.contains(&"Toronto"));
    }

    #[test]
    fn a_town_of_two_countries_is_the_one_its_neighbours_are_in() {
        let town = |others: &[&'static str]| town_in_context("Newcastle", others.iter().copied());
        assert_eq!(town(&["Manchester", "England"]), None);
        assert_eq!(town(&[]), None);
        assert_eq!(town(&["Sydney", "New South Wales", "London"]), Some("Newcastle, New South Wales"));
        assert_eq!(country_of("Newcastle"), Some("United Kingdom"));
        assert_eq!(country_of("Newcastle, New South Wales"), Some("Australia"));
        assert_eq!(town_in_context("Canton", ["Beijing", "China"].into_iter()), Some("Guangzhou"));
        assert_eq!(town_in_context("Canton", ["Massachusetts"].into_iter()), None);
        assert_eq!(town_in_context("Paris", ["Texas"].into_iter()), None);
    }

    #[test]
    fn ports_are_places_in_their_countries_under_one_name() {
        assert_eq!(lexicon::place("Ras Tanura").map(|p| p.canonical), Some("Ras Tanura"));
        assert_eq!(country_of("Ras Tanura"), Some("Saudi Arabia"));
        assert_eq!(listed_place("Kharg").as_deref(), Some("Kharg Island"));
        assert_eq!(listed_place("Ras Tannurah").as_deref(), Some("Ras Tanura"));
        assert_eq!(country_of("Kharg Island"), Some("Iran"));
        assert!(country("Iran").unwrap().places.contains(&"Kharg Island"));
        assert_eq!(country("PRC").unwrap().name, "China");
    }

    #[test]
    fn a_strait_is_listed_under_one_writing() {
        for name in [
            "Straits of Hormuz",
            "Hormuz Strait",
            "Hormuz Straits",
            "Strait of Hormuz",
            "Strait of the Hormuz",
        ] {
            assert_eq!(listed_place(name).as_deref(), Some("Strait of Hormuz"), "{name}");
        }
        assert_eq!(listed_place("Straits of Malacca").as_deref(), Some("Strait of Malacca"));
        // Named after a person or a country: "X Strait".
        assert_eq!(listed_place("Bass Strait").as_deref(), Some("Bass Strait"));
        assert_eq!(listed_place("Cook Straits").as_deref(), Some("Cook Strait"));
        assert_eq!(listed_place("Taiwan Strait").as_deref(), Some("Taiwan Strait"));
        assert_eq!(listed_place("Straits Times Index").as_deref(), Some("Straits Times Index"));
        assert_eq!(listed_place("Straits").as_deref(), Some("Straits"));
    }

    #[test]
    fn other_names_and_formal_names_are_listed_under_one_name() {
        assert_eq!(listed_place("Mideast").as_deref(), Some("Middle East"));
        assert_eq!(listed_place("Arabian Gulf").as_deref(), Some("Persian Gulf"));
        assert_eq!(listed_place("W. Germany").as_deref(), Some("West Germany"));
        assert_eq!(listed_place("People's Republic of China").as_deref(), Some("China"));
        assert_eq!(listed_place("Republic of China").as_deref(), Some("Taiwan"));
        assert_eq!(listed_place("Kingdom of Belgium").as_deref(), Some("Belgium"));
        assert_eq!(listed_place("Republic of France").as_deref(), Some("France"));
        // A formal name that is a country of its own stays.
        assert_eq!(listed_place("Republic of the Congo").as_deref(), Some("Republic of the Congo"));
        assert_eq!(listed_place("Republic of Ireland").as_deref(), Some("Republic of Ireland"));
        // A nationality alone is no place; a place is kept as written.
        assert_eq!(listed_place("Kuwaiti").as_deref(), None);
        assert_eq!(listed_place("South African").as_deref(), None);
        assert_eq!(listed_place("Gulf").as_deref(), Some("Gulf"));
        assert_eq!(listed_place("Georgia").as_deref(), Some("Georgia"));
    }

    #[test]
    fn an_ambiguous_name_is_the_gazetteers_choice() {
        // Georgia is the country, so the US does not hold it.
        assert!(!country("United States").unwrap().places.contains(&"Georgia"));
        assert!(country("Georgia").unwrap().places.contains(&"Tbilisi"));
        assert_eq!(country_of("Cairo"), Some("Egypt"));
    }

    #[test]
    fn a_former_country_holds_todays_places_within_its_days() {
        let ussr = country("USSR").unwrap();
        assert_eq!((ussr.name, ussr.places.as_slice()), ("Soviet Union", &["Soviet Union"][..]));
        let day = |iso| NaiveDate::parse_from_str(iso, "%Y-%m-%d").unwrap();
        let [at] = ussr.dated.as_slice() else { panic!("{:?}", ussr.dated) };
        assert_eq!(at.days, (day("1922-12-30"), day("1991-12-26")));
        for place in ["Moscow", "Russia", "Ukraine", "Tbilisi"] {
            assert!(at.places.contains(&place), "{place}");
        }
        // "Georgia" alone is the US state in the wires of the time.
        assert!(!at.places.contains(&"Georgia"));
        let west = country("West Germany").unwrap();
        let held: Vec<&str> = west.dated.iter().flat_map(|at| at.places.iter().copied()).collect();
        assert!(held.contains(&"Bonn") && held.contains(&"Germany") && !held.contains(&"Leipzig"));
        // Today's countries hold their places at every date.
        let russia = country("Russia").unwrap();
        assert!(russia.dated.is_empty() && russia.places.contains(&"Moscow"));
        assert!(country("Germany").unwrap().places.contains(&"West Berlin"));
    }

    #[test]
    fn a_former_name_is_the_country_of_today() {
        let cambodia = country("Kampuchea").unwrap();
        assert_eq!(cambodia.name, "Cambodia");
        assert!(cambodia.places.contains(&"Kampuchea") && cambodia.places.contains(&"Phnom Penh"));
        assert_eq!(country("Cambodia").unwrap(), cambodia);
        assert_eq!(country("Zaire").unwrap().name, "Democratic Republic of the Congo");
    }

    #[test]
    fn a_city_or_state_is_no_country_and_says_which_it_is_in() {
        let err = country("London").unwrap_err();
        assert!(
            err.contains("city in United Kingdom") && err.contains("--country \"United Kingdom\""),
            "{err}"
        );
        let err = country("Texas").unwrap_err();
        assert!(err.contains("state in United States"), "{err}");
        assert!(country("Atlantis").unwrap_err().contains("no country"));
    }

    #[test]
    fn a_former_country_wholly_inside_one_of_today_is_held_by_it_at_any_date() {
        let germany = country("Germany").unwrap();
        assert!(germany.places.contains(&"West Germany") && germany.places.contains(&"East Germany"));
        assert!(germany.dated.is_empty());
        assert!(country("Yemen").unwrap().places.contains(&"North Yemen"));
        assert!(country("Vietnam").unwrap().places.contains(&"South Vietnam"));
        // A split one is none of today's countries'.
        for today in ["Russia", "Serbia", "Czechia", "Slovakia"] {
            let places = country(today).unwrap().places;
            assert!(
                !["Soviet Union", "Yugoslavia", "Czechoslovakia"].iter().any(|p| places.contains(p)),
                "{today}"
            );
        }
        // West Germany keeps its meaning: its own places by the date.
        let west = country("West Germany").unwrap();
        assert_eq!(west.places, ["West Germany"]);
        let err = country("North Yemen").unwrap_err();
        assert!(err.contains("within Yemen") && err.contains("--country \"Yemen\""), "{err}");
    }

    #[test]
    fn georgia_in_the_soviet_days_is_the_country_only_beside_a_soviet_place() {
        let georgia = country("Georgia").unwrap();
        assert!(!georgia.places.contains(&"Georgia") && georgia.places.contains(&"Tbilisi"));
        let [soviet] = georgia.beside.as_slice() else { panic!("{:?}", georgia.beside) };
        assert_eq!(soviet.name, "Georgia");
        assert_eq!(soviet.days.1, NaiveDate::from_ymd_opt(1991, 12, 26).unwrap());
        for place in ["Soviet Union", "Moscow", "Tbilisi", "Ukraine"] {
            assert!(soviet.places.contains(&place), "{place}");
        }
        assert!(!soviet.places.contains(&"Georgia") && !soviet.places.contains(&"Atlanta"));
        assert!(country("Russia").unwrap().beside.is_empty());
    }

    #[test]
    fn a_countrys_name_in_its_own_language_is_the_country() {
        for (typed, english) in [
            ("Brasil", "Brazil"),
            ("Estados Unidos", "United States"),
            ("deutschland", "Germany"),
            ("Österreich", "Austria"),
            ("Osterreich", "Austria"),
            ("Espana", "Spain"),
            ("日本", "Japan"),
            ("Россия", "Russia"),
        ] {
            assert_eq!(country(typed).map(|c| c.name), Ok(english), "{typed}");
        }
        // Each names its country alone: no other place of the gazetteer has the name.
        for (name, english) in NAMES_ABROAD {
            assert!(lexicon::place(english).is_some_and(|p| p.kind == "country"), "{english}");
            let other = lexicon::place(name)
                .filter(|p| p.canonical != *english && country_of(p.canonical) != Some(english));
            assert!(other.is_none(), "{name}: {other:?}");
        }
    }

    #[test]
    fn a_union_of_countries_points_to_the_organization() {
        for typed in ["EC", "European Union", "eu", "Common Market"] {
            let err = country(typed).unwrap_err();
            assert!(
                err.contains("a union of countries") && err.contains(&format!("--org {typed:?}")),
                "{err}"
            );
        }
    }
}

#[cfg(test)]
mod demonym_tests {
    use super::*;

    #[test]
    fn every_nationality_of_a_country_names_it() {
        let none = ["basque", "californian", "catalan", "european", "flemish", "kurdish", "tibetan"];
        let list = include_str!("../../data/gazetteer/demonyms.txt");
        let mut missing = Vec::new();
        for demonym in list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if country_of_demonym(demonym).is_none() != none.contains(&demonym) {
                missing.push(demonym);
            }
        }
        assert!(missing.is_empty(), "{missing:?}");
        let pairs = [
            ("British", "United Kingdom"),
            ("Kuwaiti", "Kuwait"),
            ("Japanese", "Japan"),
            ("South African", "South Africa"),
            ("Hungarian", "Hungary"),
            ("Afghan", "Afghanistan"),
            ("Mexican", "Mexico"),
            ("American", "United States"),
            ("Indian", "India"),
        ];
        for (demonym, country) in pairs {
            assert_eq!(country_of_demonym(demonym), Some(country), "{demonym}");
        }
    }
}
