"""Generate a synthetic corpus of network documents with known ground truth.

Usage: python bench/synth.py --docs 10000 --seed 1 --out DIR

Writes ``DIR/corpus/<nnn>/synth-<nnnnnn>.txt`` (several documents per file, with web
navigation between them), ``DIR/gold.json`` in the format of
``tests/fixtures/gold_seeds.json`` (so ``python -m movement_graph.scoring GRAPH --gold
DIR/gold.json`` scores a build of ``DIR/corpus``) and ``DIR/manifest.json`` (sizes, seed).

Everything is drawn from general reference data (``data/reference/countries.csv``,
``historical_events.csv``, ``networks.yaml``) and the templates below; nothing comes from
``data/corpus``.  Organisations are minted once per corpus from templates (adjectives ×
heads × countries), each with a stable identity, and recur across documents and networks
under spelling variants (Labour/Labor, Organisation/Organization, with or without the
native name or the acronym).  The same ``--docs`` and ``--seed`` give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "data" / "reference"
DOCS_PER_DIR = 1000  # files per sub-folder, so that no folder grows huge

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ORDINALS = [
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth",
    "Eighteenth",
    "Nineteenth",
    "Twentieth",
    "Twenty-first",
    "Twenty-second",
    "Twenty-third",
    "Twenty-fourth",
    "Twenty-fifth",
]

# --------------------------------------------------------------------- name templates
# (English template, native template by language).  {C} English country name (with "the"
# where English puts it), {D} demonym; {N} native country name, {G} German genitive,
# {AM}/{AF} native adjective (masculine/feminine).  A template whose native form needs a
# value the country lacks is used with its English name only.
ORG_TEMPLATES: list[tuple[str, dict[str, str]]] = [
    (
        "Communist Party of {C}",
        {
            "es": "Partido Comunista de {N}",
            "pt": "Partido Comunista {AM}",
            "fr": "Parti Communiste {AM}",
            "it": "Partito Comunista {AM}",
            "de": "Kommunistische Partei {G}",
        },
    ),
    (
        "Communist Party of {C} (Marxist-Leninist)",
        {
            "es": "Partido Comunista de {N} (Marxista-Leninista)",
            "pt": "Partido Comunista {AM} (Marxista-Leninista)",
            "fr": "Parti Communiste {AM} (Marxiste-Léniniste)",
            "it": "Partito Comunista {AM} (Marxista-Leninista)",
        },
    ),
    (
        "Marxist-Leninist Party of {C}",
        {
            "es": "Partido Marxista-Leninista de {N}",
            "de": "Marxistisch-Leninistische Partei {G}",
            "fr": "Parti Marxiste-Léniniste de {N}",
            "pt": "Partido Marxista-Leninista de {N}",
            "it": "Partito Marxista-Leninista {AM}",
        },
    ),
    (
        "Revolutionary Communist Party of {C}",
        {
            "es": "Partido Comunista Revolucionario de {N}",
            "pt": "Partido Comunista Revolucionário {AM}",
            "fr": "Parti Communiste Révolutionnaire de {N}",
            "de": "Revolutionäre Kommunistische Partei {G}",
        },
    ),
    (
        "Marxist-Leninist Communist Party of {C}",
        {
            "es": "Partido Comunista Marxista-Leninista de {N}",
            "fr": "Parti Communiste Marxiste-Léniniste de {N}",
            "it": "Partito Comunista Marxista-Leninista {AM}",
        },
    ),
    (
        "Party of Labour of {C}",
        {
            "es": "Partido del Trabajo de {N}",
            "fr": "Parti du Travail de {N}",
            "pt": "Partido do Trabalho de {N}",
            "it": "Partito del Lavoro {AM}",
        },
    ),
    (
        "Workers' Party of {C}",
        {
            "es": "Partido de los Trabajadores de {N}",
            "fr": "Parti des Travailleurs de {N}",
            "pt": "Partido dos Trabalhadores de {N}",
            "it": "Partito dei Lavoratori {AM}",
        },
    ),
    (
        "Communist Workers' Party of {C}",
        {"es": "Partido Comunista Obrero de {N}", "fr": "Parti Communiste des Ouvriers de {N}"},
    ),
    (
        "Revolutionary Workers' Organisation of {C}",
        {
            "es": "Organización Revolucionaria de los Trabajadores de {N}",
            "fr": "Organisation Révolutionnaire des Travailleurs de {N}",
            "pt": "Organização Revolucionária dos Trabalhadores de {N}",
        },
    ),
    (
        "Marxist-Leninist Communist Organisation of {C}",
        {
            "es": "Organización Comunista Marxista-Leninista de {N}",
            "fr": "Organisation Communiste Marxiste-Léniniste {AF}",
            "it": "Organizzazione Comunista Marxista-Leninista {AF}",
        },
    ),
    (
        "Communist League of {C}",
        {
            "es": "Liga Comunista de {N}",
            "fr": "Ligue Communiste de {N}",
            "de": "Kommunistischer Bund {G}",
            "it": "Lega Comunista {AF}",
        },
    ),
    (
        "Revolutionary Front of {C}",
        {
            "es": "Frente Revolucionario de {N}",
            "pt": "Frente Revolucionária de {N}",
            "fr": "Front Révolutionnaire de {N}",
        },
    ),
    (
        "Proletarian Union of {C}",
        {
            "es": "Unión Proletaria de {N}",
            "fr": "Union Prolétarienne de {N}",
            "pt": "União Proletária de {N}",
        },
    ),
    (
        "Revolutionary Movement of {C}",
        {
            "es": "Movimiento Revolucionario de {N}",
            "pt": "Movimento Revolucionário de {N}",
            "fr": "Mouvement Révolutionnaire de {N}",
        },
    ),
    ("{D} Communist Party (Marxist-Leninist)", {}),
    ("{D} Workers' Party", {}),
    ("{D} Labour Party", {}),
    (
        "New Communist Party of {C}",
        {"es": "Nuevo Partido Comunista de {N}", "fr": "Nouveau Parti Communiste de {N}"},
    ),
    ("Communist Platform of {C}", {"es": "Plataforma Comunista de {N}", "it": "Piattaforma Comunista {AF}"}),
    (
        "Maoist Communist Party of {C}",
        {"es": "Partido Comunista Maoísta de {N}", "fr": "Parti Communiste Maoïste de {N}"},
    ),
]
#: English spelling variants that the same organisation is written with
VARIANTS = [("Labour", "Labor"), ("Organisation", "Organization")]
#: English words left out of acronyms
_SMALL = {
    "of",
    "the",
    "and",
    "de",
    "del",
    "la",
    "los",
    "las",
    "des",
    "du",
    "le",
    "les",
    "da",
    "do",
    "dos",
    "das",
    "dei",
    "della",
}
#: countries English writes with "the"
_THE = re.compile(
    r"^(United|Central African|Dominican|Czech|Democratic Republic)|"
    r"(Republic|Islands|Emirates|Kingdom)$|^(Philippines|Netherlands|Gambia|"
    r"Bahamas|Maldives|Comoros|Seychelles)$"
)

#: dependent territories and micro-states, where no party of these networks is found
_TERRITORY = re.compile(
    r",|Island|Saint|Sint |Bermuda|Gibraltar|Greenland|Guernsey|Jersey|Isle of|Anguilla|"
    r"Montserrat|Aruba|Cura|Réunion|Mayotte|Martinique|Guadeloupe|French |Wallis|Svalbard|"
    r"Tokelau|Niue|Pitcairn|Macao|Vatican|Holy See|Monaco|San Marino|Liechtenstein|Nauru|"
    r"Tuvalu|Kiribati|Micronesia|Palau|Andorra|Bonaire|Guam|Samoa|Caledonia|Polynesia|"
    r"Western Sahara|Bouvet|Heard|Antarctic|Åland|Faroe|Caicos|Cayman|Virgin|Mariana|"
    r"Territory|Hong Kong|Sao Tome|São Tomé|Tonga|Vanuatu|Seychelles|Maldives|Comoros|"
    r"Palestine|Kosovo"
)
#: countries whose language has native name templates come up more often, as they do in
#: these networks (Latin America, Europe, francophone Africa)
TEMPLATE_LANG_WEIGHT = 4

NETWORKS = {  # key: (first year its documents may carry, acronyms to write, meeting names)
    # not "Continental Conference": networks.yaml maps it to the conference kind
    # "continental-conference", which ontology/shapes.ttl rejects, so the build fails
    "ICOR": (2011, ["ICOR"], ["World Conference"]),
    "ICMLPO": (1995, ["ICMLPO", "CIPOML"], ["Plenary"]),
    "RIM": (1985, ["RIM"], ["Conference"]),
}
NETWORK_WEIGHTS = {"ICOR": 0.45, "ICMLPO": 0.40, "RIM": 0.15}

NAVIGATION = [
    "Skip to content | Skip to navigation",
    "You are here: Home / Documents / {year}",
    "Document Actions",
    "Click here to return to the {month} {year} index",
    "Back to top",
    "Share this article",
    "Print this page",
    "Read more",
    "Related articles",
    "Previous post: {title}",
    "Leave a comment",
    "Tags: {net}",
]
INSTITUTIONS = [
    "the International Monetary Fund",
    "the World Bank",
    "NATO",
    "the European Union",
    "the United Nations",
    "the World Trade Organization",
    "the Organization of American States",
    "the African Union",
]

# ------------------------------------------------------------------- prose templates
OPENINGS = [
    "The {net_long} expresses its full solidarity with the workers and people of {C}.",
    "We, the undersigned parties and organisations, address the workers and peoples of "
    "the world on the situation in {C}.",
    "The parties and organisations of the {net} have followed the developments in {C} with great attention.",
    "The crisis of the imperialist system is deepening, and the working class of {C} is bearing its burden.",
]
FILLERS = [
    "The monopolies shift the costs of the crisis onto the shoulders of the working class "
    "and the broad masses.",
    "Wages are falling while prices for food, energy and rent rise month after month.",
    "The governments answer the resistance of the masses with repression, emergency laws "
    "and the criminalisation of trade unions.",
    "Only the organised struggle of the working class, in alliance with the peasants and "
    "the youth, can open the way to a different society.",
    "Imperialist rivalry is growing and with it the danger of a new world war.",
    "We call on all progressive forces to strengthen international solidarity.",
    "The women and the youth stand in the front ranks of these struggles.",
    "The environmental crisis is a consequence of the capitalist mode of production.",
    "The reformist leaderships try to channel the anger of the masses back into the "
    "institutions of the bourgeois state.",
    "Workers in the ports, the mines and the factories have downed tools in solidarity.",
    "Our task is to build strong revolutionary parties rooted in the factories and the neighbourhoods.",
    "The policy of {inst} serves the interests of finance capital, not of the peoples.",
    "The dictates of {inst} have driven millions into poverty and debt.",
]
CLOSINGS = [
    "Long live international solidarity!",
    "Workers of all countries, unite!",
    "Forward to the struggle for socialism!",
    "Down with imperialism and reaction!",
    "Proletarians of all countries and oppressed peoples, unite!",
]
#: fresh events: (type, sentence, gold name); {C} country, {D} demonym, {M} month, {Y} year
FRESH_EVENTS = [
    (
        "coup",
        "We condemn the military coup d'état in {C} of {M} {Y}, organised by the "
        "reactionary generals with the support of imperialism.",
        "{Y} {D} coup d'état",
    ),
    (
        "coup",
        "The coup in {C} in {M} {Y} has shown once more the true face of the ruling class.",
        "{Y} {D} coup d'état",
    ),
    (
        "protest",
        "Since {M} {Y}, mass protests against the government have shaken {C}, and "
        "hundreds of thousands have taken to the streets.",
        "{Y} {D} protests",
    ),
    (
        "protest",
        "The general strike in {C} in {M} {Y} paralysed the whole country.",
        "{Y} {D} general strike",
    ),
    (
        "election",
        "The presidential election in {C} in {Y} did not change the situation of the masses.",
        "{Y} {D} presidential election",
    ),
    (
        "election",
        "In the parliamentary elections of {M} {Y} in {C}, the ruling parties lost millions of votes.",
        "{Y} {D} parliamentary election",
    ),
    ("revolution", "The revolution in {C} in {Y} toppled the hated regime.", "{Y} {D} revolution"),
]
ANNIVERSARY = (
    "anniversary",
    "This year marks the {n} anniversary of the {label}, which remains a beacon for the oppressed.",
)
HISTORIC = "The lessons of the {label} ({year}) are more relevant than ever."

LIST_INTROS = {
    "signatory": [
        "Signatories:",
        "Signed by:",
        "First signatories:",
        "Signatories (as of {date}, further signatories possible):",
        "This statement is signed by the following parties and organisations:",
    ],
    "participant": [
        "The following delegations took part:",
        "Participants:",
        "Participating parties and organisations:",
        "The following organisations attended the {meeting}:",
    ],
}
INLINE_INTROS = {
    "signatory": ["The statement was signed by the following parties: ", "Signatories: "],
    "participant": ["The following delegations participated in the {meeting}: "],
}


# ------------------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    name: str  # as English writes it after "of" ("the Philippines")
    demonym: str
    lang: str
    native: str | None
    genitive: str | None
    adj_m: str | None
    adj_f: str | None


@dataclass(slots=True)
class Organisation:
    id: str
    country: Country
    name: str  # English, canonical spelling
    acronym: str | None
    native_name: str | None
    networks: tuple[str, ...]
    variants: list[str] = field(default_factory=list)


def _adjectives(cells: list[str], lang: str) -> tuple[str | None, str | None]:
    latin = [a for a in cells if a and all(ord(c) < 0x250 for c in a)]
    if not latin:
        return None, None
    if lang in ("es", "pt", "it"):
        m = next((a for a in latin if a.endswith("o")), None)
        f = next((a for a in latin if a.endswith("a")), None)
        return m, f
    if lang == "fr":
        m = min(latin, key=len)
        f = next((a for a in latin if a.endswith("e") and a != m), m)
        return m, f
    return None, None


def load_countries() -> list[Country]:
    """Countries with an English demonym and a continent (real places parties come from)."""
    out = []
    with (REFERENCE / "countries.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            demonyms = [d for d in row["demonyms"].split("|") if d]
            if not demonyms or not row["continent"] or _TERRITORY.search(row["name"]):
                continue
            name = row["name"]
            langs = [x for x in row["languages"].split("|") if x]
            lang = langs[0] if langs else "en"
            natives = [n for n in row["native_names"].split("|") if n]
            latin = [n for n in natives if all(ord(c) < 0x250 for c in n)]
            genitive = next((n for n in latin if lang == "de" and n.endswith("s") and n[:-1] in latin), None)
            adj_m, adj_f = _adjectives(row["native_adjectives"].split("|"), lang)
            out.append(
                Country(
                    iso2=row["iso2"],
                    name=("the " + name) if _THE.search(name) else name,
                    demonym=demonyms[0],
                    lang=lang,
                    native=latin[0] if latin else None,
                    genitive=genitive,
                    adj_m=adj_m,
                    adj_f=adj_f,
                )
            )
    return out


def load_events() -> list[dict[str, str]]:
    with (REFERENCE / "historical_events.csv").open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["date"]]


def load_network_names() -> dict[str, str]:
    raw = yaml.safe_load((REFERENCE / "networks.yaml").read_text(encoding="utf-8"))
    return {k: v["label"] for k, v in raw["networks"].items()}


def slugify(text: str) -> str:
    import unicodedata

    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def make_acronym(name: str) -> str:
    """Initials of a name's capitalised words, a hyphenated pair giving both letters.

    >>> make_acronym("Partido Comunista de Perú (Marxista-Leninista)")
    'PCPML'
    """
    letters = [
        w[0] for w in re.findall(r"[^\W\d_][\w']*", name) if w.lower() not in _SMALL and w[0].isupper()
    ]
    return "".join(letters).upper()


def _fill(template: str, c: Country) -> str | None:
    values = {"C": c.name, "D": c.demonym, "N": c.native, "G": c.genitive, "AM": c.adj_m, "AF": c.adj_f}
    needed = re.findall(r"\{(\w+)\}", template)
    if any(values[k] is None for k in needed):
        return None
    return template.format(**values)


def mint_organisations(rng: random.Random, countries: list[Country], n: int) -> list[Organisation]:
    """Mint ``n`` organisations with distinct names and acronyms distinct within a country."""
    orgs: list[Organisation] = []
    names: set[str] = set()
    acronyms: set[tuple[str, str]] = set()
    memberships = (
        [("ICOR",)] * 40
        + [("ICMLPO",)] * 30
        + [("ICOR", "ICMLPO")] * 8
        + [("RIM",)] * 10
        + [("RIM", "ICMLPO")] * 6
        + [("RIM", "ICOR")] * 6
    )
    weights = [TEMPLATE_LANG_WEIGHT if c.lang in ("es", "fr", "pt", "it", "de") else 1 for c in countries]
    while len(orgs) < n:
        c = rng.choices(countries, weights=weights)[0]
        en_t, native_ts = rng.choice(ORG_TEMPLATES)
        name = _fill(en_t, c)
        if name is None or name.lower() in names:
            continue
        native = _fill(native_ts[c.lang], c) if c.lang in native_ts else None
        acronym = make_acronym(native or name) if rng.random() < 0.85 else None
        if acronym is not None and (len(acronym) < 2 or (c.iso2, acronym) in acronyms):
            continue
        names.add(name.lower())
        if acronym:
            acronyms.add((c.iso2, acronym))
        variants = [name]
        for a, b in VARIANTS:
            if a in name:
                variants.append(name.replace(a, b))
        orgs.append(
            Organisation(
                id=f"{slugify(name)}-{c.iso2.lower()}",
                country=c,
                name=name,
                acronym=acronym,
                native_name=native,
                networks=rng.choice(memberships),
                variants=variants,
            )
        )
    return orgs


# ------------------------------------------------------------------------ writing
def fmt_date(rng: random.Random, y: int, m: int, d: int) -> str:
    return rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}"])


def entry_text(rng: random.Random, o: Organisation, *, inline: bool) -> str:
    """One list entry in one of the orders parties write them in."""
    name = rng.choice(o.variants)
    c = o.country.name.removeprefix("the ")
    forms = []
    if o.acronym and o.native_name:
        forms += [
            f"{o.acronym} {o.native_name} ({name})",
            f"{o.native_name} ({name})",
            f"{o.acronym} {o.native_name} ({name}), {c}",
        ]
    if o.acronym:
        forms += [f"{name} ({o.acronym})", f"{name} ({o.acronym}), {c}", f"{o.acronym} {name}"]
    forms += [name, f"{name}, {c}", f"{name} – {c}"]
    if inline:
        # a comma-separated list: no commas inside an entry
        forms = [f for f in forms if "," not in f] or [name]
    return rng.choice(forms)


LAYOUTS = ["numbered", "numbered-paren", "bullet", "lines", "inline-comma", "inline-semicolon"]


def list_block(rng: random.Random, orgs: list[Organisation], intro: str, layout: str) -> str:
    """A list of organisations in one of the layouts the extractor reads."""
    if layout.startswith("inline"):
        inline = layout == "inline-comma"
        entries = [entry_text(rng, o, inline=inline) for o in orgs]
        body = (", ".join(entries[:-1]) + " and " + entries[-1]) if inline else "; ".join(entries)
        return intro + body + "."
    lines = [intro]
    bullet = rng.choice(["-", "•", "*"])
    for i, o in enumerate(orgs, 1):
        e = entry_text(rng, o, inline=False)
        lines.append(
            {"numbered": f"{i}. {e}", "numbered-paren": f"{i}) {e}", "bullet": f"{bullet} {e}", "lines": e}[
                layout
            ]
        )
    return "\n".join(lines)


def wrap(text: str, width: int) -> str:
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return "\n".join(out + [line])


@dataclass(slots=True)
class Generator:
    rng: random.Random
    countries: list[Country]
    orgs: list[Organisation]
    events: list[dict[str, str]]
    network_names: dict[str, str]
    by_network: dict[str, list[Organisation]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for net in NETWORKS:
            self.by_network[net] = [o for o in self.orgs if net in o.networks]

    def document(self, file: str, segment: int) -> tuple[str, dict]:
        """One document's text and its gold record."""
        rng = self.rng
        net = rng.choices(list(NETWORK_WEIGHTS), weights=list(NETWORK_WEIGHTS.values()))[0]
        if rng.random() < 0.08:
            net = "other"
        first_year = NETWORKS[net][0] if net != "other" else 1990
        last_year = 2005 if net == "RIM" else 2024
        y, m, d = rng.randint(first_year, last_year), rng.randint(1, 12), rng.randint(1, 28)
        c = rng.choice(self.countries)
        acr = rng.choice(NETWORKS[net][1]) if net != "other" else ""
        kind = rng.choice(["resolution", "declaration", "statement", "appeal"])
        conference = None
        role = "signatory"
        if net != "other" and rng.random() < 0.25:
            role = "participant"
            meeting_word = rng.choice(NETWORKS[net][2])
            ordinal = rng.choice(ORDINALS[:12])
            meeting = f"{ordinal} {meeting_word}"
            kind = "declaration"
            title = f"Final Declaration of the {meeting} of the {acr}"
            conference = f"{net} {meeting_word.lower()}, {MONTHS[m - 1]} {y}"
        elif net != "other":
            meeting = f"meeting of the {acr}"
            title = rng.choice(
                [
                    f"{acr} {kind.capitalize()}: Solidarity with the struggle of the {c.demonym} people",
                    f"{kind.capitalize()} of the {acr} on the situation in {c.name}",
                    f"Joint {kind} of the parties of the {acr} against the repression in {c.name}",
                    f"Stop the repression in {c.name}! {kind.capitalize()} of the {acr}",
                ]
            )
        else:
            meeting = "meeting"
            kind = "article"
            title = rng.choice(
                [
                    f"The workers of {c.name} fight back",
                    f"On the situation in {c.name}",
                    f"Lessons of the class struggle in {c.name}",
                ]
            )
        # prose paragraphs, with their events
        events: list[dict] = []
        paras = [
            rng.choice(OPENINGS).format(
                net_long=self.network_names.get(net, "conference"), net=acr or "movement", C=c.name
            )
        ]
        for _ in range(rng.randint(3, 6)):
            sents = [
                rng.choice(FILLERS).format(inst=rng.choice(INSTITUTIONS)) for _ in range(rng.randint(2, 4))
            ]
            r = rng.random()
            if r < 0.35:
                ec = rng.choice(self.countries)
                etype, sentence, ename = rng.choice(FRESH_EVENTS)
                ey = rng.randint(max(1950, y - 8), y)
                em = rng.randint(1, 12)
                fill = {"C": ec.name, "D": ec.demonym, "M": MONTHS[em - 1], "Y": ey}
                sents.insert(rng.randint(0, len(sents)), sentence.format(**fill))
                events.append(
                    {
                        "name": ename.format(**fill),
                        "date": f"{ey}-{em:02d}" if "{M}" in sentence else str(ey),
                        "country": ec.iso2,
                    }
                )
            elif r < 0.5:
                ev = rng.choice([e for e in self.events if int(e["date"][:4]) < y - 1])
                ey = int(ev["date"][:4])
                sents.insert(rng.randint(0, len(sents)), HISTORIC.format(label=ev["label"], year=ey))
                events.append({"name": ev["label"], "date": ev["date"], "country": ev["country"] or None})
            paras.append(" ".join(sents))
        paras.append(rng.choice(CLOSINGS))
        if rng.random() < 0.2:
            width = rng.choice([72, 78])
            paras = [wrap(p, width) for p in paras]
        # participants
        members: list[Organisation] = []
        if net != "other":
            pool = self.by_network[net]
            k = min(len(pool), max(2, int(rng.triangular(2, 40, 8))))
            members = rng.sample(pool, k)
        date_text = fmt_date(rng, y, m, d)
        head_dateline = rng.random() < 0.6 and net != "other"
        parts = [title]
        if head_dateline:
            parts.append(f"{acr} {kind}, {date_text}")
        parts += paras
        if members:
            layout = rng.choice(LAYOUTS)
            intros = INLINE_INTROS if layout.startswith("inline") else LIST_INTROS
            intro = rng.choice(intros[role]).format(date=date_text, meeting=meeting)
            parts.append(list_block(rng, members, intro, layout))
        if not head_dateline:
            parts.append(rng.choice([date_text, f"{MONTHS[m - 1]} {y}"]))
            date_iso = f"{y}-{m:02d}-{d:02d}" if parts[-1] == date_text else f"{y}-{m:02d}"
        else:
            date_iso = f"{y}-{m:02d}-{d:02d}"
        text = "\n\n".join(parts)
        gold = {
            "file": file,
            "segment": segment,
            "starts_with": title,
            "title": title,
            "kind": kind,
            "network": net,
            "issuer": net if net != "other" else None,
            "date": date_iso,
            "conference": conference,
            "conference_country": None,
            "organisations": [
                {
                    "name": o.name,
                    "acronym": o.acronym,
                    "native_name": o.native_name,
                    "country": o.country.iso2,
                    "role": role,
                    "id": o.id,
                }
                for o in members
            ],
            "mentioned_organisations": [],
            "countries_mentioned": [c.iso2],
            "events": events,
            "persons": [],
            "notes": "synthetic",
        }
        return text, gold

    def navigation(self, title: str, net: str) -> str:
        rng = self.rng
        lines = rng.sample(NAVIGATION, rng.randint(1, 3))
        year = rng.randint(2000, 2024)
        return "\n".join(
            x.format(year=year, month=rng.choice(MONTHS), title=title, net=net if net != "other" else "news")
            for x in lines
        )


