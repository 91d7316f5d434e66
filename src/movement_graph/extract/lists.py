"""Find signatory, delegation and member lists in a document, in any layout.

Layouts: numbered (``1.``, ``1)``), bulleted, one entry per line, comma- or
semicolon-separated after an introducing sentence, entries continued across line
breaks.  A list counts only when most of its entries look like organisations (a head
word such as Party/Partido/Partei, or an acronym).  The role of its entries comes from
the words that introduce it (``data/patterns/list_roles.yaml``); a list that closes a
document with no introduction is its signatories.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import count

from ..extract.dates import is_date_line, names_issuer
from ..model import Document, Quote, Role
from ..reference import CONTINENTS, load_name_words, load_org_heads, phrases_pattern
from ..segment import (
    _issue_line,
    _kind_byline,
    _names_only_network,
    contents_heading,
    contents_lines,
    is_navigation,
    is_table_header,
    membership_only,
)
from .countries import find_countries, is_country
from .entries import guest_noted, has_org_head, is_acronym, split_country_suffix, split_notes, table_row
from .networks import pattern_hits
from .roles import role_of, role_words, says_member, word_pattern

# a list's marker: "1.", "1)", "(1)", "1 -", a bullet or dash, "a)", and a Roman numeral ("IV.")
_MARKER = re.compile(
    r"^(\s*)(?:(\d{1,4})(?:[.)]|\s*[-–:])|\((\d{1,4})\)|[-*•·–]|[a-z][.)]"
    r"|(?=[IVX]{1,7}[.)])X{0,3}(?:IX|IV|V?I{0,3})[.)])\s+"
)


# "- le Parti communiste …", "- l'Union …": an article, in lower case, after a list's marker
# is the sentence's, not the name's ("La Causa R" keeps its capital)
_ENTRY_ARTICLE = re.compile(r"(?:(?:le|la|les|el|los|las|il|lo|gli|os)\s+|l['’])(?=[A-ZÀ-ÖØ-Þ])")


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One entry of a list: its text (markers stripped) and where it stands in the file."""

    quote: Quote
    role: Role
    list_id: str
    #: the introduction also says the entries are members ("member parties … have signed")
    member: bool = False


@dataclass(slots=True)
class _Line:
    start: int  # offset in document text
    end: int
    text: str  # stripped
    marker: bool
    blank_before: int
    #: the column its text starts at (after its marker) and the column of its first character
    indent: int = 0
    lead: int = 0


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    blank = 0
    raws: list[tuple[int, str]] = []
    for raw in text.split("\n"):
        raws.append((pos, raw))
        pos += len(raw) + 1
    split = _two_columns([raw for _, raw in raws])
    i = 0
    while i < len(raws):
        pos, raw = raws[i]
        if i in split:
            # a list set in two columns (a PDF's text): the left column's lines, then the right's
            col, last = split[i]
            block = raws[i : last + 1]
            for lo, hi in ((0, col), (col, None)):
                for p, r in block:
                    part = r[lo:hi] if hi is not None else r[lo:]
                    if part.strip():
                        out.append(_line(text, p + lo, part, blank))
                        blank = 0
            i = last + 1
            continue
        if not raw.strip():
            blank += 1
        else:
            for lo, hi in _side_by_side(raw):
                out.append(_line(text, pos + lo, raw[lo:hi], blank))
                blank = 0
        i += 1
    return out


# a wide gap of spaces between two parts of a line
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def _side_by_side(raw: str) -> list[tuple[int, int]]:
    """The parts of a line that holds two or more organisations' names side by side, a wide
    gap between them (a list in columns whose text runs together, the columns not
    aligned): each part's span; else the whole line's.  Each part must have a head word
    and two words, so that a table's row ("Party of Ara      Mali") stays whole.

    >>> _side_by_side("Union of Ara (UA)      Party of Bel (PB)")
    [(0, 17), (23, 40)]
    >>> _side_by_side("Union of Ara (UA)      Mali")
    [(0, 27)]
    """
    whole = [(0, len(raw))]
    if "   " not in raw.strip():
        return whole
    spans: list[tuple[int, int]] = []
    lo = len(raw) - len(raw.lstrip())
    for m in _GAP.finditer(raw):
        spans.append((lo, m.start()))
        lo = m.end()
    spans.append((lo, len(raw.rstrip())))
    if all(
        len(raw[a:b].split()) >= 2 and has_org_head(raw[a:b]) and _written_as_entry(raw[a:b].strip())
        for a, b in spans
    ):
        return spans
    return whole


def _furniture_as_blank(lines: list[_Line], source: Document) -> list[_Line]:
    """The lines without those the segmenter set aside as page furniture (a PDF's running
    header and footer between the parts of a list cut by a page break): a blank line
    stands in their place, so that no entry takes them in."""
    if not source.skipped:
        return lines
    spans = [(s - source.start, e - source.start) for s, e in source.skipped]
    out: list[_Line] = []
    dropped = 0
    for ln in lines:
        if any(s <= ln.start and ln.end <= e for s, e in spans):
            dropped += 1
            continue
        if dropped:
            ln.blank_before = max(ln.blank_before, 1)
            dropped = 0
        out.append(ln)
    return out


def _line(text: str, pos: int, raw: str, blank: int) -> _Line:
    """One line (or one column's part of it) starting at ``pos`` in ``text``."""
    lead = len(raw) - len(raw.lstrip())
    m = _MARKER.match(raw)
    start = pos + (m.end() if m else lead)
    if m and (article := _ENTRY_ARTICLE.match(text, start)):
        start = article.end()
    end = pos + len(raw.rstrip())
    # "Party of Ara (PA), Mali — www.pa.org": the entry's web or e-mail address is no part of it
    tail = _TRAILING_ADDRESS.search(text, start, end)
    if tail is not None and len(text[start : tail.start()].split()) >= 2:
        end = tail.start()
    return _Line(start, end, text[start:end], bool(m), blank, start - pos, lead)


# the start of a right column's numbered entry after a wide gap ("…, Bangladesh      10. Union …")
_RIGHT_MARKER = re.compile(r"(?<=\S)\s{3,}(?=\d{1,3}[.)]\s+\S)")


def _fits(raw: str, col: int) -> bool:
    """A line of a two-column block: it ends before the right column, or a gap precedes it."""
    return bool(raw.strip()) and (
        len(raw.rstrip()) <= col - 2 or (raw[col - 2 : col].isspace() and len(raw) > col)
    )


def _two_columns(raws: list[str]) -> dict[int, tuple[int, int]]:
    """Blocks of lines that hold a numbered list in two columns side by side.

    Each block (consecutive lines, no blank line) where two or more lines start a numbered
    entry after a wide gap at the same column, and every line either ends before that
    column or has a gap just before it: {first line: (column, last line)}.

    >>> _two_columns(["1. Union of Ara        3. Party of Bel", "2. Front of Chad       4. League of", "                          Dan"])
    {0: (23, 2)}
    """
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(raws):
        m = _RIGHT_MARKER.search(raws[i])
        if m is None:
            i += 1
            continue
        col = m.end()
        first, last = i, i
        while first > 0 and _fits(raws[first - 1], col) and _RIGHT_MARKER.search(raws[first - 1]) is None:
            first -= 1
        while last + 1 < len(raws) and _fits(raws[last + 1], col):
            last += 1
        hits = sum(1 for r in raws[first : last + 1] if (h := _RIGHT_MARKER.search(r)) and h.end() == col)
        if hits >= 2 and all(
            _MARKER.match(r[col:]) or not r[col:].strip() or r[col : col + 1].isspace()
            for r in raws[first : last + 1]
        ):
            out[first] = (col, last)
            i = last + 1
        else:
            i += 1
    return out


