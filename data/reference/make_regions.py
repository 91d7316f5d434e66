"""Write ``regions.csv`` beside this file: the names of the countries' subdivisions.

Run from the repository root, after editing ``countries.csv``, ``cities.csv``,
``historical_countries.csv`` or ``region_additions.csv``::

    pip install --target /tmp/wordfreq wordfreq==3.1.1   # only for this script
    PYTHONPATH=/tmp/wordfreq .venv/bin/python data/reference/make_regions.py

The subdivisions are pycountry's ISO 3166-2 entries (regions, provinces, states,
departments …), no download: the ISO name ("Chiapas", "Kahramanmaraş", "Cabo Delgado"; of
"Catalunya [Cataluña]" both spellings) and its translations in the languages the networks
write in (gettext domain ``iso3166-2`` under ``pycountry.LOCALES_DIR``: "Bavaria",
"Bavière", "Emilia-Romagna").  Names the ISO lists lack in their usual English spelling
are added by hand in ``region_additions.csv`` (``code,name``, general knowledge: "Tigray"
for ISO "Tigrai"), checked like the rest.

A subdivision is a clue of last resort for an event's country (``extract/events.py``), so a
name is left out (and the reason printed) when it is not a safe clue:

- shorter than four characters, or holding a digit, a comma or brackets;
- it is an expression of a country (name, alias, native name, exonym, demonym,
  adjective, former country: "México" the state, "Georgia" the US state);
- it is a city of ``cities.csv`` (that table places it, or places a city of another
  country of that name);
- it is a territory that ISO 3166-1 codes as a country of its own (``OWN_CODE``: "Hong
  Kong SAR" CN-HK is HK, "La Réunion" FR-974 is RE): ``countries.csv`` places it under that
  code, as it places its towns (``cities.csv``: San Juan PR, Ramallah PS), not under the
  state that ISO 3166-2 lists it in;
- it is made only of words that name directions or kinds of area ("North-West",
  "Central", "Distrito Federal", "Capital Region"), which texts use as common words;
- it is a stop word of a language the statements are written in ("Como");
- texts mostly use it for a wider region across several countries (``wider_regions.txt``:
  "Sahel", a region of Burkina Faso and of the African belt from Senegal to Sudan);
- it is one word and frequent (Zipf ≥ ``FREQUENT``, wordfreq) in one of those languages
  other than the country's own, unless ``region_additions.csv`` adds it: a name added by hand
  is frequent as the place itself ("Crimea" in Spanish), a check done by hand ("Van" and "Batman", Turkish provinces, are a Dutch and
  an English word; "Latina" an Italian province and a Spanish word).

A name borne by subdivisions of two countries ("Punjab") lists both; the caller uses it
only in a text that names exactly one of them.  Columns: ``name,iso2,code``.
"""

from __future__ import annotations

import csv
import gettext
import re
import sys
from collections import defaultdict
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "src"))

from make_exonyms import TEXT_LANGS, frequent, norm, stop_words  # noqa: E402

from movement_graph.reference import read_cities, read_countries, read_historical  # noqa: E402

#: output language code -> pycountry locale of the subdivisions' translations
LOCALES = {"en": "en", "de": "de", "es": "es", "fr": "fr", "it": "it", "pt": "pt", "tr": "tr", "nl": "nl"}
#: words of directions and kinds of area: a name made only of them is a common phrase
GENERIC = frozenset(
    """north south east west northern southern eastern western central centre center middle
    upper lower greater inner outer new old capital federal district region province state
    territory area city county islands island coast nord sud süd ost est ouest oeste norte
    centro central centrale zentral mitte haut bas alto baja bajo alta baixo distrito
    provincia province région regione región região bezirk kreis land gebiet""".split()
)
FREQUENT = 3.5


def _split(name: str) -> list[str]:
    """ "Catalunya [Cataluña]" -> both names; other names as they are."""
    m = re.fullmatch(r"(.+?)\s*\[(.+)\]", name)
    return [m.group(1).strip(), m.group(2).strip()] if m else [name.strip()]


