"""Write ``country_exonyms.csv`` and ``country_genitives.csv`` beside this file.

Run from the repository root, after editing ``countries.csv`` or ``historical_countries.csv``::

    pip install --target /tmp/wordfreq wordfreq==3.1.1   # only for this script
    PYTHONPATH=/tmp/wordfreq .venv/bin/python data/reference/make_exonyms.py

Exonyms: the names of each country of ``countries.csv`` in the languages the networks write
in (``LANGS``), from the ISO 3166-1 translations pycountry ships (gettext domain
``iso3166-1`` under ``pycountry.LOCALES_DIR``, no download).  For each country the common
short name is taken ("Bolivien", not "Bolivien, Plurinationaler Staat"), then the ISO
short name when it is a plain name (no comma: "Russische Föderation"); of an inverted
name ("Palästina, Staat") the part before the comma.  The ISO translations hold only
the formal name of some countries ("Russische Föderation", never "Russland"): the common
names they lack are listed by hand in ``exonym_additions.csv`` (``iso2,lang,name``) and
pass through the same checks.

Genitives: the "-s" genitive that German, Norwegian, Danish and Swedish add to a name
("Tysklands", "Indiens", "Chiles"), for every name of a current or former country (name,
aliases, native names, exonyms) in Latin script, of at least four letters, that does not end
in s, x, z or ß and is not an acronym.

A name is left out (and the reason printed) when it is not a safe country clue:

- shorter than three characters;
- it is already an expression of another country (name, alias, native name, demonym,
  adjective, former country): "Kongo" is the Congo of one table and of the other;
- it is a city's name or alias in ``cities.csv`` ("Tunis", Tunisia in Croatian and Serbian);
- it comes out for two countries ("Korea" from "Korea, Republik" and "Korea,
  Demokratische Volksrepublik");
- it is a stop word of one of the languages the statements are written in (spaCy's lists
  for ``TEXT_LANGS``: "Man", the Isle of Man in Norwegian, is German "man"; "Gine",
  Guinea in Turkish, is a Turkish word), unless ``country_homonyms.csv`` lists it and it is
  a stop word only of languages other than its own and the country's: "Benim", Benin in
  Portuguese, is Turkish "my", and the finder reads a homonym as the country only where
  the country is meant ("… – Benim" at the end of a list's line, "(Benim)");
- it is one word and a frequent common word: a Zipf frequency (wordfreq) of at least
  ``FREQUENT`` in
  English, German, Spanish or French, other than in the languages where it is this
  country's own name ("Island", Iceland in German and Norwegian, is an English word;
  "Maurice", Mauritius in French, a German and French first name), unless
  ``country_homonyms.csv`` lists it ("Chili", Chile in French, is the English pepper: read
  as the country only where the country is meant); a word made from the
  country's own name in that language (French "indien" from "Inde") does not count.  A
  genitive is checked in
  English, Spanish and French only, where an "-s" form is a plural ("Americas",
  "Indias"), not in the languages whose genitive it is.

Only existing names in the country's own languages are skipped as redundant (an exonym
equal to the English or native name adds nothing).
"""

from __future__ import annotations

import csv
import gettext
import importlib
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
from wordfreq import tokenize, zipf_frequency

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from movement_graph.reference import read_cities, read_countries, read_historical, read_homonyms  # noqa: E402

#: output language code -> pycountry locale
LANGS = {
    "de": "de",
    "es": "es",
    "fr": "fr",
    "it": "it",
    "pt": "pt",
    "nl": "nl",
    "tr": "tr",
    "nb": "nb_NO",
    "da": "da",
    "sv": "sv",
    "el": "el",
    "pl": "pl",
    "uk": "uk",
    "hr": "hr",
    "sr-Latn": "sr@latin",
    "id": "id",
    "tl": "tl",
    "ro": "ro",
    "bg": "bg",
    "ca": "ca",
    "gl": "gl",
}
#: a word this frequent (Zipf scale: 3.5 is about once in 300,000 words) is an ordinary word
FREQUENT = 3.5
#: languages whose frequent words a name must not be
WORD_LANGS = ("en", "de", "es", "fr")
#: languages where an "-s" form would be a plural, not a genitive
PLURAL_LANGS = ("en", "es", "fr")
#: the languages the statements are written in, whose stop words a name must not be (Dutch
#: names are added, but no statement is in Dutch: its "indien", "if", does not keep out
#: the German/Danish/Swedish "Indien")
TEXT_LANGS = ("en", "de", "es", "fr", "it", "pt", "tr", "nb", "da", "sv")
#: spaCy modules holding the stop words of each language
STOP_MODULES = {lang: f"spacy.lang.{lang}.stop_words" for lang in TEXT_LANGS}