def _entry_like(text: str) -> bool:
    """A line that reads as an organisation: written as entries are, with a head word or an
    acronym first (after the country that leads it: "Turkey: MLEP").

    >>> _entry_like("Turkey: MLEP"), _entry_like("Turkey: 1994")
    (True, False)
    """
    t = text.strip()
    name, hit = split_country_suffix(t)
    words = (name if hit is not None and name.strip() else t).split()
    acronym_first = is_acronym(words[0]) and not (len(words) >= 2 and t.isupper() and len(words[0]) > 5)
    return _written_as_entry(t) and (has_org_head(t) or acronym_first)


def _written_as_entry(t: str) -> bool:
    """A line as list entries are written: short, capitalised, no sentence's end."""
    if not t or len(t.split()) > 30:
        return False
    if t[-1] in ".!?:" and not t.endswith(("ML.", ".)")):
        return False
    if is_date_line(t) or is_navigation(t):
        return False
    first = t.split()[0]
    if not (_capital(first[:1]) or first[:1].isdigit()):
        return False
    # (a French or Italian elision is no word of its own: "d'Espagne" is "Espagne")
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", _ELISION.sub("", t)) if len(w) > 3]
    if not words:
        return True
    # a name of the networks' Romance languages, whose words but the first and the places
    # are lower case, opens with its head word ("Parti des travailleurs du Bénin pour la
    # démocratie", "Partido comunista revolucionario de México"): a third of capitals will do
    least = 1 / 3 if load_org_heads().heads(first.lower()) else 0.5
    return sum(1 for w in words if _capital(w[:1])) / len(words) >= least


#: an elided article or preposition before a word: "d'", "l'", "dell'"
_ELISION = re.compile(r"(?<![^\W\d_])(?:[dl]|dell|dall|nell|sull|all|un)['’](?=[^\W\d_])", re.I)


def _capital(ch: str) -> bool:
    """A capital letter, or a letter of a script without case (Arabic, Persian, Hebrew),
    which names are written in as they are.

    >>> _capital("P"), _capital("p"), _capital("ح")
    (True, False, True)
    """
    return ch.isupper() or (ch.isalpha() and not ch.islower())


_BRACKET = re.compile(r"\(([^()]{2,40})\)")


def _entry_shaped(text: str) -> bool:
    """A name without a head word the reference list knows, written as entries are: with
    its acronym or its country in brackets, or its country before or after it.

    Taken only among entries that have head words (a list of them, an inline list).

    >>> _entry_shaped("Noyau communiste du Burkina (NCB)"), _entry_shaped("Mali: Cercle Rouge du Sahel")
    (True, True)
    >>> _entry_shaped("Further signatures will follow (see below)"), _entry_shaped("Mali: further texts")
    (False, False)
    """
    t = text.strip()
    if not _written_as_entry(t):
        return False
    if _bracket_shaped(t):
        return True
    if "\t" in t and table_row(t) != t:
        return True  # a table's row with its country's or its acronym's cell
    name, country = split_country_suffix(t)
    return country is not None and len(name.split()) >= 2 and name[:1].isupper()


def _bracket_shaped(t: str) -> bool:
    """A bracket that holds an acronym or a country: "(NCB)", "(NCB – Noyau …)", "(Mali)"."""
    for m in _BRACKET.finditer(t):
        inner = re.split(r"\s*[,;–—]\s*|\s+-\s+", m.group(1).strip())[0]
        if is_acronym(inner) or is_country(inner):
            return True
    return False


def _group_runs(lines: list[_Line]) -> Iterator[list[_Line]]:
    """Runs of candidate list lines: markers with blank lines between, or a block of short lines."""
    i = 0
    while i < len(lines):
        ln = lines[i]
        # "Germany" on its own line right over "– Workers' League (WL)": a country heading
        # opens its group's run, so that a group of one entry is read with its country
        heads_group = (
            not ln.marker
            and i + 1 < len(lines)
            and lines[i + 1].marker
            and lines[i + 1].blank_before == 0
            and is_country(ln.text) is not None
        )
        if ln.marker or heads_group:
            run = [ln]
            j = i + 1
            while j < len(lines) and (
                lines[j].marker or (lines[j].blank_before == 0 and _continues(run[-1], lines[j], _hang(run)))
            ):
                if lines[j].blank_before > 1 and lines[j].marker is False:
                    break
                run.append(lines[j])
                j += 1
            yield run
            i = j
            continue
        # unmarked: consecutive lines without blank lines between them
        run = [ln]
        j = i + 1
        while j < len(lines) and lines[j].blank_before == 0 and not lines[j].marker:
            run.append(lines[j])
            j += 1
        if len(run) >= 2 and _paragraph_end(lines, i) is None:
            yield run
            i = j
            continue
        # one entry per paragraph, as an HTML page with a <p> per name reads: three or
        # more paragraphs in a row, each looking like an organisation (a name in its own
        # script over its bracketed gloss is one paragraph); a signer "in a personal
        # capacity" among them is no entry, nor does it end them
        if _entry_like(_paragraph(lines, i)):
            picked: list[_Line] = []
            entries = 0
            k = i
            while (end := _paragraph_end(lines, k)) is not None and (
                k == i or 1 <= lines[k].blank_before <= 2
            ):
                unit = _paragraph(lines, k)
                if _entry_like(unit):
                    picked += lines[k:end]
                    entries += 1
                elif not _personal(unit):
                    break
                k = end
            if entries >= 3:
                yield picked
                i = k
                continue
        if len(run) >= 2:
            yield run
        i = j


_GLOSS = re.compile(r"^\([^()]+\)")


def _paragraph_end(lines: list[_Line], i: int) -> int | None:
    """The index after the paragraph that starts at line ``i`` when it is one line, or a
    name over its bracketed gloss ("حزب …" / "(Party of …, PA), Morocco"); else None."""
    if i >= len(lines) or lines[i].marker:
        return None
    j = i + 1
    if j < len(lines) and lines[j].blank_before == 0 and not lines[j].marker and _GLOSS.match(lines[j].text):
        j += 1
    if j < len(lines) and lines[j].blank_before == 0:
        return None
    return j


def _paragraph(lines: list[_Line], i: int) -> str:
    """The text of the paragraph at line ``i`` (see ``_paragraph_end``), its lines joined."""
    end = _paragraph_end(lines, i)
    return " ".join(ln.text for ln in lines[i : end if end is not None else i + 1])


@cache
def _personal_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?i)(?<!\w)" + phrases_pattern(load_name_words().words["personal_capacity"]) + r"(?!\w)"
    )


def _personal(text: str) -> bool:
    """A signer's line that says it signs for no organisation ("Jane Doe (in a personal capacity)").

    >>> _personal("Jane Doe, teacher, Mali (in a personal capacity)"), _personal("Party of Ara (PA)")
    (True, False)
    """
    return _personal_pattern().search(text) is not None


def _hang(run: list[_Line]) -> int | None:
    """The column of the text of the run's last marked entry, when it is indented after its
    marker (" 2. Union of Ara" over "    Revolutionary Workers"), else None."""
    last = next((ln for ln in reversed(run) if ln.marker), None)
    return last.indent if last is not None and last.indent > last.lead else None


def _continues(prev: _Line, line: _Line, hang: int | None = None) -> bool:
    """A line that carries on the previous entry rather than starting a new one: ``hang``
    is the column of the text of the entry's marked line, under which a hanging line goes on."""
    t = line.text
    return (
        t[:1].islower()
        or (hang is not None and not line.marker and line.indent == hang)
        or t[:1] in "(–-&"
        or prev.text.endswith(("-", ",", "&", "–"))
        or re.match(r"^(?:and|of|for|de|del|des|du|der|und|y|e|et)\b", t) is not None
        # a line wrapped inside a bracket or after a preposition ("(Communist Party of" over
        # "Colombia)"): the next line, a country's name as often as not, finishes it
        or prev.text.count("(") > prev.text.count(")")
        or re.search(r"\s(?:of|for|de|del|des|du|der|the)$", prev.text) is not None
    )