def generate(docs: int, seed: int) -> Iterator[tuple[str, str, list[dict]]]:
    """Yield (relative path, file text, gold records) until ``docs`` documents are written."""
    rng = random.Random(seed)
    countries = load_countries()
    n_orgs = min(600, 120 + docs // 50)
    orgs = mint_organisations(rng, countries, n_orgs)
    gen = Generator(rng, countries, orgs, load_events(), load_network_names())
    written = 0
    index = 0
    while written < docs:
        n = min(docs - written, rng.choice([1, 1, 2, 3, 3, 4, 5]))
        name = f"synth-{index:06d}.txt"
        rel = f"{index // DOCS_PER_DIR:03d}/{name}"
        chunks, golds = [], []
        if rng.random() < 0.5:
            chunks.append(gen.navigation("Home", "news"))
        for seg in range(n):
            text, gold = gen.document(name, seg)
            chunks.append(text)
            golds.append(gold)
            if rng.random() < 0.6:
                chunks.append(gen.navigation(gold["title"], gold["network"]))
        yield rel, "\n\n\n".join(chunks) + "\n", golds
        written += n
        index += 1


def write_corpus(docs: int, seed: int, out: Path) -> dict:
    """Write the corpus, ``gold.json`` and ``manifest.json`` under ``out``; return the manifest."""
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    gold: list[dict] = []
    files = chars = 0
    for rel, text, golds in generate(docs, seed):
        path = corpus / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        gold += golds
        files += 1
        chars += len(text)
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    manifest = {
        "docs": docs,
        "seed": seed,
        "files": files,
        "chars": chars,
        "organisations": len({o["id"] for g in gold for o in g["organisations"]}),
        "participations": len({(g["network"], o["id"]) for g in gold for o in g["organisations"]}),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000, help="number of documents")
    ap.add_argument("--seed", type=int, default=1, help="random seed")
    ap.add_argument("--out", type=Path, required=True, help="output folder")
    a = ap.parse_args(argv)
    if a.docs < 1:
        ap.error("--docs must be at least 1")
    m = write_corpus(a.docs, a.seed, a.out)
    print(
        f"{m['docs']} documents in {m['files']} files ({m['chars']:,} characters), "
        f"{m['organisations']} organisations, {m['participations']} participations "
        f"-> {a.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