def norm(text: str) -> str:
    """As ``extract.countries._norm``: typographic apostrophe/dash, blanks, case."""
    text = text.replace("’", "'").replace("–", "-").replace("İ", "I")
    return re.sub(r"\s+", " ", text).strip().casefold()


def stop_words() -> dict[str, set[str]]:
    """Each stop word of ``TEXT_LANGS`` and the languages it is a stop word of."""
    words: dict[str, set[str]] = defaultdict(set)
    for lang, module in STOP_MODULES.items():
        for w in importlib.import_module(module).STOP_WORDS:
            words[w.casefold()].add(lang)
    return words


def stop_word(key: str, langs: set[str], stops: dict[str, set[str]], homonyms: set[str]) -> bool:
    """``key`` is a stop word that keeps the name out: of one of ``langs`` (the name's
    languages and the country's), or of another language when the name is not a listed
    homonym (``country_homonyms.csv``), which the finder reads only where a country is meant.
    """
    of = stops.get(key, set())
    return bool(of & langs) or (bool(of) and key not in homonyms)


def fold(text: str) -> str:
    """``norm`` without accents: "Égypte" and "Egypte" are one spelling."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", norm(text)) if not unicodedata.combining(ch))


def derived(word: str, names: set[str]) -> bool:
    """``word`` is one of ``names`` or a longer word made from one of them.

    French "indien" (Indian) is made from "Inde", "australien" from "Australie": such
    words are frequent because they are about that country, not ordinary words.  The
    plural of a name ("Grenades", "Frances") is not made from it in this sense.
    """
    w = fold(word)
    for name in map(fold, names):
        if w == name:
            return True
        if len(name) >= 4 and len(w) > len(name) and w.startswith(name[:-1]) and w != name + "s":
            return True
    return False


def frequent(name: str, langs: tuple[str, ...], own: set[str], names_in: dict[str, set[str]]) -> str | None:
    """The first language of ``langs`` (not in ``own``) where ``name`` is a frequent word.

    Only a one-word name can be a word: the frequency wordfreq gives a phrase ("Capo
    Verde", "Saudi-Arabia") is that of its words.  A word made from the country's own name
    in that language (``names_in``, see ``derived``) does not count.
    """
    if len(tokenize(name, "en")) != 1:
        return None
    for lang in langs:
        if lang in own or derived(name, names_in.get(lang, set())):
            continue
        if zipf_frequency(name, lang) >= FREQUENT:
            return lang
    return None


def translations(locale: str) -> dict[str, list[str]]:
    """iso2 -> the names to take in ``locale``, common short name first."""
    t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names: list[str] = []
        common = getattr(c, "common_name", None)
        if common and t.gettext(common) != common:
            names.append(t.gettext(common))
        short = t.gettext(c.name)
        if short != c.name:
            head = re.split(r",|\s\(", short)[0].strip()
            if "," not in short or not names:
                names.append(head)
        out[c.alpha_2] = list(dict.fromkeys(n for n in names if n))
    return out


def main() -> None:
    countries = read_countries(HERE / "countries.csv")
    historical = read_historical(HERE / "historical_countries.csv")
    stops = stop_words()
    homonyms = {norm(h.name) for h in read_homonyms(HERE / "country_homonyms.csv")}
    # a city's name is no country's ("Tunis", Tunisia in Croatian, is the city)
    cities = {norm(n) for c in read_cities(HERE / "cities.csv") for n in (c.name, *c.aliases)}

    # every expression the finder already knows, and whose it is
    known: dict[str, set[str]] = defaultdict(set)
    for c in countries:
        for e in (c.name, *c.aliases, *c.native_names, *c.demonyms, *c.native_adjectives):
            known[norm(e)].add(c.iso2)
    for h in historical:
        for e in h.names:
            known[norm(e)].add(h.code)
    own_langs = {c.iso2: {lang.split("-")[0] for lang in c.languages} for c in countries}
    # the country's names in each language: English, native, and every translation
    names_in: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for c in countries:
        names_in[c.iso2]["en"] |= {c.name, *c.aliases}
        for lang in own_langs[c.iso2]:
            names_in[c.iso2][lang] |= set(c.native_names)

    # candidate exonyms: key -> spelling, countries, languages
    found: dict[str, tuple[str, set[str], set[str]]] = {}
    for lang, locale in LANGS.items():
        for iso2, names in translations(locale).items():
            if iso2 not in own_langs:
                continue
            for name in names:
                names_in[iso2][lang].add(name)
                key = norm(name)
                if known.get(key) == {iso2}:
                    continue  # the English or native name already
                spelling, codes, langs = found.setdefault(key, (name, set(), set()))
                codes.add(iso2)
                langs.add(lang)

    with (HERE / "exonym_additions.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            iso2, lang, name = row["iso2"], row["lang"], row["name"]
            if iso2 not in own_langs or lang not in LANGS:
                raise SystemExit(f"exonym_additions.csv: unknown country or language in {row}")
            names_in[iso2][lang].add(name)
            key = norm(name)
            if known.get(key) == {iso2}:
                print(f"exonym addition not needed: {name!r} ({iso2}) is already a name of it")
                continue
            spelling, codes, langs = found.setdefault(key, (name, set(), set()))
            codes.add(iso2)
            langs.add(lang)

    rows: list[tuple[str, str, str]] = []
    for key, (name, codes, langs) in sorted(found.items()):
        iso2 = min(codes)
        why = None
        if len(key) < 3:
            why = "too short"
        elif len(codes) > 1:
            why = f"names {'/'.join(sorted(codes))}"
        elif key in known:
            why = f"already names {'/'.join(sorted(known[key]))}"
        elif key in cities:
            why = "a city's name (cities.csv)"
        elif stop_word(key, langs | own_langs[iso2], stops, homonyms):
            why = f"a stop word ({','.join(sorted(stops[key]))})"
        elif key not in homonyms and (
            lang_ := frequent(name, WORD_LANGS, langs | own_langs[iso2], names_in[iso2])
        ):
            why = f"a frequent {lang_} word"
        if why:
            print(f"exonym left out: {name!r} ({'/'.join(sorted(codes))}, {','.join(sorted(langs))}): {why}")
            continue
        rows.extend((iso2, lang, name) for lang in sorted(langs))
    rows.sort()
    with (HERE / "country_exonyms.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("iso2", "lang", "name"))
        w.writerows(rows)

    # genitives of every name, the new exonyms included
    exonyms: dict[str, list[str]] = defaultdict(list)
    for iso2, _lang, name in rows:
        exonyms[iso2].append(name)
        known[norm(name)].add(iso2)
    bases: list[tuple[str, str]] = []
    for c in countries:
        bases.extend((c.iso2, n) for n in (c.name, *c.aliases, *c.native_names, *exonyms[c.iso2]))
    for h in historical:
        bases.extend((h.code, n) for n in h.names)
    gens: dict[str, tuple[str, set[str], set[str]]] = {}
    for code, name in bases:
        letters = [ch for ch in name if ch.isalpha()]
        if len(letters) < 4 or not name[-1].isalpha() or name[-1].casefold() in "sxzß":
            continue
        if name.isupper() or name[-1].isupper():  # an acronym: USSR, DDR
            continue
        if not all("LATIN" in unicodedata.name(ch, "") for ch in letters):
            continue  # an "-s" is Latin script
        key = norm(name + "s")
        if known.get(key) == {code}:
            continue  # listed already (Deutschlands)
        spelling, codes, names = gens.setdefault(key, (name + "s", set(), set()))
        codes.add(code)
        names.add(name)
    grows: list[tuple[str, str, str]] = []
    for key, (gen, codes, names) in sorted(gens.items()):
        why = None
        if len(codes) > 1:
            why = f"names {'/'.join(sorted(codes))}"
        elif key in known:
            why = f"already names {'/'.join(sorted(known[key]))}"
        elif key in stops:
            why = "a stop word"
        elif lang_ := frequent(gen, PLURAL_LANGS, set(), names_in.get(min(codes), {})):
            why = f"a frequent {lang_} word"
        if why:
            print(f"genitive left out: {gen!r} ({'/'.join(sorted(codes))}): {why}")
            continue
        code = min(codes)
        grows.extend((code, name, name + "s") for name in sorted(names) if norm(name + "s") == key)
    grows = sorted(set(grows))
    with (HERE / "country_genitives.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("code", "name", "genitive"))
        w.writerows(grows)
    per_lang = defaultdict(int)
    for _iso2, lang, _name in rows:
        per_lang[lang] += 1
    print(f"{len(rows)} exonym rows ({dict(sorted(per_lang.items()))}), {len(grows)} genitives")


if __name__ == "__main__":
    main()