_ADDRESS = r"(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
# a line of addresses under an entry ("www.party.org", "info@party.org", "Web: … | E-mail: …")
_CONTACT = re.compile(
    r"(?i)^(?:(?:web(?:site)?|site|e-?mail|mail|contact|kontakt|correo|courriel)\s*:?\s*)?"
    + _ADDRESS
    + r"(?:\s*[|,;/·]\s*(?:(?:web(?:site)?|site|e-?mail|mail|contact|kontakt|correo|courriel)\s*:?\s*)?"
    + _ADDRESS
    + r")*$"
)


_LABEL = r"(?:(?:web(?:site)?|site|e-?mail|mail|contact|kontakt|correo|courriel)\s*:?\s*)?"
# one or more addresses that end a line, after a dash, a bar, a comma or a wide gap
_TRAILING_ADDRESS = re.compile(
    r"(?i)(?:\s*[—–|,;·]\s*|\s+-\s+|\s+)"
    + _LABEL
    + _ADDRESS
    + r"(?:\s*[|,;/·]\s*"
    + _LABEL
    + _ADDRESS
    + r")*\s*$"
)


def _merge_continuations(run: list[_Line]) -> list[_Line]:
    """The run's entries, each with the lines that carry it on; a line of web or e-mail
    addresses under an entry ("www.party.org | info@party.org") is no part of its name.

    >>> run = [_Line(0, 20, "Party of Labour, Peru", True, 0, 3, 0), _Line(21, 40, "www.pl-peru.org", False, 0, 3, 0)]
    >>> [x.text for x in _merge_continuations(run)]
    ['Party of Labour, Peru']
    """
    out: list[_Line] = []
    hang: int | None = None
    for k, ln in enumerate(run):
        if _CONTACT.match(ln.text):
            continue
        if (
            out
            and not ln.marker
            and (_continues(out[-1], ln, hang) or _hangs_under(run, k))
            and (out[-1].marker or ln.blank_before == 0)
        ):
            last = out[-1]
            out[-1] = _Line(
                last.start,
                ln.end,
                _join(last.text, ln.text),
                last.marker,
                last.blank_before,
                last.indent,
                last.lead,
            )
        else:
            out.append(ln)
            hang = ln.indent if ln.marker and ln.indent > ln.lead else None
    return out


def _hangs_under(run: list[_Line], k: int) -> bool:
    """Whether the unmarked line ``k`` of a run is the rest of the name above it, set further in
    ("Communist Party of India (Marxist-Leninist)" over "    Red Dawn"): one indented line
    under an organisation's first line, not an entry of its own, the next line (if any) back
    at the first line's column (a country's or a region's group indents all its entries).

    >>> run = [_Line(0, 9, "Party of Ara", False, 0, 0, 0), _Line(10, 20, "Red Dawn", False, 0, 4, 4)]
    >>> _hangs_under(run, 1), _hangs_under(run[:1] + [_Line(10, 20, "Union of Bel", False, 0, 4, 4)], 1)
    (True, False)
    """
    ln, prev = run[k], run[k - 1] if k else None
    if prev is None or ln.marker or prev.marker or ln.lead <= prev.lead or ln.blank_before:
        return False
    if k + 1 < len(run) and run[k + 1].lead != prev.lead:
        return False
    words = prev.text.split()
    return (
        not prev.text.endswith(":")
        and (has_org_head(prev.text) or (bool(words) and is_acronym(words[0])))
        and not _entry_like(ln.text)
    )


def _join(first: str, second: str) -> str:
    """Two lines of one entry as one: a word broken by a hyphen at the line's end is whole
    again ("Revolutionary Com-" "munists" → "Revolutionary Communists"; "Marxist-" "Leninist"
    keeps its hyphen).

    >>> _join("Union of Revolutionary Com-", "munists (URC)"), _join("Marxist-", "Leninist Party")
    ('Union of Revolutionary Communists (URC)', 'Marxist-Leninist Party')
    >>> _join("Party of Labour -", "Chad")
    'Party of Labour - Chad'
    """
    if len(first) >= 2 and first.endswith("-") and first[-2].isalpha() and second[:1].isalpha():
        return first[:-1] + second if second[:1].islower() else first + second
    return first + " " + second