#: the ISO 3166-2 subdivisions that ISO 3166-1 also codes as countries of their own (general
#: reference knowledge): left out, the country's own code places them
OWN_CODE = {
    "CN-HK": "HK", "CN-MO": "MO", "CN-TW": "TW",
    "FR-971": "GP", "FR-972": "MQ", "FR-973": "GF", "FR-974": "RE", "FR-976": "YT", "FR-BL": "BL",
    "FR-MF": "MF", "FR-NC": "NC", "FR-PF": "PF", "FR-PM": "PM", "FR-TF": "TF", "FR-WF": "WF",
    "US-AS": "AS", "US-GU": "GU", "US-MP": "MP", "US-PR": "PR", "US-UM": "UM", "US-VI": "VI",
    "NL-AW": "AW", "NL-CW": "CW", "NL-SX": "SX", "NO-21": "SJ", "NO-22": "SJ", "FI-01": "AX",
}  # fmt: skip


def main() -> None:
    countries = {c.iso2: c for c in read_countries(HERE / "countries.csv")}
    historical = read_historical(HERE / "historical_countries.csv")
    cities = read_cities(HERE / "cities.csv")
    stops = stop_words()
    with open(HERE / "wider_regions.txt", encoding="utf-8") as f:
        wider = {norm(x) for x in f.read().splitlines() if x.strip() and not x.startswith("#")}

    known: set[str] = set()  # every expression of a country
    for c in countries.values():
        known |= {norm(e) for e in (c.name, *c.aliases, *c.native_names, *c.demonyms, *c.native_adjectives)}
    for h in historical:
        known |= {norm(e) for e in h.names}
    with open(HERE / "country_exonyms.csv", encoding="utf-8") as f:
        known |= {norm(row["name"]) for row in csv.DictReader(f)}
    with open(HERE / "country_adjectives.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            known |= {norm(x) for x in row["forms"].split("|")}
    city_names = {norm(n) for c in cities for n in (c.name, *c.aliases)}

    # name -> the codes of the subdivisions that bear it
    names: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, str] = {}
    translations = {
        lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[loc])
        for lang, loc in LOCALES.items()
    }
    for sub in pycountry.subdivisions:
        if sub.country_code not in countries:
            continue
        found = set(_split(sub.name))
        for t in translations.values():
            found |= set(_split(t.gettext(sub.name)))
        for name in found:
            names[norm(name)].add(sub.code)
            spelled.setdefault(norm(name), name)
    added: set[str] = set()  # the names added by hand, checked for their frequency by hand
    with open(HERE / "region_additions.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if pycountry.subdivisions.get(code=row["code"]) is None:
                raise SystemExit(f"region_additions.csv: {row['code']} is not an ISO 3166-2 code")
            names[norm(row["name"])].add(row["code"])
            spelled[norm(row["name"])] = row["name"].strip()
            added.add(norm(row["name"]))

    rows = []
    for key in sorted(names):
        name = spelled[key]
        codes = sorted(names[key])
        isos = sorted({c.split("-")[0] for c in codes})
        own = {lang.split("-")[0] for iso in isos for lang in countries[iso].languages}
        words = re.split(r"[\s-]+", key)
        why = None
        if len(name) < 4 or re.search(r"[\d,()\[\]/]", name):
            why = "too short or not a plain name"
        elif key in known:
            why = "a country's expression"
        elif any(code in OWN_CODE for code in codes):
            why = "a territory with its own ISO 3166-1 code"
        elif key in city_names:
            why = "a city of cities.csv"
        elif all(w in GENERIC or w in stops for w in words):
            why = "directions or kinds of area only"
        elif key in stops:
            why = "a stop word"
        elif key in wider:
            why = "a wider region across countries"
        elif len(words) == 1 and key not in added and (lang := frequent(name, TEXT_LANGS, own, {})):
            why = f"a frequent word in {lang}"
        if why:
            print(f"left out {name!r} ({', '.join(codes)}): {why}")
            continue
        # one subdivision per country (a translation may equal a parent's name: keep the first)
        per_country: dict[str, str] = {}
        for code in codes:
            per_country.setdefault(code.split("-")[0], code)
        rows.append((name, "|".join(per_country), "|".join(per_country.values())))
    with open(HERE / "regions.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "iso2", "code"])
        w.writerows(rows)
    print(f"{len(rows)} names written")


if __name__ == "__main__":
    main()