def find_lists(source: Document) -> Iterator[ListEntry]:
    """Yield the entries of every organisation list in the document."""
    text = source.text
    lines = _furniture_as_blank(_lines(text), source)
    used: set[int] = set()
    # the lists' ids in the order they are read: doc-list0, doc-list1, …
    list_ids = (f"{source.doc_id}-list{n}" for n in count())
    runs = list(_group_runs(lines))
    # the role of the list just read, while only blank lines and headings follow it: lists
    # grouped under headings ("Africa:", "Europe:") share their first introduction's role
    carried: tuple[Role, int] | None = None
    starts = [ln.start for ln in lines]
    legends = _footnote_roles(text)
    title = source.title_quote
    for run in runs:
        if (
            title is not None
            and title.text.count("\n") <= 2
            and title.start <= source.start + run[0].start
            and source.start + max(ln.end for ln in run) <= title.end
        ):
            # the lines of a title broken over two or three lines ("FINAL DECLARATION OF THE
            # PLENARY" / "OF THE INTERNATIONAL CONFERENCE OF …"), no list of organisations
            continue
        # a heading stands between the list just read and this run ("Europe" / its one party)
        headed = False
        if carried is not None and text[carried[1] : run[0].start].strip():
            gap = lines[bisect_left(starts, carried[1]) : bisect_left(starts, run[0].start)]
            headed = any(_group_heading(ln.text) for ln in gap)
            if any(
                not (
                    _group_heading(ln.text)
                    or is_table_header(ln.text)
                    or (ln.text.endswith(":") and len(ln.text.split()) <= 6)
                )
                for ln in gap
            ):
                carried = None
        if any(_issue_line(ln.text) for ln in run):
            # a newspaper's masthead: its name, its tagline ("Órgano Central del Partido …")
            # and its issue's line ("Edición 1987 – 2023-03-18") are no list of signatories
            continue
        entries = [x for e in _merge_continuations(run) for x in _group_items(e, text)]
        # a heading line inside an unmarked run ("Subsequent signatories:") splits it
        segments: list[tuple[_Line | None, list[_Line]]] = [(None, [])]
        for e in entries:
            if e.text.endswith(":") and not e.marker:
                segments.append((e, []))
            else:
                segments[-1][1].append(e)
        first_intro = _intro_before(lines, run[0])
        # the end of the run's text (a list in two columns ends with its left column's last line)
        run_end = max(ln.end for ln in run)
        for k, (intro_line, items) in enumerate(segments):
            intro = intro_line.text if intro_line is not None else None
            if len(items) < 2 and not (intro and items) and not (k == 0 and headed and items):
                # one line alone is a list only under its introduction, or as the group of one
                # party under its heading in a list grouped under headings ("Europe" / "…")
                continue
            role_text = intro if intro else (first_intro or "")
            role = role_of(role_text) if role_text else None
            if role is None and k > 0:
                role = role_of(first_intro or "")
            if role is None and carried is not None:
                role = carried[0]
            if len(items) == 1 and _several_names(items[0].text):
                # one line of names under its introduction: under a heading of a grouped
                # list ("Africa:") it is read here, else as an inline list
                if role is None or (intro is None and first_intro is None) or role_of(role_text):
                    continue
                line = items[0]
                list_id = next(list_ids)
                used.add(line.start)
                for a, b, name in _with_countries(list(_split_items(line.text, line.start)), text):
                    yield ListEntry(Quote(source.start + a, source.start + b, name), role, list_id)
                carried = (role, run_end)
                continue
            # the network's name, or its region's, under a text ("ICOR Africa regional
            # coordination" / "International Coordination of … (ICOR)") signs as its issuer:
            # no party of a list
            # nor does the kind of text and its author in a letterhead ("Korean … Party (KPP)" /
            # "Statement of the Central Committee — English translation"), nor its line that
            # only says whose member the party is ("Organización miembro de la ICOR")
            items = [
                it
                for it in items
                if not is_table_header(it.text)
                and not _names_only_network(it.text)
                and not membership_only(it.text)
                and not _kind_byline(it.text)
                and not _network_meeting(it.text)
            ]
            if not items:
                continue
            # one party over the closing dateline of a text ("Partido … (PCOP)" / "Lisboa, 30
            # de janeiro de 2023"): it signs the text
            signed_off = _signs_off(text, lines, run, items) if intro is None and not first_intro else False
            if signed_off:
                items = items[:1]
            # a continent over its group of a list ("AFRICA" / "Benin<TAB>Parti …" /
            # "Burkina Faso<TAB>…"): it heads the group and is no organisation
            region = len(items) > 1 and not items[0].marker and _region_heading(items[0].text)
            if region:
                items = items[1:]
            # under an introduction that names the entries' role (or its group's, carried
            # over a continent's heading), a name written as entries are counts even
            # without a head word the reference list knows ("Denmark<TAB>Røde Kreds (RK)")
            good = [
                it for it in items if _entry_like(it.text) or (role is not None and _entry_shaped(it.text))
            ]
            # a country over its parties ("Germany" / "Workers' League") heads its group
            heading = (
                items[0] if len(items) > 1 and not items[0].marker and is_country(items[0].text) else None
            )
            n_items = len(items) - (heading is not None)
            # a continent's group of one party ("Asia" / "Partido … (EP-T)") under the groups
            # of a list whose role is known counts as they do
            alone_ok = (
                intro is not None
                or heading is not None
                or (region and carried is not None)
                or signed_off
                or (k == 0 and headed and carried is not None)
            )
            if len(good) < max(1 if alone_ok else 2, (n_items + 1) // 2):
                continue
            if role is None and _is_contents_table(text, run):
                # a paper's table of contents, each entry's title and its author: the authors
                # of the paper's texts
                role = Role.AUTHOR
            if role is None:
                if (
                    first_intro is not None
                    and not _closes_document(lines, run[-1])
                    and not _under_dateline(lines, run[0])
                ):
                    # a list in the middle of a text with no introduction that names a
                    # role: the organisations are only mentioned
                    role = Role.MENTIONED
                else:
                    role = Role.SIGNATORY
            list_id = next(list_ids)
            members = says_member(role_text or first_intro or "", role)
            if intro_line is not None and heading is None and is_country(intro_line.text):
                # "Brazil:" over its parties: the country heads its group
                yield ListEntry(
                    Quote(
                        source.start + intro_line.start,
                        source.start + intro_line.end - 1,
                        intro_line.text[:-1],
                    ),
                    role,
                    list_id,
                    members,
                )
            for it in items:
                if it is not heading and not _entry_like(it.text) and len(good) < len(items):
                    if not it.marker and not _entry_shaped(it.text):
                        continue
                used.add(it.start)
                # "… (Revolutionary Youth Union)*" over "* attended as observer": the note's role
                own = legends.get(_footnote_mark(it.text)) if role is not Role.MENTIONED else None
                if own is None and role is Role.PARTICIPANT and guest_noted(it.text):
                    # "… (observer)" in a list of those who took part: a guest
                    own = Role.GUEST
                yield ListEntry(
                    Quote(source.start + it.start, source.start + it.end, it.text),
                    own or role,
                    list_id,
                    members,
                )
            if role is not Role.MENTIONED:
                carried = (role, run_end)
    yield from _signature_blocks(source, lines, list_ids, used)
    yield from _inline_lists(source, list_ids, used)
    yield from _own_party(source, list_ids)


#: the links between an organ and whose it is ("Órgano del", "Organ of the", "Organe du")
_OF = r"(?:of\s+the|of|del|de\s+la|de\s+l['’]|de|du|des|della|dello|dei|do|da|dos|der|des|van\s+de|van)"


@cache
def _paper_organ() -> re.Pattern[str]:
    """A masthead's "Órgano del Partido …", "Central Organ of the …", "Organe central du
    Comité central du …": the party's name to the end of the line (``paper_organ_words``)."""
    organs = "|".join(map(re.escape, load_name_words().words["paper_organ_words"]))
    rank = r"(?:central|centrale|oficial|officiel|ufficiale|theoretical|teórico|théorique|político|politique)"
    committee = (
        r"(?:(?:central\s+)?committee|comit[ée]|comit[êe]|comitato|zentralkomitee|bureau|bur[óo])"
        r"(?:\s+(?:central|centrale|ejecutivo|exécutif|executive|político|politique))?"
    )
    return re.compile(
        rf"(?<!\w)(?:{rank}\s+)?(?:{organs})(?:\s+{rank})?\s+{_OF}\s+"
        rf"(?:{committee}\s+{_OF}\s+)?(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[^\n]*)",
        re.I,
    )


@cache
def _network_meeting(text: str) -> bool:
    """A line that names a meeting or an organ of a network ("XXIX Plenary of the ICMLPO",
    "4th World Conference of ICOR") signs a text as its issuer: no party of a list (its
    Roman number is no acronym)."""
    return bool(pattern_hits(text)) and names_issuer(text)


@cache
def _own_party_sentence() -> re.Pattern[str]:
    words = load_name_words().words["own_party_words"]
    own = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.!?])[^\S\n]+|(?<=\n))[^\S\n]*(?P<s>(?:{own})\b[^.!?\n]*)", re.I | re.M)


def _own_party(source: Document, list_ids: Iterator[str]) -> Iterator[ListEntry]:
    """The paper's own party, named in its masthead ("Revolución Proletaria – Órgano del
    Partido Comunista de Narnia (PCN)"), in the role a sentence about "our party" gives it
    ("Nuestro partido participó con una delegación"): an entry of its own list.

    The masthead is a line above the title (or in the text's first three lines).
    """
    text = source.text
    title = source.title_quote
    top = title.start - source.start if title is not None and title.start > source.start else 0
    head = text[: max(top, sum(len(ln) + 1 for ln in text.split("\n")[:3]))]
    organ = _paper_organ().search(head)
    if organ is None:
        return
    name = organ.group("name")
    # the masthead's other parts after a dash or bar: its issue, its date
    cut = re.search(r"\s+[–—|·]\s+(?=[^\n]*\d)|\s*[,;]\s+(?=[^\n]*\d)", name)
    name = name[: cut.start()] if cut else name
    name = name.rstrip(" .,;:–—-")
    if not has_org_head(name) or not _names_organisation(name):
        return
    for m in _own_party_sentence().finditer(text):
        role = role_of(m.group("s"))
        if role is None or role is Role.MENTIONED:
            continue
        start = organ.start("name")
        yield ListEntry(
            Quote(source.start + start, source.start + start + len(name), name), role, next(list_ids)
        )
        return


# a footnote's mark at an entry's end ("…*", "… **", "…¹", "…[2]"), and a note that explains
# it at a line's start ("* attended as observer")
_END_MARK = re.compile(r"(?<=[^\s*])\s?(\*{1,3}|[\u00b9\u00b2\u00b3\u2074-\u2079]|\[\d{1,2}\])$")
_NOTE = re.compile(r"^[ \t]*(\*{1,3}|[\u00b9\u00b2\u00b3\u2074-\u2079]|\[\d{1,2}\])[ \t]*(\S[^\n]*)$", re.M)


def _footnote_mark(entry: str) -> str | None:
    m = _END_MARK.search(entry)
    return m.group(1) if m else None


def _footnote_roles(text: str) -> dict[str | None, Role]:
    """The notes under a list that make the entries they mark guests or observers.

    >>> _footnote_roles("A Party*\\nB Party\\n\\n* attended as an observer\\n** host")
    {'*': <Role.GUEST: 'guest'>}
    """
    out: dict[str | None, Role] = {}
    for m in _NOTE.finditer(text):
        if len(m.group(2).split()) <= 12 and role_of(m.group(2)) is Role.GUEST:
            out.setdefault(m.group(1), Role.GUEST)
    return out


# "On behalf of the Central Committee of the X Party" / "Por el Comité Central del …": a
# signature block's first line; the organ before the organisation's name is no part of it
_ON_BEHALF = re.compile(
    r"^(?:on\s+behalf\s+of|in\s+the\s+name\s+of|for|por|pour|für|per|im\s+namen|namens)\s+"
    r"(?:(?:the|el|la|le|die|das|den|des|il|lo)\s+)?"
    r"(?:(?:(?:central|executive|political|national|coordinating)\s+)?"
    r"(?:committee|bureau|secretariat|board|leadership|comité|comite|comitato|zentralkomitee|vorstand)"
    r"(?:\s+(?:central|centrale|ejecutivo|exécutif))?"
    r"\s+(?:of|del|de\s+la|de|du|des|der|della|di)\s+(?:(?:the|la|le|l'|el)\s+)?)?",
    re.I,
)


def _signature_blocks(
    source: Document, lines: list[_Line], list_ids: Iterator[str], used: set[int]
) -> Iterator[ListEntry]:
    """Signature blocks: "On behalf of the X Party" over the signer's "Name, position".

    Consecutive blocks are one list; its role is the introduction's above the first block
    ("Signatories:"), else they sign. The signer's line is not an organisation.
    """
    list_id: str | None = None
    role = Role.SIGNATORY
    last = -10
    for k, ln in enumerate(lines):
        if ln.start in used:
            continue
        m = _ON_BEHALF.match(ln.text)
        if m is None:
            continue
        name = ln.text[m.end() :].strip(" ,:")
        if not name or not (has_org_head(name) or is_acronym(name.split()[0])):
            continue
        # a line of its own ("For the Party of Labour, the struggle goes on." is prose)
        if (
            len(name.split()) > 15
            or not _entry_like(name)
            or not (ln.blank_before or k == 0 or lines[k - 1].text.endswith(":"))
        ):
            continue
        if list_id is None or k - last > 3:
            list_id = next(list_ids)
            intro = next(
                (lines[j].text for j in range(k - 1, max(k - 3, -1), -1) if lines[j].text.endswith(":")), None
            )
            role = (role_of(intro) if intro else None) or Role.SIGNATORY
        last = k
        used.add(ln.start)
        start = ln.start + m.end()
        end = ln.start + len(ln.text.rstrip(" ,:"))
        yield ListEntry(
            Quote(source.start + start, source.start + end, ln.text[m.end() : end - ln.start]), role, list_id
        )


def _is_contents_table(text: str, run: list[_Line]) -> bool:
    """The run is a table of contents under its heading ("CONTENTS" / "Title — Author <TAB> 4")."""
    if not contents_lines([ln.text for ln in run]):
        return False
    above = text[: run[0].start].rstrip().rpartition("\n")[2]
    return contents_heading(above)


def _intro_before(lines: list[_Line], first: _Line) -> str | None:
    """The line just before a list when it introduces it (ends with a colon)."""
    idx = next(i for i, ln in enumerate(lines) if ln.start == first.start)
    if idx == 0:
        return None
    prev = lines[idx - 1]
    if idx >= 2 and "\t" in prev.text and is_table_header(prev.text) and role_of(prev.text) is None:
        # a table's header row between the list and its introduction ("Signatories" /
        # "#<TAB>Organisation<TAB>Country" / the rows): the introduction is above the header
        above = lines[idx - 2].text
        if above.endswith(":") or role_of(above):
            return above
    if role_of(split_notes(prev.text)[0]) is None and _group_heading(prev.text):
        # "Africa:" under "Delegations present at the Plenary:": the first group of a list
        # grouped under headings takes the introduction above its heading(s)
        k = idx - 2
        while k >= 0 and _group_heading(lines[k].text) and role_of(lines[k].text) is None:
            k -= 1
        if k >= 0 and role_of(split_notes(lines[k].text)[0]) and len(lines[k].text.split()) <= 24:
            return lines[k].text
    if prev.text.endswith(":") or role_of(split_notes(prev.text)[0]):
        # the role words of a note that ends the line above ("… (Kenya) (ICOR member)",
        # "… (observer)") are that entry's, not an introduction of the list below
        return prev.text
    return ""  # something precedes the list, but it does not introduce it


@cache
def region_words() -> frozenset[str]:
    """The names of the continents and regions (``networks.yaml``'s regions, and the
    continents of ``reference.CONTINENTS``), in lower case."""
    from .networks import load_regions

    words = {w for r in load_regions() for w in r.words} | {c.lower() for c in CONTINENTS}
    return frozenset(words | {"the americas", "middle east", "the middle east", "oceania"})


def _region_heading(line: str) -> bool:
    """A continent's or region's name alone on its line ("AFRICA", "Latin America:").

    >>> _region_heading("AMERICA"), _region_heading("Latin America:"), _region_heading("Benin")
    (True, True, False)
    """
    return " ".join(line.strip(" :").split()).casefold() in region_words()


_GROUP_PREFIX = re.compile(r"^(?P<head>[^:;,()]{2,40}):\s+(?=\S)")


def _group_items(line: _Line, text: str) -> list[_Line]:
    """A line of a list that opens with its group's continent ("Africa: A (Ghana); B
    (Tunisia)"): the group's entries, without the continent; any other line as it is.

    >>> t = "Africa: Party of Labour (Ghana); Union of Bel (Togo)"
    >>> [x.text for x in _group_items(_Line(0, len(t), t, False, 0), t)]
    ['Party of Labour (Ghana)', 'Union of Bel (Togo)']
    """
    m = _GROUP_PREFIX.match(line.text)
    if m is None or not _region_heading(m["head"]) or text[line.start : line.end] != line.text:
        return [line]
    rest = line.text[m.end() :]
    pieces = _with_countries(list(_split_items(rest, line.start + m.end())), text)
    return [_Line(a, b, t, line.marker, line.blank_before, line.indent, line.lead) for a, b, t in pieces] or [
        line
    ]


def _group_heading(line: str) -> bool:
    """A short heading line that groups a list's entries ("Africa:", "Latin America")."""
    return (
        len(line.split()) <= 4
        and not line.endswith((".", ",", ";"))
        and not _MARKER.match(line)
        and not has_org_head(line)
    )


def _signs_off(text: str, lines: list[_Line], run: list[_Line], items: list[_Line]) -> bool:
    """Whether a run is one organisation's name over a dateline closing a text: after its
    prose (a sentence ends right before it), with only furniture or the end after it."""
    return (
        len(items) == 2
        and not items[0].marker
        and is_date_line(items[1].text)
        and _entry_like(items[0].text)
        and re.search(r"[.!?»”\"]$", text[: run[0].start].rstrip()) is not None
        and _closes_document(lines, run[-1])
    )


def _under_dateline(lines: list[_Line], first: _Line) -> bool:
    """A list right under the text's closing dateline ("Africa, 30 July 2024" / the parties):
    the signers, whatever page furniture follows it ("Read also: …")."""
    idx = bisect_left([ln.start for ln in lines], first.start)
    return idx > 0 and is_date_line(lines[idx - 1].text) and not lines[idx - 1].text.endswith(":")


def _closes_document(lines: list[_Line], last: _Line) -> bool:
    after = [ln for ln in lines if ln.start > last.start]
    return all(
        is_date_line(ln.text) or is_navigation(ln.text) or ln.text.endswith(":") or _entry_like(ln.text)
        for ln in after
    )


# the intro is tried only where a clause starts (after ".", ":" or a newline): a match
# that starts inside a clause exists only when one starts at the clause's beginning, so
# the matches are the same, without scanning each clause once per character.  Its cue
# words are those of list_roles.yaml (in every language there), plus a few English forms.
@cache
def _cue_words() -> str:
    words = {w for _, ws in role_words() for w in ws}
    words |= {"signatories", "delegations", "present", "guests", "observers"}
    return "|".join(map(word_pattern, sorted(words, key=len, reverse=True)))


@cache
def _inline() -> re.Pattern[str]:
    return re.compile(
        r"(?<![^.:\n])(?P<intro>[^.:\n]*(?:" + _cue_words() + r")[^.:\n]*):\s*(?P<items>[^\n]+)",
        re.I,
    )


@cache
def _cues() -> re.Pattern[str]:
    """The cue words of ``_inline``'s introduction, alone."""
    return re.compile("(?:" + _cue_words() + ")", re.I)


# lists written as a sentence, without a colon: "The Plenary was attended by A, B and C.",
# "Signed by the A and the B.", "… with the participation of A and B.", and "Delegations of
# A, B and C took part in the work of the Plenary."  Only these fixed turns: a name after
# "supported by" or "of" in prose is no list.  (The blanks before "Delegations" or the verb
# stay on their line: after a run of blank lines, each line's start is tried on its own, not
# every newline of the run again.)
# the subject of a sentence naming who was there, up to its verb: "The member organisations
# present with their banners were", "Among the parties represented were"
_PRESENT_WERE_INTRO = (
    r"(?:the\s+|among\s+the\s+)?(?:[^\W\d_]+\s+){0,4}?"
    r"(?:parties|organi[sz]ations|delegations|forces|groups)\s+(?:present|represented|participating|taking\s+part)"
    # (not a parliament's or a government's parties: "The parties represented in parliament were …")
    r"(?:\s+(?!(?:parliament|parliaments|parlament|government|governments|cabinet|coalition|senate"
    r"|legislature|elections?|ballot|talks|negotiations|war|conflict)\b)[^\s.:;,]+){0,6}?\s+were"
)
_SENTENCE_LISTS = re.compile(
    r"(?<![^.:\n])(?P<intro>[^.:\n]*?(?<!\w)(?:(?:attended|signed)\s+by"
    r"(?:\s+(?:the\s+)?(?:delegations?|representatives|delegates)\s+(?:of|from))?"
    r"|(?:sign[ée]e?s?|firmad[oa]s?|assinad[oa]s?|firmat[oa])\s+(?:par|por|da|pelo|pela|pelos)"
    r"|unterzeichnet\s+von"
    r"|with\s+the\s+(?:participation|presence)\s+of))\s+"
    r"(?P<items>(?=(?:(?:the|le|la|les|el|los|las|il|lo|die|der|das|o|a)\s+|l['’])?(?-i:[A-ZÀ-ÖØ-Þ]))[^\n]+)"
    r"|(?<![^.:\n])[^\S\n]*(?P<intro2>(?:the\s+)?(?:delegations|representatives|delegates)\s+(?:of|from))\s+"
    r"(?P<items2>(?=(?:the\s+)?(?-i:[A-ZÀ-ÖØ-Þ]))[^\n]+?)\s+(?:took\s+part|participated|attended|were\s+present)(?!\w)"
    # the verb in the active voice opening the sentence, with its object or none: "Firman
    # esta declaración el A, la B y el C", "Signent cette déclaration le A et la B" (inside a
    # sentence it is prose: "los gobiernos firman el Acuerdo de …")
    r"|(?<![^.:\n])[^\S\n]*(?P<intro3>(?:firman|suscriben|assinam|subscrevem|signent|firmano|sottoscrivono|unterzeichnen)"
    # the object: a demonstrative and its noun ("esta declaración", "diese Erklärung"), or an
    # article and a noun in lower case ("la presente declaración"; "el Partido …" is the list)
    r"(?:\s+(?:(?:est[ae]|este|cette|ce|cet|questa|questo|diese[nrs]?)\s+(?:(?:presente|présente|présent)\s+)?[^\W\d_]+"
    r"|(?:el|la|o|a|le|il|lo|den|die|das)\s+(?:(?:presente|présente|présent)\s+)?(?-i:[a-zß-öø-ÿ])[^\W\d_]*))?)\s+"
    r"(?P<items3>(?=(?:(?:the|le|la|les|el|los|las|il|lo|die|der|das|o|a)\s+|l['’])?(?-i:[A-ZÀ-ÖØ-Þ]))[^\n]+)"
    # the participants after "were", the sentence's subject saying who was there: "The
    # member organisations present with their banners were A (X), B (Y) and C."
    r"|(?<![^.:\n])[^\S\n]*(?P<intro4>" + _PRESENT_WERE_INTRO + r")(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
    r"(?P<items4>(?=(?:the\s+)?(?-i:[A-ZÀ-ÖØ-Þ]))[^\n]+)",
    re.I,
)
_PRESENT_WERE = re.compile(_PRESENT_WERE_INTRO, re.I)


@cache
def _host_after() -> re.Pattern[str]:
    words = load_name_words().words["host_appositions"]
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<=\))\s*,?\s*(?:" + alt + r")\s*$", re.I)


def _without_host(piece: tuple[int, int, str]) -> tuple[int, int, str]:
    """A participant without the host's apposition after its acronym ("die A (X) als
    Gastgeberin" is "die A (X)")."""
    s, e, t = piece
    m = _host_after().search(t)
    return (s, s + m.start(), t[: m.start()]) if m else piece


@cache
def _opening_lists() -> re.Pattern[str]:
    """A sentence that opens with its verb of taking part, then names the participants
    (``participant_openings`` of ``name_words.yaml``): "Teilgenommen haben die A (X), die B
    …", "Participaron en la reunión el A, la B y el C", "Y ont pris part le A et la B". The
    verb may have a place ("en la reunión", "à la réunion", "alla riunione") before them."""
    words = load_name_words().words["participant_openings"]
    verbs = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        r"(?<![^.:\n])[^\S\n]*(?P<intro>" + verbs + r")"
        r"(?:\s+(?:en|a|à|in|an|am|na|no|alla|al|all['’]|au|aux|zu|bei)\s+(?:(?:la|el|le|l['’]|les|los|dem|der|o|a)\s*)?"
        r"[^\W\d_]+)?\s+"
        r"(?P<items>(?=(?:(?:the|le|la|les|el|los|las|il|lo|die|der|das|o|a)\s+|l['’]|"
        + _country_parties_lead()
        + r")?"
        r"(?-i:[A-ZÀ-ÖØ-Þ]))[^\n]+)",
        re.I,
    )


@cache
def _country_parties_lead() -> str:
    """The words before parties named only by their countries ("los partidos de", "the
    parties of": ``country_parties`` of ``name_words.yaml``), as a pattern."""
    words = load_name_words().words["country_parties"]
    return (
        "(?:"
        + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
        + r")\s+"
    )


def _skip_country_parties(items: str) -> int:
    """Where the names start after parties named only by their countries at the head of a
    list ("los partidos de Ecuador, Colombia y México, el Partido …"): 0 when there are none.

    >>> t = "los partidos de Ecuador, Colombia y México, el Partido Obrero de Ara y la Unión de Bel."
    >>> t[_skip_country_parties(t) :]
    'el Partido Obrero de Ara y la Unión de Bel.'
    >>> _skip_country_parties("el Partido de Ara y la Unión de Bel")
    0
    """
    lead = re.match(_country_parties_lead(), items, re.I)
    if lead is None:
        return 0
    pos = lead.end()
    hits = {h.start: h.end for h in find_countries(items)}
    while pos in hits:
        pos = hits[pos]
        sep = re.match(r"\s*,\s*|\s+(?:and|" + _AND + r")\s+", items[pos:])
        if sep is None:
            return 0
        pos += sep.end()
    return pos if pos > lead.end() and pos < len(items) else 0


# the items go on to the next line of the paragraph when the line ends with their separator
# or the next opens with the bracket of the last name ("… ; Zentrum Nepals" / "(Marxistisch-
# Leninistisch), Nepal; …")
_ITEMS = re.compile(r"\s*(?P<items>[^\n]+(?:\n(?:(?<=[;,]\n)|(?=\())[^\n]+)*)")


def _inline_matches(text: str) -> Iterator[tuple[str, int, str]]:
    """``_inline().finditer(text)``'s introductions, where their items start and the items,
    found from the colons: an introduction is the clause that a colon ends (from the last
    ".", ":" or newline before it), holding a cue word. The expression itself tries the
    cue words at every character of every clause, colon or none.

    >>> t = "Intro. Signed by the following parties: A, B and C\\nNo list: here"
    >>> list(_inline_matches(t)) == [(m["intro"], m.start("items"), m["items"]) for m in _inline().finditer(t)]
    True
    """
    pos = 0
    for colon in _COLONS.finditer(text):
        c = colon.start()
        if c < pos:
            continue
        start = max(text.rfind(".", pos, c), text.rfind(":", pos, c), text.rfind("\n", pos, c)) + 1
        start = max(start, pos)
        if start > 0 and text[start - 1] not in ".:\n":
            continue  # (only after a match that ended mid-line, which items never do)
        if _cues().search(text, start, c) is None:
            continue
        items = _ITEMS.match(text, c + 1)
        if items is None:
            continue
        yield text[start:c], items.start("items"), items.group("items")
        pos = items.end()


_COLONS = re.compile(":")


@cache
def _among_lists() -> re.Pattern[str]:
    """A sentence that says who took part or signed, then names some of them after "among
    them" (``participant_among`` of ``name_words.yaml``): "Delegations from 14 countries
    attended, among them the A (X) and the B", "Asistieron delegaciones de 14 países, entre
    ellas la A (X), el B y el C". The words before the turn are the introduction: they give
    the role, or there is no list.

    >>> m = _among_lists().search("Asistieron delegaciones de 9 países, entre ellas la Unión de Ara (UA).")
    >>> m.group("intro"), m.group("items")
    ('Asistieron delegaciones de 9 países', 'la Unión de Ara (UA).')
    """
    words = load_name_words().words["participant_among"]
    turns = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        r"(?<![^.:\n])[^\S\n]*(?P<intro>[^.:\n,;]*?)[^\S\n]*,?[^\S\n]+(?:" + turns + r")[^\S\n]*[:,]?[^\S\n]+"
        r"(?P<items>(?=(?:(?:the|le|la|les|el|los|las|il|lo|die|der|das|o|a)\s+|l['’])?(?-i:[A-ZÀ-ÖØ-Þ]))[^\n]+)",
        re.I,
    )


def _list_matches(text: str) -> Iterator[tuple[str, int, str]]:
    """Each inline list's introduction, where its items start, and the items' text."""
    yield from _inline_matches(text)
    for m in _among_lists().finditer(text):
        yield m.group("intro"), m.start("items"), m.group("items")
    for m in _opening_lists().finditer(text):
        yield m.group("intro"), m.start("items"), m.group("items")
    for m in _SENTENCE_LISTS.finditer(text):
        if m.group("intro") is not None:
            yield m.group("intro"), m.start("items"), m.group("items")
        elif m.group("intro3") is not None:
            yield m.group("intro3"), m.start("items3"), m.group("items3")
        elif m.group("intro4") is not None:
            yield m.group("intro4"), m.start("items4"), m.group("items4")
        else:
            # "Delegations of …" names the participants: the intro gives the role
            yield m.group("intro2"), m.start("items2"), m.group("items2")


def _inline_lists(source: Document, list_ids: Iterator[str], used: set[int]) -> Iterator[ListEntry]:
    """``... signed by the following parties: A (X), B, and C.`` on one line.

    ``used`` holds the starts of the lines ``find_lists`` took as entries: when the items
    begin on the line after the introduction and that line is one of them, the list is a
    list of lines, already read, and its first line is not read again as a list of its own.
    """
    text = source.text
    read: set[int] = set()
    for intro, at, items in _list_matches(text):
        # "The parties present … were A, B and C": they took part
        role = Role.PARTICIPANT if _PRESENT_WERE.fullmatch(intro.strip()) else role_of(intro)
        if role is None or at in read:
            continue
        skip = _skip_country_parties(items)
        at, items = at + skip, items[skip:]
        gap = at
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        if "\n" in text[gap:at]:
            line_start, line_end = text.rfind("\n", 0, at) + 1, at + len(items)
            if any(line_start <= u <= line_end for u in used):
                continue
            # the items on the next line, as a list's one entry ("* Communist Youth Front
            # (Greece)"): its marker and article are no part of the names
            marker = _MARKER.match(items)
            if marker:
                skip = marker.end()
                article = _ENTRY_ARTICLE.match(items, skip)
                skip = article.end() if article else skip
                at, items = at + skip, items[skip:]
        # the list ends with its sentence: prose that goes on in the same paragraph
        # ("... and Party of X. Some other parties sent greetings ...") is not an entry
        items_text = items[: _sentence_end(items)]
        # "… and C also took part.": the sentence's verb after the last name
        items_text = _PREDICATE.sub("", items_text)
        pieces = _with_countries([_without_host(p) for p in _split_items(items_text, at)], text)
        # an apposition closing the list ("…, member parties of the Conference") names none
        while len(pieces) > 2 and _APPOSITION.match(pieces[-1][2]):
            pieces.pop()
        # an apposition between names ("A (X), the host, B and C") describes the name before
        # it: a piece without any capital letter is dropped, not taken for a name
        pieces = [
            p
            for k, p in enumerate(pieces)
            if k in (0, len(pieces) - 1) or len(p[2].split()) > 3 or re.search(r"[A-ZÀ-ÖØ-Þ]", p[2])
        ]
        good = [p for p in pieces if _names_organisation(p[2])]
        if not pieces or len(good) < len(pieces):
            continue
        # one name after its introduction ("Invité : le Parti … (PCB), Bénin.") only when it
        # has both a head word and its acronym or country in brackets
        if len(pieces) == 1 and not (has_org_head(pieces[0][2]) and _bracket_shaped(pieces[0][2])):
            continue
        read.add(at)
        list_id = next(list_ids)
        members = says_member(intro, role)
        for s, e, t in pieces:
            yield ListEntry(Quote(source.start + s, source.start + e, t), role, list_id, members)


# the verb that closes a sentence naming the participants ("…; A as well as B also took part.")
_PREDICATE = re.compile(
    r"\s+(?:also\s+|too\s+)?(?:took\s+part|participated|attended|were\s+(?:also\s+)?present)\b[^()]*$"
)


# what the signers are, after their names: "member parties of the ICMLPO", "all members of …"
_APPOSITION = re.compile(r"(?:all\s+)?(?:[a-z][\w-]*\s+){0,2}(?:members?|parties|organi[sz]ations|forces)\b")


def _several_names(line: str) -> bool:
    """Whether one line holds a list of organisations ("A (X), B and C"), as inline lists do.

    >>> _several_names("Party of Labour (Peru), Communist Union of Bel (Chile)")
    True
    >>> _several_names("Party of Labour of Ara, Peru")
    False
    """
    pieces = _with_countries(list(_split_items(line, 0)), line)
    return len(pieces) >= 2 and all(_names_organisation(t) for _, _, t in pieces)


def _names_organisation(piece: str) -> bool:
    """A piece of a one-line list that names an organisation: a head word, an acronym
    first, or a name without a known head written with its acronym or country in brackets.
    """
    return (
        has_org_head(piece)
        or is_acronym(piece.split()[0])
        or _bracket_shaped(piece)
        and _written_as_entry(piece)
    )


def _with_countries(pieces: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Join a piece that is only a country to the entry before it.

    "Party of Labour of Ara, Ruritania; Union of Bel, Lilliput" is cut at the semicolons,
    but "Party of Labour of Ara, Ruritania, Union of Bel" only at its commas: a country
    there is where the organisation before it works, not an organisation.

    >>> t = "Party of Labour, Peru, Union of Bel, Sri Lanka"
    >>> [p[2] for p in _with_countries(list(_split_items(t, 0)), t)]
    ['Party of Labour, Peru', 'Union of Bel, Sri Lanka']
    """
    out: list[tuple[int, int, str]] = []
    for s, e, t in pieces:
        if out and is_country(t):
            ps, _, _ = out[-1]
            out[-1] = (ps, e, text[ps:e])
        else:
            out.append((s, e, t))
    return out


_NEXT_CAPITAL = re.compile(r"\s+[A-ZÀ-ÖØ-ÞĀ-ſ]")


def _sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends, outside brackets (or its length).

    A full stop ends it when a capitalised word follows; the dots of initials and
    dotted acronyms ("M.L.O.A. Party") do not.

    >>> t = "Party of Ara, Union of Bel (M.L.) and Front of Chad. Others sent greetings."
    >>> t[: _sentence_end(t)]
    'Party of Ara, Union of Bel (M.L.) and Front of Chad.'
    >>> t = "Union of the M.L.O.A. Group, Party of Dan."
    >>> _sentence_end(t) == len(t)
    True
    """
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in ".!?" and depth == 0 and _NEXT_CAPITAL.match(text, i + 1):
            word = text[max(text.rfind(" ", 0, i), text.rfind("\t", 0, i)) + 1 : i]  # the token it ends
            if len(word.strip("(\"'“”")) <= 1 or "." in word:
                continue  # an initial or a dotted acronym
            return i + 1
    return len(text)


def _split_items(text: str, offset: int) -> Iterator[tuple[int, int, str]]:
    """Split on top-level ';' (else ',') and a final 'and'; brackets protect their commas."""
    text_end = len(text.rstrip().rstrip("."))
    sep = ";" if ";" in text else ","
    cuts: list[tuple[int, int]] = []
    for s, e in _cuts(text, 0, text_end, sep):
        parts = _cuts(text, s, e, ",") if sep == ";" else []
        # a ';' list where one item holds several names split by ',' ("A (X), B (Y); C"):
        # split it when every piece names an organisation or a country, the country of the
        # name before it ("A (ACR), Ruritania, and B; C"; "Party of X, Ruritania" is one item)
        if len(parts) > 1 and (
            all(has_org_head(text[a:b]) for a, b in parts)
            or all(
                (has_org_head(text[a:b]) and not _country_first(text[a:b])) or is_country(text[a:b])
                for a, b in parts
            )
        ):
            cuts += parts
        else:
            cuts.append((s, e))
    for s, e in cuts:
        chunk = text[s:e]
        m = re.match(r"^\s*(?:and|as well as|" + _AND + r")\s+", chunk)
        if m:
            s += m.end()
            chunk = text[s:e]
        # "A and B" at the end of a list: split at the first "and" with a name on each
        # side ("... of Trinidad and Tobago and Party of X" splits before "Party")
        cut = and_split(chunk)
        if cut is not None:
            left, k = cut
            yield from _clean(offset + s, chunk[:left], text)
            yield from _clean(offset + s + k, chunk[k:], text)
        else:
            yield from _clean(offset + s, chunk, text)


def _country_first(piece: str) -> bool:
    """A piece that opens with a country and "and": "Peru and Workers' Bloc (WB)" ends the
    entry before it (its country) and starts the next one.

    >>> _country_first(" Perú y Bloque Obrero (BO)"), _country_first("Party of Peru and Chile")
    (True, False)
    """
    stripped = piece.lstrip()
    return any(
        h.start == 0 and re.match(r"\s+(?:and|" + _AND + r")\s", stripped[h.end :]) is not None
        for h in find_countries(stripped)
    )


def _cuts(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between top-level ``sep`` (brackets protect theirs)."""
    depth = 0
    cuts: list[tuple[int, int]] = []
    for i in range(start, end):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == sep and depth == 0:
            cuts.append((start, i))
            start = i + 1
    cuts.append((start, end))
    return cuts


# "and" in the other languages lists are written in (Spanish, French, German, Italian and
# Portuguese, Norwegian and Danish, Swedish)
_AND = "y|et|und|e|og|och"


# an article between "and" and the next name ("… and the Communist Union of Mali")
_ARTICLE = r"(?:(?:the|el|la|los|las|le|les|il|lo|die|der|das|o|a)\s+)?"


def and_split(chunk: str) -> tuple[int, int] | None:
    """Where to split "A and B" when both sides are organisation names, or None.

    >>> c = "Union of Trinidad and Tobago and Party of Labour of Chad"
    >>> left, right = and_split(c); c[:left], c[right:]
    ('Union of Trinidad and Tobago', 'Party of Labour of Chad')
    >>> c = "Røde Parti i Norge og Arbeiderpartiet Sverige"
    >>> left, right = and_split(c); c[:left], c[right:]
    ('Røde Parti i Norge', 'Arbeiderpartiet Sverige')
    >>> c = "Party of Labour of Chad and the Communist Union of Mali"
    >>> left, right = and_split(c); c[:left], c[right:]
    ('Party of Labour of Chad', 'Communist Union of Mali')
    >>> c = "Parti des Ouvriers de Borgou (POB) et l'Union Rouge du Sahel"
    >>> left, right = and_split(c); c[:left], c[right:]
    ('Parti des Ouvriers de Borgou (POB)', 'Union Rouge du Sahel')
    >>> and_split("Coordination of Revolutionary Parties and Organizations") is None
    True
    >>> and_split("Workers' Party of Bosnia and Herzegovina (WPBH)") is None
    True
    """
    countries = [(h.start, h.end) for h in find_countries(chunk)]
    for m in re.finditer(
        r"\s+(?:and|as\s+well\s+as|" + _AND + r")\s+" + _ARTICLE + r"(?:l['’])?(?=[A-ZÀ-ÖØ-Þ])", chunk
    ):
        if any(s < m.start() and m.end() < e for s, e in countries):
            continue  # "… of Bosnia and Herzegovina (WPBH)": the "and" of a country's name
        left, right = chunk[: m.start()], chunk[m.end() :]
        first = re.split(r"\s+(?:and|as\s+well\s+as|" + _AND + r")\s+", right, maxsplit=1)[0]
        if len(first.split()) < 2 and not has_org_head(first):
            # "… as well as the Workers and Peasants Party": a single word after the
            # separator is no name; the name goes on past the next "and"
            first = right
        # a head word alone after "and" ("Parties and Organizations") is part of one name
        if len(first.split()) < 2:
            continue
        # a side without a head word is a name when its acronym or country follows it in
        # brackets ("Noyau Rouge (Burkina Faso) and Parti …")
        if _depth(left) == 0 and all(has_org_head(x) or _bracket_shaped(x) for x in (left, first)):
            return m.start(), m.end()
    return None


def _depth(text: str) -> int:
    return text.count("(") - text.count(")")


def _clean(start: int, chunk: str, _text: str) -> Iterator[tuple[int, int, str]]:
    lead = len(chunk) - len(chunk.lstrip())
    # "…, the Workers' Front of Peru": a lower-case article before a name is the sentence's
    article = re.match(r"(?:" + _ARTICLE + r"|l['’])(?=[A-ZÀ-ÖØ-Þ])", chunk[lead:])
    if article:
        lead += article.end()
    stripped = chunk[lead:].strip().rstrip(".;,")
    if stripped:
        yield start + lead, start + lead + len(stripped), stripped
