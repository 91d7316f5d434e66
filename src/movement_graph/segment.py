"""Split a source file into documents: cleaning, segmentation, titles, dates.

The segmenter reads the layout and wording of the text, nothing known about
particular files: paragraphs separated by blank lines are classified (heading,
masthead, dateline, list, prose, navigation); a document starts at a heading (with an
optional masthead above it) where the previous text is closed — by a dateline, a
signatory list, or a clear gap — and enough prose follows to make a text of its own.
Each document keeps its exact character span in the file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import yaml

from .errors import ConfigError, InputError
from .extract.countries import is_country
from .extract.dates import (
    ADOPTION_WORDS,
    ORDINAL_WORDS,
    find_dates,
    is_date_line,
    is_occasion_line,
    names_issuer,
    vague_before,
)
from .extract.entries import has_org_head
from .extract.networks import HELD_VERB, MEETING_OPENS, load_regions, names_meeting_of, pattern_hits
from .extract.roles import role_of
from .ingest import printable
from .model import Document, Quote, Role, SourceFile
from .reference import CONTINENTS, data_dir, load_document_kinds, load_event_words, load_name_words

#: a document needs at least this many words of prose (or list entries) of its own
MIN_BODY_WORDS = 40
#: a heading preceded by this many blank lines may open a new document even
#: when the previous one did not close with a dateline or a list
GAP_LINES = 2
#: ... provided both sides carry at least this many words of prose
GAP_BODY_WORDS = 150
#: a short text under a heading of its kind, after another such text (``_sibling_title``),
#: needs this many words of its own
SIBLING_BODY_WORDS = 25
#: the most words of an archive page's description above its first post (``_archive_start``)
ARCHIVE_DESCRIPTION_WORDS = 40

_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+\S")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,4}[.)]|[-*•·–]|\(\d{1,4}\)|[a-z][.)])\s+\S")


#: a named word list of ``navigation.txt`` ("@share = share|partager|…") and a use of one ("{share}")
_WORD_LIST = re.compile(r"@(?P<name>[a-z][a-z_]*)\s*=\s*(?P<words>\S.*)")
_WORD_LIST_USE = re.compile(r"\{([a-z][a-z_]*)\}")


@cache
def _navigation() -> tuple[tuple[re.Pattern[str], ...], dict[str, str]]:
    """The line patterns and the named word lists of ``data/patterns/navigation.txt``.

    A list is "@name = word|word|…" (alternatives of a regular expression); "{name}" in a
    later pattern or list stands for it, as a non-capturing group. A malformed or repeated
    list, a list or pattern that does not compile, and a use of a list not defined above it
    are configuration errors.
    """
    path = data_dir() / "patterns" / "navigation.txt"
    patterns = []
    words: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue

        def listed(m: re.Match[str], n: int = n) -> str:
            if m[1] not in words:
                raise ConfigError(f"{path}:{n}: no word list {m[1]!r} defined above this line")
            return f"(?:{words[m[1]]})"

        if line.startswith("@"):
            m = _WORD_LIST.fullmatch(line.strip())
            if m is None:
                raise ConfigError(f"{path}:{n}: a word list is written '@name = word|word|…'")
            if m["name"] in words:
                raise ConfigError(f"{path}:{n}: word list {m['name']!r} defined twice")
            alternatives = _WORD_LIST_USE.sub(listed, m["words"].strip())
            try:
                re.compile(alternatives)
            except re.error as err:
                raise ConfigError(f"{path}:{n}: bad word list: {err}") from err
            words[m["name"]] = alternatives
            continue
        try:
            patterns.append(re.compile(rf"^(?:{_WORD_LIST_USE.sub(listed, line.strip())})$", re.I))
        except re.error as err:
            raise ConfigError(f"{path}:{n}: bad pattern: {err}") from err
    return tuple(patterns), words


def navigation_patterns() -> tuple[re.Pattern[str], ...]:
    """Load the web-navigation line patterns of ``data/patterns/navigation.txt``."""
    return _navigation()[0]


def navigation_words(name: str) -> str:
    """The words of the list ``name`` of ``data/patterns/navigation.txt``, as alternatives
    of a regular expression.

    >>> navigation_words("share").split("|")[:2]
    ['share', 'partager']
    """
    words = _navigation()[1]
    if name not in words:
        raise ConfigError(f"{data_dir() / 'patterns' / 'navigation.txt'}: no word list {name!r}")
    return words[name]


def is_navigation(line: str) -> bool:
    """True when a line is web navigation rather than text.

    >>> is_navigation("Skip to content. | Skip to navigation")
    True
    >>> is_navigation("You are here: Home / 2010 / Founding Resolution")
    True
    >>> is_navigation("The Conference met in November.")
    False
    """
    stripped = line.strip()
    return bool(stripped) and any(p.match(stripped) for p in navigation_patterns())


@dataclass(slots=True)
class Block:
    """A paragraph: consecutive non-blank lines."""

    start: int
    end: int
    lines: list[str]
    blank_before: int
    kind: str = "prose"
    #: a table of contents (its heading or entries): no text of the document it stands in
    contents: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def words(self) -> int:
        return len(self.text.split())


def blocks(text: str) -> list[Block]:
    """Split text into paragraphs with their offsets and the blank lines before them."""
    out: list[Block] = []
    pos = 0
    blank = 0
    current: Block | None = None
    for line in text.split("\n"):
        end = pos + len(line)
        if not line.strip():
            if current is not None:
                out.append(current)
                current = None
            blank += 1
        elif is_navigation(line):
            # a navigation line is a paragraph of its own, whatever surrounds it
            if current is not None:
                out.append(current)
                current = None
            out.append(Block(pos + _lead(line), end - _trail(line), [line.strip()], blank, "nav"))
            blank = 0
        else:
            if current is None:
                current = Block(pos + _lead(line), end - _trail(line), [line.strip()], blank)
                blank = 0
            else:
                current.end = end - _trail(line)
                current.lines.append(line.strip())
        pos = end + 1
    if current is not None:
        out.append(current)
    for b in out:
        if b.kind != "nav":
            b.kind = classify(b.lines)
    # the entries of a table of contents in the paragraph its heading opens ("In this issue:"
    # / "- Declaration of the … (November 2008)" / "- Stop the …!"): page furniture, they
    # name the texts of the file, they are none of them
    for k, b in enumerate(out[1:], 1):
        if (
            b.kind != "nav"
            # (or a numbered list one blank line under it: "Today's Topics:" / "" / "1. …")
            and (b.blank_before == 0 or (b.blank_before == 1 and all(_NUMBERED.match(x) for x in b.lines)))
            and out[k - 1].kind == "nav"
            and contents_heading(out[k - 1].text)
            and all(len(x.split()) <= 16 and not x.rstrip().endswith(".") for x in b.lines)
        ):
            b.kind = "nav"
            b.contents = out[k - 1].contents = True
    out = _split_dated_titles(text, out)
    out = _split_network_line(text, out)
    # a newspaper's kicker over its title, in one paragraph: one long line that ends in no
    # full stop, then the title ("INTERNACIONAL | Parties of four continents condemn …" /
    # "Declaration of the … on …"), over the dateline or the text's first paragraph
    for k, b in enumerate(out[:-1]):
        if b.kind == "prose" and _kicker_title(b.lines) and out[k + 1].kind in ("dateline", "prose"):
            b.kind = "heading"
        elif (
            b.kind == "prose"
            and len(b.lines) == 2
            and _names_only_network(b.lines[0])
            and is_heading(b.lines[1])
            and not _kind_only(b.lines[1])
            and out[k + 1].kind == "prose"
        ):
            # the network's name over the title, in one paragraph, over the text ("ICOR
            # Africa" / "Final communiqué of the 5th Regional Conference"): a heading
            b.kind = "heading"
    # the links to other posts under a "Related posts" heading: each a short title, its date or
    # section ("ICOR statement on …" / "May 15, 2023" / "In \"ICOR\""), with page furniture
    # or the page's end after them; a title and dateline over paragraphs of prose are the
    # next text's
    for k, b in enumerate(out):
        if b.kind == "nav" and _related().fullmatch(b.text.strip()):
            links = []
            for link in out[k + 1 :]:
                if link.kind == "nav" or len(link.lines) > 3:
                    break
                if any(len(x.split()) > 16 or x.rstrip().endswith(".") for x in link.lines):
                    break
                links.append(link)
            after = k + 1 + len(links)
            if after == len(out) or out[after].kind == "nav":
                for link in links:
                    link.kind = "nav"
    # a post's comment section ("4 thoughts on “…”", then "Name says:" / the comment / "Reply",
    # and the form to leave one): page furniture down to the end of the page or to a rule
    # that sets the next text apart
    comments = next(
        (k for k, b in enumerate(out) if b.kind == "nav" and _comment_heading().match(b.text)), None
    )
    if comments is not None:
        for k, b in enumerate(out[comments + 1 :], comments + 1):
            if b.kind == "nav" and _rule().match(b.text):
                break
            # (or to the next post of the page: its title over its dateline and its prose,
            # "Stop the war in Sudan!" / "15 March 2024" / …; a comment's author ends in "says:")
            if (
                b.kind == "heading"
                and not b.text.rstrip().endswith(":")
                and k + 2 < len(out)
                and out[k + 1].kind == "dateline"
                and out[k + 2].kind == "prose"
                and out[k + 2].words >= MIN_BODY_WORDS
            ):
                break
            b.kind = "nav"
    # a site's banner: the file's first paragraph, of two or three title-like lines and no
    # sentence, over page furniture ("SOLIDARITY ARCHIVE / Statements of …", then "Home > …")
    if (
        len(out) >= 2
        and out[0].kind == "prose"
        and 2 <= len(out[0].lines) <= 3
        and all(is_heading(x) and len(x.split()) <= 12 for x in out[0].lines)
        and out[1].kind == "nav"
    ):
        out[0].kind = "nav"
    # a title broken over two or three lines ("RESOLUTION OF THE … ON THE STRIKES" / "AND
    # THE TASKS OF …", "Message of the …" / "Greetings to …"): a heading, not the
    # prose of a text nor a letterhead; also under a masthead, and after the dateline or
    # the signatures that close the text above: the next text's title ("Заявление …" /
    # "Statement of … on …", "Signed: …" / "Resolution of the Conference" / "No to war!")
    for k, b in enumerate(out):
        if (
            b.kind == "prose"
            and (
                k == 0 or out[k - 1].kind in ("nav", "heading", "masthead", "letterhead", "dateline", "list")
            )
            and _broken_title(b.lines)
        ):
            b.kind = "heading"
    # a PDF's running header: a line of its own, repeated in the file, next to page furniture
    # ("ICMLPO – Documents of the Plenary, March 2023" over each page, under the rule of the
    # footer "… page 2 of 4"): furniture too, not a dateline or heading of the text
    single = Counter(b.text for b in out if len(b.lines) == 1 and b.kind != "nav")
    # the footers' text before the page's number ("ICMLPO – Documents …" of "… page 2 of 4")
    footers = {
        re.split(r"\s{3,}", b.text)[0] for b in out if b.kind == "nav" and re.search(r"\s{3,}", b.text)
    }
    for k, b in enumerate(out):
        if (
            b.kind != "nav"
            and len(b.lines) == 1
            and b.words <= 16
            and not b.text.rstrip().endswith((".", "!", "?"))
            and (single[b.text] >= 2 or b.text in footers)
            and ((k > 0 and out[k - 1].kind == "nav") and (k + 1 < len(out) and out[k + 1].kind == "nav"))
        ):
            b.kind = "nav"
    # a list that a page's break cuts: the page's footer (its number), the next page's
    # running header, then the rest of the list ("… (RLMP)," / "– 1 –" / "ICOR Asia –
    # Resolution, July 2022" / "Philippines" / "4. …"): the header is furniture, and the
    # lines after it go on with the list, they open no text
    for k, b in enumerate(out):
        if b.kind != "nav" or not _PAGE_NUMBER.search(b.text):
            continue
        cut = next((j for j in range(k - 1, -1, -1) if out[j].kind != "nav"), None)
        if cut is None or out[cut].kind != "list":
            continue
        nxt = next((j for j in range(k + 1, len(out)) if out[j].kind != "nav"), len(out))
        if (
            nxt + 1 < len(out)
            and len(out[nxt].lines) == 1
            and out[nxt].words <= 16
            and not out[nxt].text.rstrip().endswith((".", "!", "?", ":"))
            and _list_goes_on(out[nxt + 1])
        ):
            out[nxt].kind = "nav"
            nxt += 1
        if nxt < len(out) and _list_goes_on(out[nxt]):
            out[nxt].kind = "list"
    # a letterhead: after a rule or page furniture, two or three title-like lines and no
    # sentence over the title of a text ("Workers' Party of X (WPX) – Country" /
    # "International Department" / then "Statement of …"): it opens that text.  Not the
    # slogans that close a text after a rule ("Workers of All Countries, Unite!"), over its
    # signature: a letterhead names, it does not call or ask
    for k in range(1, len(out) - 1):
        b = out[k]
        if (
            b.kind == "prose"
            and out[k - 1].kind == "nav"
            # (or over the text's own dateline: "To the X Party" / "Message of solidarity
            # from the Y" / "Accra, 27th June 2024")
            and (
                out[k + 1].kind == "heading" or (out[k + 1].kind == "dateline" and len(out[k + 1].lines) == 1)
            )
            and 2 <= len(b.lines) <= 3
            and all(is_heading(x) and len(x.split()) <= 12 and not x.endswith(("!", "?")) for x in b.lines)
        ):
            # the rest of a list that a page's footer and header cut ("… – Portugal" / page
            # furniture / "… – Brazil"): the list goes on, it heads no text
            up = [j for j in range(k - 1, -1, -1) if out[j].kind != "nav"][:2]
            above = out[up[0]] if up else None
            # (or two name-like lines under the list's introduction: "Participants:" / "A" / "B")
            named = (
                above is not None
                and len(up) == 2
                and out[up[1]].text.rstrip().endswith(":")
                and all(is_heading(x) and len(x.split()) <= 12 for x in above.lines)
            )
            # only across a page's break (its footer's number), not a rule between two texts
            paged = up and any(_PAGE_NUMBER.search(out[j].text) for j in range(up[0] + 1, k))
            listed = above is not None and (above.kind == "list" or named)
            b.kind = "list" if paged and listed else "letterhead"
    # an e-mail's header lines over the text it carries ("From: …" / "Date: …" / "Subject:
    # …", a forwarded message's line): a letterhead, the sender's, never a title or prose
    for b in out:
        if b.kind != "nav" and _mail_header(b.lines):
            b.kind = "letterhead"
    # a newspaper's masthead in one paragraph at the top: its name and what it is, then
    # its issue ("Red Dawn – Paper of the Workers' League" / "Issue 11/2024 | International")
    top = next((k for k, b in enumerate(out[:3]) if b.kind != "nav"), None)
    if (
        top is not None
        and top + 1 < len(out)
        and out[top].kind == "prose"
        and 2 <= len(out[top].lines) <= 3
        and _site_banner(out[top].lines[0])
        and all(not x.rstrip().endswith((".", "!", "?", ":")) for x in out[top].lines)
        and all(_issue_re().search(x) or find_dates(x) for x in out[top].lines[1:])
    ):
        out[top].kind = "masthead"
    # a newspaper's masthead over the text, one line a paragraph: its name, at most one more
    # line, and the issue's line ("L'ÉTINCELLE" / "Journal du … – N° 118 – décembre 2023")
    top = next((k for k, b in enumerate(out[:3]) if b.kind != "nav"), None)
    if top is not None:
        for last in range(top + 1, min(top + 3, len(out) - 1)):
            run = out[top : last + 1]
            if (
                out[top].kind == "heading"
                and all(len(b.lines) == 1 and b.kind in ("heading", "prose", "dateline") for b in run)
                and _issue_line(out[last].lines[0])
            ):
                head = out[top]
                out[top : last + 1] = [
                    Block(
                        head.start,
                        out[last].end,
                        [x for b in run for x in b.lines],
                        head.blank_before,
                        "masthead",
                    )
                ]
                break
    # a paper's name and its issue as year/number on one line at the top, over the title
    # ("A World to Win — 1994/20", "Rote Fahne – 2023/7"): its masthead, no part of the title
    if (
        top is not None
        and top + 1 < len(out)
        and out[top].kind == "heading"
        and len(out[top].lines) == 1
        and _YEAR_ISSUE.fullmatch(out[top].lines[0].strip())
        and out[top + 1].kind == "heading"
    ):
        out[top].kind = "masthead"
    # the same in one paragraph: the paper's name (and what it is) over its issue's line
    # ("RED DAWN – Organ of the Central Committee, …" / "Vol. 12, No. 11 | December 2023";
    # "WORKERS' TRIBUNE" / "Paper of the … · No. 214 · 25 August 2023")
    # (three short lines read as a list: "VOZ OBRERA" / "Órgano del Comité Central del …" /
    # "Nº 212 — noviembre de 2019"; also a paper's masthead after a rule, over the text it
    # reprints, below another text of the file)
    after_rules = [
        k + 1 for k, b in enumerate(out[:-1]) if b.kind == "nav" and _RULE.fullmatch(b.text.strip())
    ]
    for k in sorted({*after_rules, *([top] if top is not None else [])}):
        _paper_masthead(out, k)
    # a paper's banner and the issue's date under it ("Bandera Roja – Periódico del Partido …"
    # / "2 de octubre de 2023"): its masthead, over the article's title
    if (
        top is not None
        and top + 2 < len(out)
        and out[top].kind == "heading"
        and out[top + 1].kind == "dateline"
        and len(out[top + 1].lines) == 1
        and out[top + 2].kind == "heading"
        and _site_banner(out[top].text)
    ):
        head, dateline = out[top], out[top + 1]
        out[top : top + 2] = [
            Block(head.start, dateline.end, [*head.lines, *dateline.lines], head.blank_before, "masthead")
        ]
    # a paper's name and what it is, one line a paragraph, over the article's title ("Workers'
    # Voice" / "Paper of the … Party of Britain" / "Report: …"): its masthead, read as the
    # one-line banner "Workers' Voice — Paper of the …" is
    if (
        top is not None
        and top + 2 < len(out)
        and out[top].kind == "heading"
        and out[top + 1].kind == "heading"
        and out[top + 2].kind == "heading"
        and len(out[top].lines) == len(out[top + 1].lines) == 1
        and len(out[top].text.split()) <= 6
        and _site_banner(f"{out[top].text.strip()} — {out[top + 1].text.strip()}")
    ):
        head, tagline = out[top], out[top + 1]
        out[top : top + 2] = [
            Block(head.start, tagline.end, [*head.lines, *tagline.lines], head.blank_before, "masthead")
        ]
    # the same at the top of the file, over a line that only names the kind of text and the
    # title under it ("CIPOML" / "Conferencia Internacional de …", then "DECLARACIÓN"); or a
    # party's name alone on the file's first line ("Workers' Party of X (WPX)" / "Statement")
    if (
        len(out) >= 3
        and (
            (out[0].kind == "prose" and 2 <= len(out[0].lines) <= 3)
            or (out[0].kind == "heading" and len(out[0].lines) == 1 and has_org_head(out[0].text))
        )
        and all(is_heading(x) and len(x.split()) <= 12 and not x.endswith(("!", "?")) for x in out[0].lines)
        and out[1].kind == "heading"
        and _kind_only(out[1].text)
        and out[2].kind == "heading"
    ):
        out[0].kind = "letterhead"
    # a party's letterhead at the top of the file: its name and its name in another language
    # or what it is, one a line, over the title ("Partido ng Manggagawang Rebolusyonaryo
    # (PMR)" / "Revolutionary Workers' Party of the Philippines – member of ICOR")
    if (
        len(out) >= 3
        # (read as one broken title when the membership line opens in lower case: "Union …
        # (UCR)" / "membre de l'ICOR")
        and (
            out[0].kind == "prose" or (out[0].kind == "heading" and any(map(_membership_line, out[0].lines)))
        )
        and 2 <= len(out[0].lines) <= 3
        and all(
            (is_heading(x) or _membership_line(x))
            and len(x.split()) <= 16
            and not x.rstrip().endswith((".", "!", "?", ":"))
            for x in out[0].lines
        )
        and any(_author_heading(x) or _membership_line(x) for x in out[0].lines)
        and out[1].kind == "heading"
        and not _author_heading(out[1].text)
    ):
        out[0].kind = "letterhead"
    return out


@cache
def _member_of() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{'|'.join(load_name_words().words['member_of'])})")


@cache
def _member_or_participant() -> re.Pattern[str]:
    words = load_name_words().words
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{'|'.join([*words['member_of'], *words['participant_of']])})")


def _membership_line(line: str) -> bool:
    """A letterhead's line that says whose member the party is ("Organisation membre de
    l'ICOR – …", "Member of the International Coordination …"): member words right before
    a network's name.

    >>> _membership_line("Organisation membre de l'ICOR – Coordination Internationale"), _membership_line("ICOR")
    (True, False)
    """
    starts = {m.end() for m in _member_or_participant().finditer(line)}
    return any(start in starts for start, _end, _key, _what in pattern_hits(line))


def membership_only(line: str) -> bool:
    """A letterhead's line that only says whose member the party is, naming no party
    ("Organización miembro de la ICOR", "Member of the ICOR"): at most two words before
    the member words, as "Partido … (PCE), miembro de la ICOR" has more.

    >>> membership_only("Organización miembro de la ICOR"), membership_only("Partido Comunista (PCE), miembro de la ICOR")
    (True, False)
    """
    hits = {start for start, _end, _key, _what in pattern_hits(line)}
    return any(m.end() in hits and len(line[: m.start()].split()) <= 2 for m in _member_of().finditer(line))


#: a page's number in a PDF's running footer or header ("page 2 of 4", "Seite 3"), or
#: alone between dashes ("– 2 –")
_PAGE_NUMBER = re.compile(
    r"(?i)(?<![^\W\d_])(?:page|seite|página|pagina|pág|sayfa)\.?\s*\d|^\s*[-–—]\s*\d{1,4}\s*[-–—]\s*$"
)


_FOOTNOTE = re.compile(r"^\s*(?:\d{1,3}|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+\S")


def _footnotes(b: Block) -> bool:
    """A PDF's footnotes: every line opens with its note's number ("1 See the resolution of
    2014.", "[2] Ibid.").

    >>> _footnotes(Block(0, 0, ["1 Inflation reached 54 per cent.", "2 See the statement."], 0))
    True
    >>> _footnotes(Block(0, 0, ["The war goes on."], 0))
    False
    """
    return all(_FOOTNOTE.match(x) for x in b.lines)


def _list_goes_on(b: Block) -> bool:
    """A paragraph that carries on a list across a page's break: short name-like lines or
    list items, one of them at least an item ("Philippines" / "4. Communist Party …").

    >>> _list_goes_on(Block(0, 0, ["Philippines", "4. Labour Party of Ara (LPA), Ghana"], 0))
    True
    >>> _list_goes_on(Block(0, 0, ["Stop the war in Sudan!"], 0))
    False
    """
    if b.kind not in ("prose", "list", "heading"):
        return False
    if not all(
        _LIST_ITEM.match(x) or (is_heading(x) and len(x.split()) <= 16) or x[:1].islower() for x in b.lines
    ):
        return False
    return any(_LIST_ITEM.match(x) for x in b.lines)


def _split_dated_titles(text: str, out: list[Block]) -> list[Block]:
    """A title and its dateline in one paragraph, under a line that names the kind of text or
    the network ("ICOR Resolution" / "Stop the war in Sudan!" / "20 September 2023"): the
    title's heading and the dateline, two blocks (not a list of three short lines)."""
    result: list[Block] = []
    for k, b in enumerate(out):
        lines = b.lines
        if (
            # a masthead of a network's name over its date stays one: no title between them
            (b.kind in ("list", "prose") or (b.kind == "masthead" and len(lines) == 3))
            and 2 <= len(lines) <= 3
            and is_date_line(lines[-1])
            and not any(_LIST_ITEM.match(x) for x in lines)
            and all(is_heading(x) and not x.endswith(":") for x in lines[:-1])
            and (_kind_heading(lines[0]) or _kicker(lines[0]) or _numbered_kind(lines[0]))
            and not is_date_line(lines[0])
        ) or _dated_title(out, k):
            cut = text.rfind(lines[-1], b.start, b.end)
            head_end = text.rfind(lines[-2], b.start, cut) + len(lines[-2])
            result.append(Block(b.start, head_end, lines[:-1], b.blank_before, "heading"))
            result.append(Block(cut, b.end, [lines[-1]], 0, "dateline"))
            continue
        result.append(b)
    return result


def _dated_title(out: list[Block], k: int) -> bool:
    """A text's title and its dateline in one paragraph, with the text's prose under them
    and no heading between ("ON THE SITUATION IN HAITI" / "March 2004", then a rule and
    "On 29 February …"): not a paper's masthead (its title follows it) nor a text's
    sign-off (it names who issued the text)."""
    b = out[k]
    lines = b.lines
    below = next((x for x in out[k + 1 :] if x.kind != "nav"), None)
    return (
        b.kind in ("prose", "masthead")
        and len(lines) == 2
        and is_date_line(lines[1])
        and not is_date_line(lines[0])
        and is_heading(lines[0])
        and len(lines[0].split()) >= 3
        and not lines[0].rstrip().endswith(":")
        and not _LIST_ITEM.match(lines[0])
        and not names_issuer(lines[0])
        and not pattern_hits(lines[0])
        and not any(_issue_line(x) for x in lines)
        and below is not None
        and below.kind == "prose"
    )


def _split_network_line(text: str, out: list[Block]) -> list[Block]:
    """The network's name over the title or the site's section, in one paragraph, over the
    title or the dateline ("ICOR Asia" / "Solidarity with the people of …!" / "14 July
    2022"; "International Conference of … (ICMLPO)" / "Statements" / the title): two
    headings, the network's (a masthead) and the other (not the prose of a text)."""
    result: list[Block] = []
    for k, b in enumerate(out):
        lines = b.lines
        if (
            b.kind == "prose"
            and len(lines) == 2
            and k + 1 < len(out)
            and out[k + 1].kind in ("heading", "dateline")
            and is_heading(lines[1])
            and len(lines[1].split()) <= 16
            and _names_only_network(lines[0])
        ):
            cut = text.find(lines[1], b.start + len(lines[0]), b.end + 1)
            result.append(Block(b.start, b.start + len(lines[0]), lines[:1], b.blank_before, "heading"))
            result.append(Block(cut, b.end, lines[1:], 0, "heading"))
            continue
        result.append(b)
    return result


#: the most words of a newspaper's kicker line over the title, and the fewest
KICKER_WORDS = (8, 45)


def _kicker_title(lines: list[str]) -> bool:
    """A newspaper's kicker and the title under it, in one paragraph: a long line, capitalised,
    that ends in no full stop or colon, and a title line that names the kind of text or the
    network, or calls ("… condemn the putsch" / "Declaration of the CIPOML on …").

    >>> _kicker_title(["WORLD | Parties of four continents condemn the putsch and demand punishment for its backers",
    ...     "Declaration of the ICMLPO on the attacks of 8 January"])
    True
    >>> _kicker_title(["The Plenary calls on the working class and the peoples to oppose the war and",
    ...     "Reject the rearmament of their own countries."])
    False
    """
    if len(lines) != 2:
        return False
    kicker, title = (x.strip() for x in lines)
    if not (KICKER_WORDS[0] <= len(kicker.split()) <= KICKER_WORDS[1]) or kicker[-1:] in ".:;,":
        return False
    if not kicker.lstrip("\"'“‘«(¡¿")[:1].isupper() or not is_heading(title) or len(title.split()) > 16:
        return False
    if len(title) >= len(kicker) or _CONTINUES.match(title):
        return False
    return (
        any(p.search(_fold(title)) for p, _ in kind_patterns())
        or bool(pattern_hits(title))
        or title.endswith(("!", "?"))
    )


def _numbered_kind(text: str) -> bool:
    """A line over the title that gives the kind of text and its number, maybe its date,
    and nothing else: "Joint Statement No. 31 – 14 September 2023", "Resolution 4/2022".

    >>> _numbered_kind("Joint Statement No. 31 – 14 September 2023"), _numbered_kind("Resolution 4/2022")
    (True, True)
    >>> _numbered_kind("Resolution of the 4th Plenary"), _numbered_kind("Statement on 14 September 2023")
    (False, False)
    """
    t = " ".join(text.split())
    if "\n" in text.strip() or len(t.split()) > 12:
        return False
    rest = t
    for d in sorted(find_dates(t), key=lambda d: -d.start):
        rest = rest[: d.start] + " " + rest[d.end :]
    number = re.compile(
        rf"(?i)(?:(?<![^\W\d_])(?:{navigation_words('issue')})\s*|#\s*|(?<![^\W\d_]))\d{{1,4}}(?:/\d{{2,4}})?(?!\w)"
    )
    rest, n = number.subn(" ", rest)
    if n != 1:
        return False
    rest, kinds, _hits = _without_networks_and_kinds(rest)
    return kinds > 0 and not re.sub(r"[|·•/()\[\]–—:,&*_.-]", " ", rest).split()


@cache
def _comment_heading() -> re.Pattern[str]:
    """The heading of a post's comment section ("4 thoughts on “Stop the war!”", "Une réflexion
    sur « … »"): the lists ``comment_count``, ``comment_words`` and ``comment_on`` of
    ``navigation.txt``, the post's title within quotes."""
    return re.compile(
        rf"(?i)^(?:{navigation_words('comment_count')})\s+(?:{navigation_words('comment_words')})"
        rf"\s+(?:{navigation_words('comment_on')})\s+[“\"«„‘‹]"
    )


@cache
def _related() -> re.Pattern[str]:
    """The heading of a post's links to other posts ("Related posts", "Lire aussi :"): the list
    ``related`` of ``navigation.txt``."""
    return re.compile(rf"(?i)(?:{navigation_words('related')})\s*:?")


_RULE = re.compile(r"^(?:[-*_=~—–─━]\s*){3,}$")
#: a paper's name, a dash and its issue as year/number: "A World to Win — 1994/20"
_YEAR_ISSUE = re.compile(r"[^\W\d_][^\n]{1,60}?\s[–—-]\s*(?:(?:19|20)\d\d/\d{1,3}|\d{1,3}/(?:19|20)\d\d)")


def _paper_masthead(out: list[Block], top: int) -> None:
    """Mark the paragraph at ``top`` a masthead when it is a paper's name (and what it is)
    over its issue's line ("RED DAWN – Organ of the Central Committee, …" / "Vol. 12, No. 11
    | December 2023"; "WORKERS' TRIBUNE" / "Paper of the … · No. 214 · 25 August 2023")."""
    if (
        out[top].kind in ("prose", "list")
        and (
            (2 <= len(out[top].lines) <= 3 and _issue_line(out[top].lines[-1]))
            # (or the issue's line over one line of who publishes it: "ICOR BULLETIN" / "…" /
            # "No. 4/2019 · December 2019" / "Published by the … · www.….info")
            or (
                len(out[top].lines) == 4
                and _issue_line(out[top].lines[2])
                and _publisher_line(out[top].lines[3])
            )
        )
        and all(
            is_heading(x) and len(x.split()) <= 16 and not x.endswith((".", "!", "?", ":"))
            for x in out[top].lines
        )
    ) or (
        top + 1 < len(out)
        and out[top].kind in ("prose", "heading")
        and 2 <= len(out[top].lines) <= 3
        and is_heading(out[top].lines[0])
        and len(out[top].lines[0].split()) <= 8
        and _issue_line(out[top].lines[-1])
    ):
        out[top].kind = "masthead"


_PUBLISHER = re.compile(
    r"(?i)^(?:published|edited|issued|herausgegeben|hrsg\.?|publicado|editado|publié|édité|pubblicato|publicação|yayımlayan)"
    r"\s+(?:by|von|vom|por|par|da|pela|pelo)\s+\S"
)


def _publisher_line(line: str) -> bool:
    """A line of who publishes a paper or bulletin, under its issue's line ("Published by the
    Main Coordination · www.example.org", "Herausgegeben vom Zentralkomitee").

    >>> _publisher_line("Published by the Main Coordination · www.example.org")
    True
    >>> _publisher_line("Published by the workers, the call spread."), _publisher_line("Stop the war!")
    (False, False)
    """
    s = line.strip()
    return bool(_PUBLISHER.match(s)) and len(s.split()) <= 16 and not s.endswith((".", "!", "?", ":"))


@cache
def _contents() -> re.Pattern[str]:
    """The heading of a table of contents ("Contents", "Sommaire", "In this issue:")."""
    return re.compile(rf"(?i)(?:{navigation_words('contents')})\s*:?")


def _rule() -> re.Pattern[str]:
    """A horizontal rule ("-----", "* * *"): it sets texts apart."""
    return _RULE


@cache
def _issue_re() -> re.Pattern[str]:
    # the issue's number: digits or upper-case Roman numerals ("Nº 231", "Año XIV"), not the
    # rest of a word ("November" is no "No V")
    return re.compile(
        # "Sayı: 87": a colon may stand between the word and the number
        rf"(?i)(?<![^\W\d_])(?:{navigation_words('issue')})(?::\s*|\s*)(?:\d|(?<=[\s.:])(?-i:[IVXLC]+)\b)"
    )


def _issue_line(line: str) -> bool:
    """A newspaper's or bulletin's issue line: the issue's number and its month or day
    ("Año XIV – Nº 231 – abril de 2024", "No. 47 · 14 September 2023").

    >>> _issue_line("Journal du Parti X – N° 118 – décembre 2023"), _issue_line("Issue 3")
    (True, False)
    >>> _issue_line("Sayı: 87 — Şubat 2023")
    True
    >>> _issue_line("We read No. 5 of their paper in May 2021 and agreed.")
    False
    >>> _issue_line("Joint Statement No. 3 – 24 February 2024")
    False
    """
    s = line.strip()
    return (
        # words, not the bullets or dashes between the line's parts
        sum(1 for w in s.split() if any(c.isalnum() for c in w)) <= 16
        and not s.endswith((".", "!", "?", ":"))
        and _issue_re().search(s) is not None
        and any(d.precision != "year" for d in find_dates(s))
        # a text's own number under its title names its kind ("Joint Statement No. 3 – 24
        # February 2024", "Résolution n° 5 – …"): no paper's issue
        and not any(p.search(_fold(s)) for p, _ in kind_patterns())
    )


@cache
def _mail_patterns() -> tuple[re.Pattern[str], ...]:
    """(a header line, its From line, its Date line, its Subject line, a forwarded message's
    line, a digest's message number)."""
    return (
        re.compile(rf"(?i)^(?:{navigation_words('mail_field')})\s*:\s*\S.*$"),
        re.compile(rf"(?i)^(?:{navigation_words('mail_from')})\s*:\s*\S.*$"),
        re.compile(rf"(?i)^(?:{navigation_words('mail_date')})\s*:\s*(?P<v>\S.*)$"),
        re.compile(rf"(?i)^(?:{navigation_words('mail_subject')})\s*:\s*(?P<v>\S.*)$"),
        re.compile(rf"(?i)^[-=_]{{3,}}\s*(?:{navigation_words('mail_forward')})\s*[-=_]{{3,}}$"),
        re.compile(rf"(?i)^(?:{navigation_words('mail_digest')})\s*:\s*\d{{1,4}}$"),
    )


def _mail_header(lines: list[str]) -> bool:
    """An e-mail's header: a "From:" line and a "Date:" or "Subject:" line, each line a
    header field or a forwarded message's line ("---------- Forwarded message ---------").

    >>> _mail_header(["From: Info <i@x.org>", "Date: Mon, 15 Apr 2024", "Subject: ICOR: No to war!"])
    True
    >>> _mail_header(["To: the workers of the world", "From: the Plenary"])
    False

    A digest's message opens with its number, over its fields, the sender's at times left
    out ("Message: 2" / "Date: Fri, 19 Feb 2021 07:02:45 +0100").

    >>> _mail_header(["Message: 2", "Date: Fri, 19 Feb 2021 07:02:45 +0100"])
    True
    >>> _mail_header(["Message: 2"])
    False
    """
    field, sender, date, subject, forward, digest = _mail_patterns()
    numbered = len(lines) >= 2 and digest.match(lines[0]) is not None
    rest = lines[1:] if numbered else lines
    return (
        all(field.match(x) or forward.match(x) for x in rest)
        and (numbered or any(sender.match(x) for x in rest))
        and any(date.match(x) or subject.match(x) for x in rest)
    )


#: words that carry a title on to its next line ("… ON THE STRIKES" / "AND THE TASKS …")
_CONTINUES = re.compile(
    r"(?i)^(?:and|or|for|of|on|in|to|with|against|y|e|et|und|o|ou|de|del|des|du|der|die|das|für|gegen"
    r"|contra|contre|per|por|para|sur|sobre|su|con|avec|mit|à|a|al|au|ve|ile|zum|zur)\b"
)


def _broken_title(lines: list[str]) -> bool:
    """Two or three short lines of one title, no sentence: each line after the first carries
    it on (it starts in lower case or with a joining word), or the first names a kind of
    text ("RESOLUTION OF THE ICOR" / "FOR THE FIRST OF MAY").

    >>> _broken_title(["RESOLUTION OF THE CONFERENCE ON THE STRIKES", "AND THE TASKS OF THE PARTIES"])
    True
    >>> _broken_title(["Message of the Conference", "Greetings to the miners of Ara!"])
    True
    >>> _broken_title(["Workers' Party of Ara (WPA) – Peru", "International Department"])
    False
    >>> _broken_title(["On the Floods in Ara", "Declaration of the ICMLPO"])
    True
    """
    if not 2 <= len(lines) <= 3 or not is_heading(lines[0]) or role_of(lines[0]) is not None:
        return False
    if any(len(x.split()) > 14 or x.rstrip()[-1:] in ".;," for x in lines):
        return False
    if any(x.rstrip().endswith((":", "!", "?")) for x in lines[:-1]):
        return False
    if all(_CONTINUES.match(x) or x[:1].islower() for x in lines[1:]):
        return True
    if _kind_of_network(lines[-1]) and all(is_heading(x) for x in lines[:-1]):
        return True  # the title, then the kind of text and its network ("Declaration of the ICMLPO")
    low = _fold(lines[0])
    return any(p.search(low) for p, _ in kind_patterns())


def _fold(text: str) -> str:
    """Lower case, the Turkish dotless and dotted "i" as "i" ("AÇIKLAMASI", "açıklaması")."""
    return text.replace("İ", "I").lower().replace("ı", "i")


def _lead(line: str) -> int:
    return len(line) - len(line.lstrip())


def _trail(line: str) -> int:
    return len(line) - len(line.rstrip())


#: a heading set between runs of dashes, equals signs, tildes or stars, as plain-text pages
#: set their titles apart ("-- Final Declaration of the IV Conference --", "=== APPEAL ===")
_FRAMED = re.compile(r"^(?P<mark>[-–—=~*#]{2,})\s*(?P<inner>[^\s–—=~*#-].*?)\s*(?P=mark)$")


def unframed(line: str) -> str:
    """A line without the runs of dashes, equals signs or stars that frame it on both sides.

    >>> unframed("-- Final Declaration of the IV International Conference --")
    'Final Declaration of the IV International Conference'
    >>> unframed("== APPEAL =="), unframed("-- a dash -- in a sentence"), unframed("- 12 -")
    ('APPEAL', '-- a dash -- in a sentence', '- 12 -')
    """
    s = line.strip()
    m = _FRAMED.match(s)
    return m["inner"] if m else s


#: a bracketed gloss of three words or more after an acronym, at a line's end
_ACRONYM_GLOSS = re.compile(r"(\b[A-ZÀ-Þ]{3,}(?:-\w+)?)\s*\((?:[^()\s]+\s+){2,}[^()\s]+\)\s*$")


def _gloss(line: str) -> bool:
    """A line that is only a bracketed gloss of the line over it, of three words or more:
    "(International Conference of Marxist-Leninist Parties and Organizations)", "(Міжнародна
    координація революційних партій та організацій)"; not "(CIPOML)".

    >>> _gloss("(Internationale Koordinierung revolutionärer Parteien)"), _gloss("(CIPOML)")
    (True, False)
    """
    s = line.strip()
    return s[:1] in "([" and s[-1:] in ")]" and len(s.split()) >= 3 and not re.search(r"[)\]].", s[:-1])


def is_heading(line: str) -> bool:
    """A short title-like line: capitalised, no sentence-final full stop or colon.

    >>> is_heading("Founding Resolution of the ICOR")
    True
    >>> is_heading("We condemn the coup and support the struggle of the people")
    True
    >>> is_heading("The Conference met in November.")
    False
    """
    s = unframed(line)
    if not s or len(s.split()) > 24 or len(s) > 200:
        return False
    if s[-1] in ".:;,":
        return False
    first = s.lstrip("\"'“‘«(¡¿")[:1]
    return first.isupper() or first.isdigit()


def _ordinal_title(line: str) -> bool:
    """A title that opens with an ordinal written as a number and a full stop, not a list's
    numbered item: an anniversary ("80. Jahrestag des Beginns …", "50. Jubiläum …").

    >>> _ordinal_title("80. Jahrestag des Beginns des Krieges: Ehre den Gefallenen!")
    True
    >>> _ordinal_title("3. Partei der Arbeit (PdA)"), _ordinal_title("2. Party of Labour (PL)")
    (False, False)
    """
    anniversary = _anniversary_patterns()[0].match(line.strip())
    return anniversary is not None and anniversary.group("num") is not None


#: an entry's acronym in brackets and its country after it, ending the line ("… (LA), Mali")
_ENTRY_WITH_COUNTRY = re.compile(r"\([^()\s]{1,16}\),?\s+[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ '’-][^\W\d_]+){0,3}$")


def classify(lines: list[str]) -> str:
    """Classify a paragraph by its layout: heading, dateline, masthead, list or prose."""
    if len(lines) == 1:
        line = lines[0]
        if is_date_line(line):
            return "dateline"
        if (
            (_LIST_ITEM.match(line) and not _ordinal_title(line))
            or _signatures(line)
            or _signatures_intro(line)
        ):
            return "list"
        if is_heading(line) or ("\t" in line and is_table_header(line)):
            # a table's header row is a heading, even when it starts with no letter
            # ("#<TAB>Organisation<TAB>Acronym<TAB>Country")
            return "heading"
        return "prose"
    if (
        len(lines) <= 3
        and any(is_date_line(x) for x in lines)
        and all(len(x.split()) <= 8 and not x.rstrip().endswith(".") for x in lines)
    ):
        return "masthead"
    items = [x for x in lines if _LIST_ITEM.match(x)]
    if len(items) >= max(2, len(lines) // 2):
        return "list"
    short = [x for x in lines if is_heading(x) and len(x.split()) <= 16]
    if len(lines) >= 3 and len(short) == len(lines):
        return "list"
    # an introducing line ("Signatories:") over short name-like lines, one per line (the
    # introducing line, ending in a colon, is never one of the short lines)
    intro = lines[0].rstrip()
    if (
        intro.endswith(":")
        and len(intro.split()) <= 24
        and len(short) == len(lines) - 1
        and (len(lines) >= 3 or role_of(intro) is not None)
    ):
        return "list"
    # two signatories, each its name, its acronym and its country ("League of Ara (LA), Mali"
    # / "Union of Bel (UB), Niger"), under the text they sign
    if len(lines) == 2 and all(
        is_heading(x) and has_org_head(x) and _ENTRY_WITH_COUNTRY.search(x) for x in lines
    ):
        return "list"
    # a continent's or a country's group of a list with one party in it ("Asia" / "Partido
    # … (EP-T)", "Japan" / "Revolutionary League of Japan (RLJ)")
    if (
        len(lines) == 2
        and (_continent_line(lines[0]) or is_country(lines[0]) is not None)
        and is_heading(lines[1])
        and has_org_head(lines[1])
    ):
        return "list"
    if len(lines) == 2 and is_heading(lines[0]) and not is_date_line(lines[0]) and _gloss(lines[1]):
        # a heading over its bracketed gloss ("Joint statement of the parties of CIPOML" /
        # "(International Conference of …)"): a heading
        return "heading"
    # a title broken after its colon ("50 Years After X:" / "Never Forget!")
    if len(lines) == 2 and intro.endswith(":") and is_heading(intro[:-1]) and is_heading(lines[1]):
        if role_of(intro) is None:
            return "heading"
    return "list" if _signatures(" ".join(lines)) else "prose"


@cache
def _continents() -> frozenset[str]:
    return frozenset({w for r in load_regions() for w in r.words} | {c.casefold() for c in CONTINENTS})


def _continent_line(line: str) -> bool:
    """A continent's or region's name alone on its line ("Asia", "AMÉRICA LATINA:").

    >>> _continent_line("Asia"), _continent_line("América Latina:"), _continent_line("Asia today")
    (True, True, False)
    """
    return " ".join(line.strip(" :").split()).casefold() in _continents()


_INLINE = re.compile(r"(?P<intro>[^.:!?]{1,200}):\s*(?P<items>\S.*)", re.DOTALL)


def _inline_list(text: str) -> Role | None:
    """The role of a list written as one sentence ("Signed by: A, B; C …"), or None.

    >>> _inline_list("The following delegations took part: Party of Ara, Peru; Union of Bel, Chad")
    <Role.PARTICIPANT: 'participant'>
    >>> _inline_list("We say: workers, peasants and students must unite.") is None
    True
    """
    m = _INLINE.match(text)
    if m is None or len(m["intro"].split()) > 20 or len(re.findall(r"[;,]", m["items"])) < 2:
        return None
    return role_of(m["intro"])


def _signatures(text: str) -> bool:
    """A paragraph of signatures written as one sentence ("Signed by: A, B; C …").

    Only signatures make a list block: they close a text, whereas a sentence naming the
    participants may stand in the middle of one (it closes a text only before a gap, see
    ``_find_starts``).

    >>> _signatures("The statement was signed by the following parties: Party of Ara, Peru; Union of Bel, Chad")
    True
    >>> _signatures("The following delegations took part: Party of Ara, Peru; Union of Bel, Chad")
    False
    >>> _signatures("We say: workers, peasants and students must unite.")
    False
    """
    return _inline_list(text) is Role.SIGNATORY


def _signatures_intro(line: str) -> bool:
    """A line of its own that introduces signatures ("Signed:", "Signatories:").

    Like the signatures it stands over, it is no prose of the text: a dateline above it
    still closes the text.

    >>> _signatures_intro("Signed:"), _signatures_intro("We call on the members:")
    (True, False)
    """
    s = line.strip()
    return s.endswith(":") and len(s.split()) <= 12 and role_of(s) is Role.SIGNATORY


def _is_sentence(item: str) -> bool:
    """A list item that is a sentence, not a name: more long lower-case words than
    capitalised ones ("– we salute the general strike of the workers;")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", item)
    low = sum(1 for w in words if w[:1].islower() and len(w) >= 4)
    return low >= 4 and low > sum(1 for w in words if w[:1].isupper())


def _sentence_list(b: Block) -> bool:
    """A list of demands or points written as sentences ("We demand: – the release of all
    political prisoners; – …"). It is part of the text's body: unlike a list of names it
    does not close the text, so a slogan under it is no title of a new one.

    >>> _sentence_list(Block(0, 0, ["We demand:", "– the immediate release of all political prisoners;",
    ...     "– an end to the military rule and the state of emergency."], 0, "list"))
    True
    >>> _sentence_list(Block(0, 0, ["Signatories:", "– Union of the Workers of Ara (UWA), Peru",
    ...     "– le Parti Communiste Révolutionnaire du Bénin (PCRB), Bénin ;"], 0, "list"))
    False
    >>> _sentence_list(Block(0, 0, ["4. Since 15 April 2023 the war between the army and the militias",
    ...     "has ravaged the country and driven millions of people from their homes."], 0, "list"))
    True
    """
    items = [_LIST_ITEM.sub(lambda m: m.group(0)[-1], x, count=1) for x in b.lines if _LIST_ITEM.match(x)]
    if len(items) == 1 and _LIST_ITEM.match(b.lines[0]):
        # a numbered paragraph of the text's body ("4. Depuis le 15 avril 2023, la guerre …"),
        # on one line or wrapped
        paragraph = " ".join([items[0], *b.lines[1:]])
        return len(paragraph.split()) >= 12 and _is_sentence(paragraph)
    return len(items) >= 2 and sum(map(_is_sentence, items)) * 2 > len(items)


def _body_words(bs: list[Block]) -> int:
    return sum(b.words for b in bs if b.kind in ("prose", "list"))


def _find_starts(bs: list[Block]) -> list[int]:
    """Indexes of blocks that open a document."""
    content = [i for i, b in enumerate(bs) if b.kind != "nav"]
    if not content:
        return []
    # the headings a post's line of publication follows ("Posted on …", "Pubblicato il …"):
    # each opens a post of a blog's page, where the text above it has a body
    posted = {
        i
        for i, b in enumerate(bs[:-1])
        if b.kind == "heading" and bs[i + 1].kind == "nav" and _posted().match(bs[i + 1].text)
    }
    starts = [_archive_start(bs, content, posted)]
    closed = False
    last_body = 0
    # for each place in ``content``, the next block that counts for a body (headings are
    # skipped at once: a long run of them would make every look-ahead walk it again)
    ahead = [len(content)] * (len(content) + 1)
    for q in range(len(content) - 1, -1, -1):
        counts = bs[content[q]].kind in ("prose", "list", "dateline", "masthead", "letterhead")
        ahead[q] = q if counts else ahead[q + 1]
    for pos, i in enumerate(content[1:], 1):
        b = bs[i]
        prev = bs[content[pos - 1]]
        # a list closes the text it ends, not one it opens: signatures over the title, before
        # any prose ("Joint statement / Signed by: A, B and C" / the title / the text)
        if (
            prev.kind in ("dateline", "list")
            and (last_body > prev.words if prev.kind == "list" else last_body > 0)
            and not _sentence_list(prev)
        ):
            closed = True
        # page furniture ("Share this article", "Tags: …") after a text ends that page's text
        nav_between = any(bs[k].kind == "nav" for k in range(content[pos - 1] + 1, i))
        if last_body > 0 and nav_between:
            closed = True
        # a digest's next message under a rule ("-----" / "Message: 2" + "Date: …") opens a
        # text, even after the digest's own header and its list of topics, which is none
        if nav_between and b.kind == "letterhead" and _mail_header(b.lines) and not _mail_header(prev.lines):
            closed = True
        # a sentence listing the participants ("The following delegations took part: A; B.")
        # closes a text when blank lines follow it, as texts are set apart
        if (
            prev.kind == "prose"
            and last_body > 0
            and b.blank_before >= GAP_LINES
            and _inline_list(prev.text) is not None
        ):
            closed = True
        # a "masthead" under a text's body that opened no text is its sign-off, the issuer
        # and the date ("4th World Conference of ICOR" / "November 13, 2022"): it closes
        # the text, and a heading under it is the next text's title
        sign_off = (
            prev.kind == "masthead"
            and content[pos - 1] not in starts
            and last_body >= MIN_BODY_WORDS
            and _sign_off(prev)
        )
        # a line under the body that says who adopted it ("Beschlossen von der 3.
        # Weltkonferenz der ICOR", "Adopted by the Plenary") signs it off too
        adopted_off = (
            prev.kind in ("heading", "dateline")
            and len(prev.lines) == 1
            and content[pos - 1] not in starts
            and last_body >= MIN_BODY_WORDS
            and (
                _adoption_line(prev.text)
                # or who issued it ("Le Comité de Coordination International de l'ICOR"),
                # when a title and its own dateline follow: the next text
                or (
                    names_issuer(prev.text)
                    and not prev.text.rstrip().endswith((".", ":"))
                    and b.kind == "heading"
                    and pos + 1 < len(content)
                    and bs[content[pos + 1]].kind == "dateline"
                )
            )
        )
        if sign_off or adopted_off:
            closed = True
        if b.kind in ("prose", "list") and not contents_block(bs, i):
            last_body += b.words  # (a paper's table of contents is no text's body)
        # a heading right under a masthead is that masthead's text; one after a rule or page
        # furniture is not (the "masthead" was a sign-off: "Coordinating Committee / March 2021")
        opener = b.kind in ("masthead", "letterhead") or (
            b.kind == "heading" and (prev.kind not in ("masthead", "letterhead") or nav_between or sign_off)
        )
        if i in posted and last_body >= MIN_BODY_WORDS:
            closed = True  # the next post of a blog's page, under the sign-off of the one above
        if i <= starts[0]:
            last_body, closed = 0, False  # an archive page's heading and description
            continue
        if opener and b.kind == "heading" and _list_heading(bs, content, pos):
            opener = False  # "Signatories" over the list of the text above it
        if opener and b.kind == "heading" and _network_signature(bs, content, pos):
            opener = False  # the network's name over the signatures of the text above it
        if not opener:
            # (a PDF's footnotes under a rule, "1 Inflation reached …", are notes of the text
            # above: they leave it closed)
            if b.kind in ("prose",) and not (i > 0 and bs[i - 1].kind == "nav" and _footnotes(b)):
                closed = False
            continue
        maybe_gap = b.blank_before >= GAP_LINES and last_body >= GAP_BODY_WORDS
        # the next of a page's texts under headings of their kind, one after another, none
        # dated nor signed ("Resolución sobre …" / its text / "Resolución de solidaridad con
        # …" / its text / "Mensaje de saludo a …"): each heading opens a text
        # (or, after a text that closed, one such heading over a short text of its own)
        sibling = b.kind == "heading" and (
            _kind_title(b.text) if closed else _sibling_title(bs, content, pos, starts[-1])
        )
        if not (closed or maybe_gap or sibling):
            # neither condition can hold: skip counting the body, which would make a
            # file of many short heading-like lines (a long signatory list) quadratic
            continue
        # the body of the would-be document: up to the next opener
        body = _body_until_next(bs, content, ahead, pos)
        gap = maybe_gap and body >= GAP_BODY_WORDS
        if ((closed or gap) and body >= MIN_BODY_WORDS) or (sibling and body >= SIBLING_BODY_WORDS):
            # the post's date on a line of its own over its title, after a rule or page
            # furniture that closed the text above ("* * *" / "18.01.2024" / the title): the
            # date opens the post, as its masthead
            before = content[pos - 1]
            if (
                b.kind == "heading"
                and bs[before].kind == "dateline"
                and len(bs[before].lines) == 1
                and before - 1 >= 0
                and bs[before - 1].kind == "nav"
                and before > starts[-1] + 1
            ):
                bs[before].kind = "masthead"
                i = before
            starts.append(i)
            closed = False
            last_body = 0
    return starts


_ADOPTED_BY = re.compile(
    rf"(?i)^\s*(?:{ADOPTION_WORDS})\s+(?:unanimously\s+|einstimmig\s+|por\s+unanimidad\s+|à\s+l['’]unanimité\s+)?"
    r"(?:by|at|von|vom|auf|der|por|en|par|à|au|da|dalla|dal|alla|al|pela|pelo|na|no)\s"
)


def _adoption_line(text: str) -> bool:
    """A line that says who adopted the text: "Beschlossen von der 3. Weltkonferenz der
    ICOR", "Adopted by the Plenary, May 2021", "Aprobada por la Conferencia".

    >>> _adoption_line("Beschlossen von der 3. Weltkonferenz der ICOR"), _adoption_line("Adopted by the Plenary")
    (True, True)
    >>> _adoption_line("Adopted by the Plenary, the resolution calls for action.")
    False
    """
    line = text.strip()
    return (
        _ADOPTED_BY.match(line) is not None
        and not line.rstrip().endswith(".")
        and len(line.split()) <= 16
        and names_issuer(line)
    )


def _sign_off(b: Block) -> bool:
    """A short paragraph that signs a text: who issued it, then the date on a line of its
    own ("4th World Conference of ICOR" / "November 13, 2022", "Coordinating Committee" /
    "March 2021"), no newspaper's name and issue.

    >>> _sign_off(Block(0, 0, ["4th World Conference of ICOR", "November 13, 2022"], 1, "masthead"))
    True
    >>> _sign_off(Block(0, 0, ["THE RED FLAG", "No. 12 – May 2021"], 1, "masthead"))
    False
    """
    return (
        2 <= len(b.lines) <= 3
        and is_date_line(b.lines[-1])
        and not any(_issue_line(x) for x in b.lines)
        and all(names_issuer(x) for x in b.lines[:-1])
    )


def _archive_start(bs: list[Block], content: list[int], posted: set[int]) -> int:
    """Where a file's first document starts: its first block of content, but on a blog's
    archive page of several posts (each a heading over its line of publication) the first
    post's heading when what stands above it is only the page's own heading and its one
    short description ("Category: International" / "Statements of the …"), no text."""
    first = content[0]
    if len(posted) < 2:
        return first
    head = min(posted)
    above = [bs[k] for k in content if k < head]
    prose = [b for b in above if b.kind == "prose"]
    if (
        not above
        or len(prose) > 1
        or any(b.kind not in ("heading", "prose") for b in above)
        or sum(b.words for b in prose) > ARCHIVE_DESCRIPTION_WORDS
    ):
        return first
    return head


@cache
def _header_words() -> frozenset[str]:
    """The words of a table's header row (``data/patterns/table_headers.yaml``)."""
    raw = yaml.safe_load((data_dir() / "patterns" / "table_headers.yaml").read_text(encoding="utf-8"))
    return frozenset(str(w) for w in raw["words"])


def is_table_header(line: str) -> bool:
    """The header row of a table of signatories ("Country<TAB>Organisation").

    >>> is_table_header("Country\tOrganisation"), is_table_header("Party of Labour\tChad")
    (True, False)
    """
    words = re.findall(r"[^\s\t]+", line.lower())
    return bool(words) and all(w.strip(":()") in _header_words() for w in words)


def _list_heading(bs: list[Block], content: list[int], pos: int) -> bool:
    """A short heading that introduces the list under it ("Signatories", "Participants
    (as of 9 August)"): part of the text above, not the title of a new one."""
    b = bs[content[pos]]
    nxt = pos + 1
    # a table's header row over its rows ("Organization | Country") belongs to the list
    if nxt < len(content) and bs[content[nxt]].kind == "heading" and is_table_header(bs[content[nxt]].text):
        nxt += 1
    if nxt >= len(content) or bs[content[nxt]].kind != "list":
        return False
    if is_table_header(b.text):
        return True  # the header row of the table under it
    # a group's heading inside one list ("Africa", "Europe" between the groups of a list
    # of delegations): a short heading with a list on both sides
    if len(b.text.split()) <= 4 and pos > 0 and bs[content[pos - 1]].kind == "list":
        return True
    return len(b.text.split()) <= 8 and role_of(b.text) is not None


def _network_signature(bs: list[Block], content: list[int], pos: int) -> bool:
    """The network's name over the list of the parties that sign the text above ("April
    2024" / "International Conference of … (ICMLPO)" / the parties): the signature of that
    text, not a new one, when no text follows the list (no prose, or no title over prose:
    "ICOR" / "Signed by: A, B" / the title / the text opens one)."""
    if not _names_only_network(bs[content[pos]].text):
        return False
    if pos + 1 >= len(content) or bs[content[pos + 1]].kind != "list":
        return False
    for q in range(pos + 2, len(content)):
        b = bs[content[q]]
        if b.kind == "prose":
            return False
        if b.kind in ("heading", "masthead", "letterhead"):
            return not (q + 1 < len(content) and bs[content[q + 1]].kind in ("prose", "dateline"))
    return True


def _kind_title(text: str) -> bool:
    """A title that opens with the kind of text and says what it is about, one line and no
    sentence: "Resolución sobre Venezuela", "Message of greetings to …", not "Resolution"
    alone nor a header's "Message: 2".

    >>> _kind_title("Resolución de solidaridad con el pueblo haitiano"), _kind_title("Resolution")
    (True, False)
    >>> _kind_title("Message: 2"), _kind_title("The Conference met in Quito.")
    (False, False)
    >>> _kind_title("Final Declaration of the XX Plenary"), _kind_title("Stop the war: a joint statement")
    (True, False)
    """
    line = text.strip()
    if "\n" in line or len(line.split()) > 16 or line.endswith((".", ":")) or _kind_only(line):
        return False
    folded = _fold(line.strip(" *_#"))
    for p, _kind in kind_patterns():
        # (after one word at most: "Final Declaration of …", "Joint Statement on …")
        m = p.search(folded)
        if (
            m is not None
            and len(folded[: m.start()].split()) <= 1
            and re.match(r"\s+[^\W\d_]", folded[m.end() :])
        ):
            return True
    return False


def _sibling_title(bs: list[Block], content: list[int], pos: int, start: int) -> bool:
    """``bs[content[pos]]`` is a title of a kind of text ("Resolución de solidaridad con …")
    under the text of another such title of the same document ("Resolución sobre …" / its
    prose): a page's texts one after another, each opening under its own heading."""
    if not _kind_title(bs[content[pos]].text):
        return False
    words = 0
    for q in range(pos - 1, -1, -1):
        k = content[q]
        if k < start:
            return False
        above = bs[k]
        if above.kind == "heading":
            return words >= SIBLING_BODY_WORDS and _kind_title(above.text)
        if above.kind in ("prose", "list"):
            words += above.words
        elif above.kind != "dateline":
            return False
    return False


def _body_until_next(bs: list[Block], content: list[int], ahead: list[int], pos: int) -> int:
    """Words of prose and lists after ``content[pos]``, up to a masthead or a dateline that
    closes a body; counted only as far as the thresholds they are compared with."""
    cap = max(MIN_BODY_WORDS, GAP_BODY_WORDS)
    words = 0
    k = ahead[pos + 1]
    while k < len(content):
        b = bs[content[k]]
        if b.kind == "dateline" and words >= MIN_BODY_WORDS:
            break
        if b.kind in ("prose", "list"):
            words += b.words
            if words >= cap:
                break
        elif b.kind in ("masthead", "letterhead"):
            break
        k = ahead[k + 1]
    return words


_NO_DOCUMENT = "no document found (no paragraph of prose or list)"


def segment(source: SourceFile) -> Iterator[Document]:
    """Split a source file into its documents.

    Raises
    ------
    InputError
        when the file holds no text that makes a document.
    """
    bs = blocks(source.text)
    starts = _translations_joined(bs, _find_starts(bs))
    if not starts or _body_words(bs) == 0:
        raise InputError(printable(source.path), _NO_DOCUMENT)
    context: tuple[Quote, ...] = ()
    if _cover_note(bs, starts):
        # the note is no document, but what it says of the texts it carries holds for them
        note = _trim(bs[starts[0] : starts[1]])
        if note:
            context = (Quote(note[0].start, note[-1].end, source.text[note[0].start : note[-1].end]),)
        starts = starts[1:]
    elif starts[0] > 0:
        # a site's banner over the file's texts that names only the network ("ICOR — …" /
        # "Documents of the member organisations"): the network of each text that names none
        banner = next(
            (
                b
                for b in bs[: starts[0]]
                if b.kind in ("nav", "heading", "masthead")
                and (_names_only_network(b.lines[0]) or _network_section(b.lines[0]))
            ),
            None,
        )
        if banner is not None:
            context = (Quote(banner.start, banner.end, source.text[banner.start : banner.end]),)
    bounds = starts[1:] + [len(bs)]
    # a party's letterhead that opens the file and says whose member it is ("Union … (UCR)" /
    # "membre de l'ICOR"): the network of each later text of the file its party signs
    head = bs[starts[0]] if starts else None
    own: tuple[Quote, ...] = ()
    if head is not None and head.kind == "letterhead" and any(map(_membership_line, head.lines)):
        own = (Quote(head.start, head.end, source.text[head.start : head.end]),)
    # the network's name that heads the file's first text ("International Conference of …" /
    # "Declaration of the XXVII Plenary"): the network of a later text whose title names a
    # meeting of that network ("Resolution of the XXVII Plenary: …")
    masthead = (
        bs[0]
        if starts and starts[0] == 0 and not context and bs[0].kind in ("nav", "heading", "masthead")
        else None
    )
    if masthead is not None and not _names_only_network(masthead.lines[0]):
        masthead = None
    # (the masthead of the network's own bulletin, with its issue: "ICOR BULLETIN" / "…" /
    # "No. 4/2019 · December 2019": the network of each of its texts that names none)
    bulletin = (
        masthead is not None and masthead.kind == "masthead" and any(_issue_line(x) for x in masthead.lines)
    )
    # a page's note over the texts it reprints, under the page's headings ("Documentos de la
    # XXV Plenaria" / "Publicamos a continuación los documentos aprobados por la XXV Plenaria
    # de la Conferencia Internacional de …" / the first text's title): what it says of them
    # holds for each later text, as an e-mail's cover note's does
    page_note: tuple[Quote, ...] = ()
    if starts and not context:
        top = bs[starts[0] : bounds[0]]
        k = next((k for k, b in enumerate(top) if b.kind not in ("heading", "nav")), None)
        if k and k + 1 < len(top) and top[k + 1].kind == "heading" and _reprint_note(top[k]):
            page_note = (Quote(top[k].start, top[k].end, source.text[top[k].start : top[k].end]),)
    n = 0
    for first, stop in zip(starts, bounds, strict=True):
        doc_blocks = _trim(bs[first:stop])
        if not doc_blocks or _body_words(doc_blocks) == 0:
            continue
        later = own if n > 0 and not context and _signed_by(head, doc_blocks) else ()
        if (
            n > 0
            and not context
            and not later
            and masthead is not None
            and (bulletin or _meeting_title(masthead, doc_blocks))
        ):
            later = (Quote(masthead.start, masthead.end, source.text[masthead.start : masthead.end]),)
        if n > 0 and not context and not later:
            later = page_note
        yield _document(source, n, doc_blocks, context or later)
        n += 1
    if n == 0:
        raise InputError(printable(source.path), _NO_DOCUMENT)


_ACRONYM = re.compile(r"\(([^()\s]{2,12})\)")


def _translations_joined(bs: list[Block], starts: list[int]) -> list[int]:
    """The starts without those of a text's translation that follows it: the same text in
    another language, of the same date and signed by the same parties ("Déclaration … /
    Dakar, le 5 mars 2021 / … / Parti … (PRTS)" then "Statement … / Dakar, 5 March 2021 /
    … / … Party of … (PRTS)"), is one document with it."""
    from .extract.document import text_language  # (which imports this module's users)

    def facts(part: list[Block]) -> tuple[set[str], set[str], str]:
        text = "\n".join(b.text for b in part if b.kind != "nav")
        days = {
            d.iso for b in part if b.kind == "dateline" for d in find_dates(b.text) if d.precision == "day"
        }
        return set(_ACRONYM.findall(text)), days, text_language(text)

    kept = starts[:1]
    bounds = [*starts[1:], len(bs)]
    for k in range(1, len(starts)):
        prev_acr, prev_days, prev_lang = facts(bs[kept[-1] : starts[k]])
        acr, days, lang = facts(bs[starts[k] : bounds[k]])
        if len(acr) >= 2 and acr == prev_acr and days and days == prev_days and lang != prev_lang:
            continue
        kept.append(starts[k])
    return kept


def _meeting_title(masthead: Block, bs: list[Block]) -> bool:
    r"""The title of the text of ``bs`` names a meeting of the network that ``masthead``
    names ("Resolution of the XXVII Plenary: …" under a file headed "International
    Conference of …"), the network's name aside.

    >>> head = blocks("International Conference of Marxist-Leninist Parties and Organizations\n")
    >>> text = blocks("Resolution of the XXVII Plenary: Free the prisoners\n\nThe Plenary demands.\n")
    >>> _meeting_title(head[0], text), _meeting_title(head[0], text[1:])
    (True, False)
    """
    keys = {key for _s, _e, key, _what in pattern_hits(masthead.lines[0]) if key}
    title = bs[0].lines[0] if bs and bs[0].kind == "heading" else ""
    if len(keys) != 1 or not title or pattern_hits(title):
        return False
    return names_meeting_of(title, keys.pop())


def _signed_by(head: Block | None, bs: list[Block]) -> bool:
    """The text of ``bs`` names the party of the letterhead ``head`` on a line of its own
    (its sign-off: "Union … (UCR)", "UCR – Sezione di Genova"), by the letterhead's first
    line or the acronym in brackets there."""
    if head is None:
        return False
    name = " ".join(head.lines[0].split())
    m = re.search(r"\(([^\W\d_]{2,}[\w-]*)\)\s*$", name)
    lines = [" ".join(x.split()) for b in bs[1:] for x in b.lines if len(x.split()) <= 12]
    if any(x.startswith(name) or (m is not None and x.split()[:1] == [m.group(1)]) for x in lines):
        return True
    # or the text opens with the letterhead's name on a line of its own, as the letterhead
    # writes it or in capitals ("REVOLUTIONARY LABOUR MOVEMENT OF … (RLMN)" / its title)
    return (
        bool(bs) and len(bs[0].lines) == 1 and " ".join(bs[0].lines[0].split()).casefold() == name.casefold()
    )


def _cover_note(bs: list[Block], starts: list[int]) -> bool:
    """The first "document" is an e-mail's cover note over the texts it carries: its header,
    a few paragraphs of a letter and no heading, with texts of their own after it
    ("From: … Subject: Newsletter" / "Dear comrades, in this issue we send you …")."""
    if len(starts) < 2:
        return False
    first = bs[starts[0] : starts[1]]
    return (
        first[0].kind == "letterhead"
        and _mail_header(first[0].lines)
        and not any(b.kind in ("heading", "list", "masthead") for b in first[1:])
    )


def _trim(bs: list[Block]) -> list[Block]:
    """Drop navigation at both ends, and trailing link-like headings cut off by a gap."""
    while bs and bs[0].kind == "nav":
        bs = bs[1:]
    while bs and bs[-1].kind == "nav":
        bs = bs[:-1]
    # after the text's last paragraph, headings standing alone behind a gap of blank
    # lines are links to other pages ("related articles"), not part of this text
    k = len(bs)
    while k > 1 and bs[k - 1].kind in ("heading", "nav") and bs[k - 1].blank_before >= GAP_LINES:
        k -= 1
    if k < len(bs) and any(b.kind == "prose" for b in bs[:k]):
        bs = bs[:k]
    while bs and bs[-1].kind == "nav":
        bs = bs[:-1]
    return bs


# an author's line under a title: "By", "Por", "Par", "Von" … and a name in capitals, short
# ("Por la Comisión Política del PRTM", "By the Central Committee"; not "Por la paz y …")
_BYLINE_HEADING = re.compile(
    r"^(?i:by|por|par|von|di|door|av)\s+(?:(?i:the|la|el|le|der|die|das|den|il|lo|o|a|l['’])\s*)?"
    r"[A-ZÀ-ÖØ-Þ][^\n.!?]{0,80}$"
)
# a paper's correspondent as the author ("By our correspondent", "Af vores korrespondent",
# "Von unserem Korrespondenten in …", "De notre correspondant", "Od naszego korespondenta")
_CORRESPONDENT = re.compile(
    r"^(?i:(?:by|af|av|von|par|de|por|di|dal|door|van|od|from)\s+(?:\S+\s+){0,2}"
    r"(?:\w*korr?espond\w*|\w*correspond\w*|corrispondent\w*|corresponsal\w*))(?:\s+\S+){0,4}$"
)
# the same after the kind of text, with where and when it was published ("Article by the
# Workers' League of Ara (WLA), member of the ICOR, published on its website, 15 March 2023")
_KIND_BYLINE = re.compile(
    r"^(?P<kind>[^\W\d_]+)\s+(?i:by|por|par|von|di|door|av)\s+"
    r"(?:(?i:the|la|el|le|der|die|das|den|il|lo|o|a|l['’])\s*)?[A-ZÀ-ÖØ-Þ][^\n!?]{0,160}$"
)


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]")


def _author_heading(text: str) -> bool:
    """A heading that is an organisation's name alone, every word of it in capitals but the
    joining ones, no kind of text and no call: its author's line under a title.

    >>> _author_heading("Workers' Party of Ara (Marxist-Leninist)")
    True
    >>> _author_heading("Message to the Communist Party of Ara"), _author_heading("Long live the Party of Ara!")
    (False, False)
    >>> _author_heading("Solidarity with the Communist Party of Ara")
    False
    >>> _author_heading("Рабочая лига Руритании (РЛР)"), _author_heading("Долой войну, рабочая лига!")
    (True, False)
    """
    t = text.strip()
    if "\n" in t or len(t.split()) > 14 or t.endswith(("!", "?", ":", ".")) or not has_org_head(t):
        return False
    if role_of(t) is not None or any(p.search(_fold(t)) for p, _ in kind_patterns()):
        return False
    words = re.sub(r"\([^)]*\)", " ", t).split()
    if words and _CYRILLIC_WORD.match(words[0]):
        # Russian, Ukrainian and Bulgarian names capitalise their first word only
        # ("Коммунистическая рабочая организация Кыргызстана (КРОК)")
        return words[0][:1].isupper()
    return all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def _byline_heading(text: str) -> bool:
    """An author's line under a title ("By the Central Committee", "Article by the …", a
    paper's "By our correspondent", Danish "Af vores korrespondent").

    >>> _byline_heading("By the Central Committee"), _byline_heading("Article by the League of Ara, 1 May 2023")
    (True, True)
    >>> _byline_heading("Af vores korrespondent"), _byline_heading("Von unserem Korrespondenten in Ara")
    (True, True)
    >>> _byline_heading("Solidarity with the miners of Ara"), _byline_heading("Stand by the strikers")
    (False, False)
    """
    t = text.strip()
    if _BYLINE_HEADING.match(t) or _CORRESPONDENT.match(t):
        return True
    m = _KIND_BYLINE.match(t)
    return m is not None and _kind_only(m["kind"])


def _document(source: SourceFile, index: int, bs: list[Block], context: tuple[Quote, ...] = ()) -> Document:
    start, end = bs[0].start, bs[-1].end
    skipped = tuple((b.start, b.end) for b in bs if b.kind == "nav")
    head = 0
    if bs[0].kind in ("masthead", "letterhead"):
        head = 1  # a letterhead is the issuer's, over the title (and no newspaper's)
    title_blocks: list[Block] = []
    # a site's banner: headings over the site's menu or breadcrumb trail, with the page's own
    # title under it ("ICOR" / "Home › Statements" / "No to war!"): the title is the latter
    old_head = head  # the masthead, letterhead or heading of the kind only over the title
    # (and past a paper's table of contents under its masthead: "CONTENTS" / the entries)
    own = _after_banner(bs, _past_contents(bs, head))
    # signatures over the title ("Joint Statement / Signed by: A, B and C" / the title / the
    # text): the title is the heading under them, when the headings over them only name the
    # kind of text or the network, or are a site's name over its menu (not "Final Declaration
    # of the 8th Plenary" / "Participants: …" / "On the international situation", a section's
    # heading)
    signed = next((i for i in range(own, len(bs)) if bs[i].kind not in ("heading", "nav")), len(bs))
    if (
        signed + 1 < len(bs)
        and bs[signed].kind == "list"
        and bs[signed + 1].kind == "heading"
        and not _sentence_list(bs[signed])
        and all(
            bs[k].kind == "nav" or bs[k + 1].kind == "nav" or _kind_heading(bs[k].text)
            for k in range(own, signed)
        )
    ):
        own = signed + 1
    banner, head = own != head, own
    over_date: Block | None
    # the text's date on a line of its own over its title, under its e-mail's header
    # ("Message: 1" + "Date: …" / "2 February 2021" / the title): the text's date
    if (
        bs[0].kind == "letterhead"
        and head == 1
        and head + 1 < len(bs)
        and bs[head].kind == "dateline"
        and len(bs[head].lines) == 1
        and bs[head + 1].kind == "heading"
    ):
        over_date = bs[head]
        head += 1
    else:
        over_date = None
    # the network's name, then the date of the texts of a page on a line of its own, over
    # the title ("ICOR – Internationale Koordinierung …" / "Beschlüsse der 3. Weltkonferenz
    # der ICOR, November 2017" / "Resolution Nr. 1 …"): the dateline is the text's date
    if (
        head + 2 < len(bs)
        and bs[head].kind == "heading"
        and (_names_only_network(bs[head].text) or _kind_of_network(bs[head].text))
        and bs[head + 1].kind == "dateline"
        and len(bs[head + 1].lines) == 1
        and bs[head + 2].kind == "heading"
    ):
        over_date = bs[head + 1]
        if not banner and head == old_head:
            old_head += 2
        head += 2
    # a heading that only names the issuing network ("International Coordination of … (ICOR)",
    # "ICOR Africa"), only the kind of text ("Resolution"), both ("ICOR Africa | Resolution")
    # or the page's section ("International") is a masthead over the title
    # (a note of where the texts were published may stand between: "Documents of the
    # Second International Conference of …" / "[Published in …, May 1984]" / the title)
    while (below := _next_heading(bs, head)) is not None and (
        _names_only_network(bs[head].text)
        or _kind_only(bs[head].text)
        or _kicker(bs[head].text)
        or _numbered_kind(bs[head].text)
        or _section(bs[head].text)
        or _site_banner(bs[head].text)
        # the day the text is for over its title ("8 March 2024 – International Women's Day")
        or is_occasion_line(bs[head].text)
        # the parties that issue it, over its title ("Partis d'Afrique de l'Ouest")
        or _issuer_group(bs[head].text)
    ):
        if (
            not banner
            and head == old_head
            and (_names_only_network(bs[head].text) or _kind_only(bs[head].text))
        ):
            old_head += below - head
        if over_date is None:
            # the kind of text over its date skipped between them ("ICOR Asia" / "Resolution
            # of ICOR Asia" + "February 3, 2021" / the title): the text's date
            over_date = next((b for b in bs[head + 1 : below] if b.kind == "masthead"), None)
        head = below
    if (
        over_date is None
        and head + 2 < len(bs)
        and bs[head].kind == "heading"
        and _kind_of_network(bs[head].text)
        and bs[head + 1].kind == "dateline"
        and len(bs[head + 1].lines) == 1
        and bs[head + 2].kind == "heading"
    ):
        # the same under the network's name ("ICOR Europa" / "Resolution der ICOR" /
        # "28.01.2019" / the title)
        over_date = bs[head + 1]
        head += 2
    # a paper's note over the text it reprints, under the page's section ("INTERNACIONAL" /
    # "Publicamos a continuación la Declaración …" / "Declaración de la XXV Plenaria"): the
    # heading under the note is the title
    note = head + 1 if head + 1 < len(bs) and bs[head].kind == "heading" and _section(bs[head].text) else head
    # (or under the page's own heading, its subtitle and its breadcrumb trail: "Documentos
    # de la XXV Plenaria" / "Conferencia Internacional …" / "Inicio › Documentos" /
    # "Publicamos a continuación los documentos …" / the first text's title)
    if note == head and bs[head].kind == "heading":
        below = next((k for k in range(head + 1, len(bs)) if bs[k].kind not in ("heading", "nav")), None)
        if below is not None and below > head + 1 and _reprint_note(bs[below]):
            note = below
    if note + 2 < len(bs) and bs[note + 1].kind == "heading" and _reprint_note(bs[note]):
        head = note + 1
        # (and past the kicker under the note that names the network or the kind of text:
        # "Wir dokumentieren …" / "ICOR" / the title)
        while (below := _next_heading(bs, head)) is not None and (
            _names_only_network(bs[head].text) or _kind_only(bs[head].text) or _kicker(bs[head].text)
        ):
            head = below
    for b in bs[head:]:
        if b.kind == "heading" and len(title_blocks) < 2:
            if title_blocks and (_names_only_network(b.text) or _kind_of_network(b.text)):
                # the network's name under the title ("**International Conference …**"), or the
                # kind of text and the network ("Statement of the International Conference …")
                break
            if title_blocks and _numbered_kind(b.text):
                break  # the text's kind and number under the title ("Joint Statement No. 3 – …")
            if title_blocks and len(b.lines) >= 2 and is_date_line(b.lines[-1]):
                break  # a subtitle over its dateline, in one paragraph (see _date)
            if title_blocks and is_occasion_line(b.text):
                break  # the day the text is for, under its title ("1 May 2024 – May Day")
            if title_blocks and (_byline_heading(b.text) or _author_heading(b.text) or _kind_byline(b.text)):
                # the author's line under the title ("Por la Comisión Política del PRTM", the
                # party's name alone: "Workers' Party of Ara (Marxist-Leninist)"), or the kind of
                # text and its author ("Communiqué du Parti …", "Statement of the X Party")
                break
            title_blocks.append(b)
            continue
        break
    after = head + len(title_blocks)
    if title_blocks and after + 1 < len(bs) and _title_rest(bs[after]) and bs[after + 1].kind == "dateline":
        # the title's rest in lower case on a line of its own over the dateline ("JOINT
        # COMMUNIQUE" / "of the First International Conference of …" / "Autumn 1980")
        title_blocks.append(bs[after])
    subject = _mail_subject(source, bs[0]) if bs[0].kind == "letterhead" else None
    letter = _letter_title(source, bs[0]) if bs[0].kind == "letterhead" and not title_blocks else None
    if letter is not None:
        # a letter with no heading under its letterhead: the letterhead's line that names the
        # kind of text is the title ("To the X Party" / "Message of solidarity from the Y")
        title, title_quote = letter
    elif not title_blocks and subject is not None:
        # an e-mail whose text has no heading: its subject is the title ("Subject: [list]
        # Fwd: ICOR Resolution …", without the list's tag and the reply's or forward's mark)
        title, title_quote = subject
    elif not title_blocks:
        # no heading: the first sentence stands for the title
        first = next(b for b in bs if b.kind in ("prose", "list", "heading"))
        sentence = re.split(r"(?<=[.!?])\s", first.text, maxsplit=1)[0]
        title = " ".join(sentence.split())[:200]
        title_quote = Quote(
            first.start, first.start + len(sentence), source.text[first.start : first.start + len(sentence)]
        )
    else:
        # a kicker in the title's paragraph, over the title ("ICOR Resolution" / "Stop the
        # war!", a newspaper's long kicker line / the title): the title is what it heads
        shown = title_blocks
        if len(title_blocks) > 1 and all(_issuer_group(x) for x in _title_lines(title_blocks[0].lines)):
            # the parties that issue it over the title ("CIPOML" / "Partis d'Afrique de
            # l'Ouest" / the title): no part of it
            shown = title_blocks[1:]
        title_start = shown[0].start
        first_lines = shown[0].lines
        kept = _title_lines(first_lines)
        # a title framed by dashes ("-- Final Declaration … --") is the words between them
        framed = len(kept) == 1 and unframed(kept[0]) != kept[0].strip()
        if framed:
            kept = [unframed(kept[0])]
        if len(kept) < len(first_lines) or framed:
            title_start = source.text.find(kept[0], title_start, shown[0].end)
        texts = [" ".join(kept), *(unframed(b.text) for b in shown[1:])]
        if len(texts) > 1:
            # the kicker's bracketed gloss of its network's acronym, over the headline
            # ("Statement of the parties of CIPOML (International Conference of …)")
            texts[0] = _ACRONYM_GLOSS.sub(r"\1", texts[0])
        title = " ".join(" ".join(t.split()) for t in texts[:1])
        for t in texts[1:]:
            # a part in lower case goes on the sentence of the one over it ("… of the …")
            title += (" " if t.lstrip()[:1].islower() else ": ") + " ".join(t.split())
        title_end = shown[-1].end
        if len(shown) == 1 and kept[-1] != first_lines[-1]:
            # (without the line of the kind of text and the network under it, or the dashes
            # that frame it)
            title_end = source.text.find(kept[-1], title_start, title_end) + len(kept[-1])
        title_quote = Quote(title_start, title_end, source.text[title_start:title_end])
    date, date_quote = _date(source, bs, head + len(title_blocks))
    if over_date is not None and (found := _first_date(source, over_date)) is not None:
        date, date_quote = found
    if date is None:
        # the date the line over the title gives the text with its number ("Joint Statement
        # No. 31 – 14 September 2023")
        date, date_quote = _numbered_date(source, bs[old_head : head + len(title_blocks) + 1])
    if date is None:
        # the text reports the meeting its first sentence dates ("The Plenary was held from 9
        # to 12 March 2023 in …"): the meeting's first day
        date, date_quote = _meeting_date(source, bs[head + len(title_blocks) :])
    if date is None and bs[0].kind == "letterhead":
        date, date_quote = _mail_date(source, bs[0])  # an e-mail's "Date:" when its text has none
    if date is None:
        # "This year we celebrate the 30th anniversary of the founding … in August 1994"
        date, date_quote = _anniversary_date(source, bs[head + len(title_blocks) :])
    # a heading that only names the network ("ICOR Africa") is the issuer's, no newspaper's
    masthead = (
        old_head == 1
        and bs[0].kind != "letterhead"
        and not (bs[0].kind == "heading" and _names_only_network(bs[0].text))
        # nor, under the network's section of its site ("ICOR – Resolutions"), the line of
        # the kind of text and its author ("Resolution of ICOR" / "October 20, 2023")
        and not (
            bool(context)
            and _network_section(context[0].text)
            and (_kind_heading(bs[0].lines[0]) or _kind_byline(bs[0].lines[0]))
        )
    )
    kind = _kind(bs, head + len(title_blocks), masthead=masthead)
    return Document(
        file=source.name,
        index=index,
        start=start,
        end=end,
        text=_without_contents(source.text, start, end, bs),
        title=title,
        title_quote=title_quote,
        date=date,
        date_quote=date_quote,
        kind=kind,
        skipped=skipped,
        context=context,
    )


def _letter_title(source: SourceFile, b: Block) -> tuple[str, Quote] | None:
    """The line of a letterhead that opens with the kind of text ("Message of solidarity
    from …"), as a title and its quote; None when none does."""
    for line in b.lines:
        folded = _fold(line.strip(" *_#:"))
        if any(p.match(line.strip()) for p in _mail_patterns()):
            continue  # a header's field ("Message: 2", a digest's number) is no title
        if is_heading(line) and any(p.match(folded) for p, _ in kind_patterns()):
            text = line.strip()
            at = source.text.find(text, b.start, b.end)
            return " ".join(text.split()), Quote(at, at + len(text), text)
    return None


def _without_contents(text: str, start: int, end: int, bs: list[Block]) -> str:
    """``text[start:end]`` with the table of contents in it blanked, its length and lines
    kept: the entries name the texts of the file ("- Condemn the coup in Honduras! (July
    2009)"), the events, places and dates in them are none of the text they stand over."""
    out = text[start:end]
    for b in bs:
        if b.contents:
            a, z = b.start - start, b.end - start
            out = out[:a] + re.sub(r"[^\n]", " ", out[a:z]) + out[z:]
    return out


# a line of a table of contents: its entry, then after a tab, wide blanks or a bar the page
# number ("The war and the tasks of the communists — Party of Ara <TAB> 15")
_CONTENTS_LINE = re.compile(r"\S.*?\S(?:[ \t]*\t[ \t]*|[ \t]{2,}|[ \t]*\|[ \t]*)\d{1,4}")


def contents_block(bs: list[Block], i: int) -> bool:
    """``bs[i]`` is a table of contents under its heading ("CONTENTS" / an entry and its
    page number a line): no prose of a text, whose lines the page numbers end.

    >>> bs = [Block(0, 8, ["CONTENTS"], 1, "nav"), Block(9, 40, ["On the war \t 2", "On Ara \t 5"], 1, "prose")]
    >>> contents_block(bs, 1), contents_block(bs, 0)
    (True, False)
    """
    if i < 1 or bs[i].kind not in ("prose", "list") or len(bs[i].lines) < 2:
        return False
    k = i - 1
    while k > 0 and bs[k].kind == "nav" and not contents_heading(bs[k].text):
        k -= 1
    if bs[k].kind != "nav" or not contents_heading(bs[k].text):
        return False
    return contents_lines(bs[i].lines)


def contents_heading(text: str) -> bool:
    """The heading of a paper's table of contents ("CONTENTS", "Sommaire", "Índice")."""
    return _contents().fullmatch(text.strip(" #*_")) is not None


def contents_lines(lines: list[str]) -> bool:
    """Two or more lines, each an entry of a table of contents and its page number."""
    return len(lines) >= 2 and all(_CONTENTS_LINE.fullmatch(x.strip()) for x in lines)


def _past_contents(bs: list[Block], head: int) -> int:
    """Where the title starts under a paper's table of contents, under its masthead
    ("UNITY & STRUGGLE / No. 34" / "CONTENTS" / the entries / the first text's title):
    past it and the page furniture after it; else ``head``."""
    i = head
    while i < len(bs) and bs[i].kind == "nav":
        i += 1
    if i == head or i >= len(bs) or not contents_block(bs, i):
        return head
    i += 1
    while i < len(bs) and bs[i].kind == "nav":
        i += 1
    return i if i < len(bs) else head


def _next_heading(bs: list[Block], head: int) -> int | None:
    """The heading under the heading ``bs[head]``, past the navigation lines between them (a
    note of where the texts were published, "[Published in …]"); None when ``bs[head]`` is
    no heading or the next block past them is none.

    >>> bs = [Block(0, 9, ["Documents"], 1, "heading"), Block(10, 20, ["[Published in X]"], 1, "nav"),
    ...       Block(21, 30, ["Resolution"], 1, "heading")]
    >>> _next_heading(bs, 0), _next_heading(bs, 2)
    (2, None)
    """
    if bs[head].kind != "heading":
        return None
    below = head + 1
    while below < len(bs) and (
        bs[below].kind == "nav"
        # the kind of text and the network over the text's date, under the network's name
        # ("ICOR Asia" / "Resolution of ICOR Asia" + "February 3, 2021" / the title)
        or (
            bs[below].kind == "masthead"
            and len(bs[below].lines) == 2
            and _kind_of_network(bs[below].lines[0])
        )
    ):
        below += 1
    return below if below < len(bs) and bs[below].kind == "heading" else None


def _title_lines(lines: list[str]) -> list[str]:
    """The lines of a title's paragraph that are the title: without a kicker line over it
    that only names the kind of text, the network or the text's number, and without a
    newspaper's long kicker line."""
    if _kicker_title(lines):
        return lines[1:]
    k = 0
    while k + 1 < len(lines) and (
        _kind_only(lines[k]) or _kicker(lines[k]) or _names_only_network(lines[k]) or _numbered_kind(lines[k])
    ):
        k += 1
    # the kind of text and its network under the title, in its paragraph ("On the Floods in
    # Ara" / "Declaration of the ICMLPO"): no part of the title
    end = len(lines)
    while end - 1 > k and (_kind_of_network(lines[end - 1]) or _gloss(lines[end - 1])):
        end -= 1  # (and the bracketed gloss of the kicker's network: "(International …)")
    return lines[k:end]


def _meeting_date(source: SourceFile, body: list[Block]) -> tuple[str | None, Quote | None]:
    """The day (or month) of the meeting the text's first sentence says was held, for a text
    with no date of its own: "The Plenary … was held from 9 to 12 March 2023 in Lisbon",
    "Meeting in Kathmandu on 2 and 3 December 2023, the organisations …", "s'est tenue du
    18 au 20 novembre 2022". Only one month named in the sentence: else whose date is unclear."""
    first = next((b for b in body if b.kind in ("prose", "list", "dateline")), None)
    if first is None or first.kind != "prose":
        return None, None
    text = source.text[first.start : first.end]
    cut = _SENTENCE_END.search(text)
    sentence = text[: cut.start() + 1] if cut else text
    opens = MEETING_OPENS.match(sentence)
    if opens:
        # the participle's phrase only, up to its comma: the main clause may date other things
        comma = sentence.find(",", opens.end())
        sentence = sentence if comma < 0 else sentence[:comma]
    elif not HELD_VERB.search(sentence) or not _MEETING_NOUN.search(sentence):
        # the held verb of a meeting, not of an election or a vote ("The elections held on
        # 14 May 2023 in …" date no text of their own)
        return None, None
    # a year only with its season ("In the autumn of 1980 an International Conference … was
    # held"): a bare year in the sentence may be another's ("the crisis of 2008")
    dates = [d for d in find_dates(sentence) if d.precision != "year" or vague_before(sentence, d.start)]
    if not dates or len({d.iso[:7] for d in dates}) > 1:
        return None, None
    d = dates[0]
    s, e = first.start + d.start, first.start + d.end
    return d.iso, Quote(s, e, source.text[s:e])


@cache
def _anniversary_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An anniversary with its number ("the 30th anniversary", "le trentième anniversaire",
    "der 30. Jahrestag", "the centenary"), and the words of the year a text is written in
    ("this year", "cette année", "heute"): ``data/patterns/event_words.yaml``."""
    words = load_event_words()
    ordinals = sorted(ORDINAL_WORDS, key=len, reverse=True)
    rounds = sorted(words.numbers["anniversary_ordinals"], key=len, reverse=True)
    nouns = sorted(words.words["anniversary_nouns"], key=len, reverse=True)
    present = sorted(words.words["present_words"], key=len, reverse=True)
    ordinal = rf"(?P<num>\d{{1,3}})(?:st|nd|rd|th|ème|eme|e|er|º|°|\.)?|(?P<word>{_any(ordinals)})"
    anniversary = re.compile(
        rf"(?i)(?<!\w)(?:(?:{ordinal})[\s-]+(?:{_any(nouns)})|(?P<round>{_any(rounds)}))(?![^\W\d_])"
    )
    now = re.compile(rf"(?i)(?<![^\W\d_])(?:{_any(present)})(?![^\W\d_])")
    return anniversary, now


def _any(words: list[str]) -> str:
    """An alternation of ``words``, each as it is written."""
    return "|".join(map(re.escape, words))


def _anniversary_date(source: SourceFile, body: list[Block]) -> tuple[str | None, Quote | None]:
    """The year of a text with no date of its own whose sentence marks an anniversary in the
    year it is written ("This year we celebrate the thirtieth anniversary of the founding of
    our Conference in August 1994": 2024), with the year the anniversary counts from (the
    first date after its number, in the sentence)."""
    anniversary, now = _anniversary_patterns()
    rounds = load_event_words().numbers["anniversary_ordinals"]
    for b in body:
        if b.kind != "prose":
            continue
        text = source.text[b.start : b.end]
        low = 0
        for cut in [*_SENTENCE_END.finditer(text), None]:
            high = cut.end() if cut else len(text)
            sentence, offset = text[low:high], low
            low = high
            hit = anniversary.search(sentence)
            if hit is None or now.search(sentence) is None:
                continue
            if hit.group("num"):
                n = int(hit.group("num"))
            elif hit.group("word"):
                n = ORDINAL_WORDS[hit.group("word").lower()]
            else:
                n = rounds[hit.group("round").lower()]
            since = next(iter(find_dates(sentence[hit.end() :])), None)
            if since is None or n < 1:
                continue
            s, e = b.start + offset + hit.start(), b.start + offset + hit.end() + since.end
            return f"{int(since.iso[:4]) + n:04d}", Quote(s, e, source.text[s:e])
    return None, None


#: the end of a sentence: not a German day's full stop ("am 9. und 10. März 2024")
_SENTENCE_END = re.compile(r"(?<!\b\d)(?<!\b\d\d)[.!?](?=\s+[^\W\d_]|\s*$)")
#: the words of a meeting, in the networks' languages (stems): the subject of the held verb
#: that dates a text by its first sentence
_MEETING_NOUN = re.compile(
    # (within a word too: German compounds, "Europakonferenz", "Plenartagung")
    r"(?i)(?:meeting|plenar|plénière|plenum|conferen|conférence|konferen|sesión|séance|seminar|séminaire"
    r"|assembl|asamblea|versammlung|congres|congrès|kongress|kongre|reuni|réuni|riunion|tagung|sitzung"
    r"|encuentro|encontro|rencontre|incontro|summit|gathering|toplantı|delegat|délégu|coordinat|committee"
    r"|comité|comitato|komitee|(?<![^\W\d_])(?:session|treffen))"
)


def _numbered_date(source: SourceFile, heads: list[Block]) -> tuple[str | None, Quote | None]:
    """The day or month a heading over the title gives with the text's kind and number."""
    for b in heads:
        for line_start, line in _lines_with_offsets(source.text, b):
            if b.kind != "heading" or not _numbered_kind(line):
                continue
            for d in find_dates(line):
                if d.precision != "year":
                    s, e = line_start + d.start, line_start + d.end
                    return d.iso, Quote(s, e, source.text[s:e])
    return None, None


@cache
def _share() -> re.Pattern[str]:
    """A row of sharing links ("Partager : Facebook | …"): the words of the list ``share``
    of ``navigation.txt``."""
    return re.compile(rf"(?i)^(?:{navigation_words('share')})\b")


@cache
def _menu() -> re.Pattern[str]:
    """A site's menu, breadcrumb trail or rule, as a banner has under its headings: three or
    more items between separators, a trail from the home page, "You are here: …", a rule.
    Not a post's own furniture under its title ("Tags: Gaza | Palestine", "Categories: …",
    "← Previous post", "Read more"), which keeps the title over it. The words of the home
    page and of "You are here" are the lists ``home`` and ``here`` of ``navigation.txt``."""
    return re.compile(
        r"(?i)^(?:[^\s:|•·»›>/][^:|•·»›>/]{0,40}(?:[|•·»›>/][^:|•·»›>/]{1,40}){2,}[|•·»›>/]?"
        rf"|(?:{navigation_words('home')})\s*[|•·»›>/].*"
        # a menu whose items are set apart by runs of blanks ("Home  Declarations  Contact")
        rf"|(?:{navigation_words('home')})(?:\s{{2,}}|\t)(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]).*"
        rf"|(?:{navigation_words('here')})\s*:.*"
        r"|(?:[-*_=~—–─━]\s*){3,})$"
    )


def _after_banner(bs: list[Block], head: int) -> int:
    """Where the page's own title starts, past a site's banner: the headings at the top, the
    site's menu or breadcrumb trail under them (no date, no sharing row), and more headings
    under it before the text's first paragraph.

    Linear in the number of blocks: only the last menu between the first and the last
    heading counts, and the dates of the menus under it are not read.
    """
    first = next((i for i in range(head, len(bs)) if bs[i].kind not in ("heading", "nav")), len(bs))
    headings = [i for i in range(head, first) if bs[i].kind == "heading"]
    if not headings:
        return head
    for i in range(headings[-1] - 1, headings[0], -1):
        if (
            bs[i].kind == "nav"
            and _menu().match(bs[i].text)
            and not _share().match(bs[i].text)
            and not _posted().match(bs[i].text)
            and not any(d.precision != "year" for d in find_dates(bs[i].text))
        ):
            nxt = i + 1
            while bs[nxt].kind == "nav":
                nxt += 1
            return nxt
    return head


@cache
def _tagline() -> re.Pattern[str]:
    """A site's or paper's banner: its name, a dash or bar, and what it is ("Organ of …", "News
    from …"): the words of the lists ``tagline`` and ``tagline_of`` of ``navigation.txt``."""
    return re.compile(
        rf"(?i)^[^|—–·!?:\n]{{2,80}}?\s+[|—–·]\s+(?:the\s+|el\s+|la\s+|le\s+|l'|die\s+|das\s+|der\s+|o\s+|a\s+)?"
        rf"(?:[\w-]+\s+)?(?:{navigation_words('tagline')})\s+(?:(?:{navigation_words('tagline_of')})\s+\S.{{0,100}}"
        # or the paper's name in quotes ("Partido … – Órgano central «Avance Obrero»")
        r"|[«\"“„‹][^«»\"“”„‹›]{1,80}[»\"”“›])$"
    )


def _site_banner(text: str) -> bool:
    """A heading over the title that is a site's or paper's name and what it is, and no kind of
    text: "Bandera Roja — Órgano de la Organización Comunista …", "Unity & Struggle Online —
    News from the ICMLPO".

    >>> _site_banner("Red Dawn — Organ of the Workers' League"), _site_banner("Unity & Struggle — News from the ICMLPO")
    (True, True)
    >>> _site_banner("Workers' League of Ara (WLA) – Central organ «Red Dawn»")
    True
    >>> _site_banner("Declaration — Voice of the peoples"), _site_banner("No to war — yes to the struggle of the peoples")
    (False, False)
    """
    t = " ".join(text.split())
    return (
        "\n" not in text.strip()
        and bool(_tagline().match(t))
        and not any(p.search(_fold(t)) for p, _ in kind_patterns())
    )


#: words that make a kind of text a joint one ("Joint Statement", "Gemeinsame Erklärung")
_JOINT = re.compile(r"(?i)\b(?:joint|common|gemeinsame|conjunta|conjunto|commune|congiunta|comune|ortak)\b")


def _kicker(text: str) -> bool:
    """A line over the title that names the issuing network and the kind of text, and
    nothing else: "ICOR Africa | Resolution", "CIPOML | Declaración", "Joint Statement".

    >>> _kicker("ICOR Africa | Resolution"), _kicker("Gemeinsame Erklärung"), _kicker("ICOR Bildirisi")
    (True, True, True)
    >>> _kicker("Appel de la CIPOML"), _kicker("Declaration of the XX Plenary")
    (False, False)
    """
    if len(text.split()) > 6 or any(c.isdigit() for c in text):
        return False
    rest, kinds, hits = _without_networks_and_kinds(text)
    left = re.sub(r"[|·•/()\[\]–—:,&*_-]", " ", rest).split()
    # the network's region may stay ("ICOR Europe"), no words of a phrase ("de la CIPOML")
    return kinds > 0 and (not left or (bool(hits) and len(left) <= 2 and not _CONNECTORS & set(left)))


def _kind_of_network(text: str) -> bool:
    """A line that names the kind of text and the network that issued it, and nothing else:
    "Statement of the International Conference of … (ICMLPO)", "Déclaration de la CIPOML".

    >>> _kind_of_network("Statement of the International Coordination of Revolutionary Parties and Organizations (ICOR)")
    True
    >>> _kind_of_network("Declaration of the ICMLPO on the Elections in Ecuador"), _kind_of_network("ICOR")
    (False, False)
    >>> _kind_of_network("Resolution of ICOR Asia"), _kind_of_network("Declaration of the ICMLPO on Asia")
    (True, False)
    """
    if any(c.isdigit() for c in text):
        return False
    rest, kinds, hits = _without_networks_and_kinds(text)
    if not hits:
        return False
    left = set(re.sub(r"[|·•/()\[\]–—:,&*_'’-]", " ", rest).split()) - _CONNECTORS - {"l", "d"}
    # the network's continental coordination right after its name ("Resolution of ICOR Asia",
    # "Erklärung der ICOR Europa"), as _names_only_network reads it
    for _s, e, _key, _what in hits:
        after = re.match(r"[\s–—-]*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*$", text[e:])
        if after is not None and _continent_line(after.group(1)):
            left -= set(_fold(after.group(1)).split())
    return kinds > 0 and not left


def _without_networks_and_kinds(text: str) -> tuple[str, int, tuple[tuple[int, int, str, str], ...]]:
    """``text`` folded, without the networks' names, the kinds of text and "joint": what is
    left, how many kinds it named, and the networks' hits (``pattern_hits``)."""
    hits = pattern_hits(text)
    rest = text
    for s, e, _key, _what in sorted(hits, key=lambda h: h[0] - h[1]):
        rest = rest.replace(text[s:e], " ")
    rest = _fold(rest)
    kinds = 0
    for p, _ in kind_patterns():
        rest, n = p.subn(" ", rest)
        kinds += n
    return _JOINT.sub(" ", rest), kinds, hits


_CONNECTORS = frozenset(
    "of the a an for on to in at by de la le les el los las del des du der die das den von zur zum "
    "di della dello dei delle do da dos das e et y und and o ou".split()
) | frozenset(load_name_words().words["name_connectors"])


def _reprint_note(b: Block) -> bool:
    """A paper's short note over a text it reprints: a paragraph of prose of at most three
    sentences whose first words say so ("Publicamos a continuación …", "Nota da redação:
    Reproduzimos …", "Wir dokumentieren …", "… açıklamasını okurlarımıza sunuyoruz.").

    >>> _reprint_note(Block(0, 0, ["Publicamos a continuación la Declaración de la Plenaria."], 1, "prose"))
    True
    >>> _reprint_note(Block(0, 0, ["The workers publish their demands."], 1, "prose"))
    False
    """
    if b.kind != "prose" or len(_SENTENCE_END.findall(b.text)) > 3 or len(b.text.split()) > 90:
        return False
    first = _SENTENCE_END.split(b.text, maxsplit=1)[0]
    return re.search(rf"(?i)(?<![^\W\d_])(?:{navigation_words('reprint')})(?![^\W\d_])", first) is not None


def _section(text: str) -> bool:
    """A category or section of the site over the title: one or two words, no number, no
    colon, no kind of text ("INTERNATIONAL", "Notícias", "Internazionale").

    >>> _section("INTERNATIONAL"), _section("Declaration"), _section("Stop the war!")
    (True, False, False)
    """
    t = text.strip()
    words = t.split()
    return (
        1 <= len(words) <= 2
        and all(w.replace("-", "").isalpha() for w in words)
        and not _kind_only(t)
        and not any(p.search(_fold(t)) for p, _ in kind_patterns())
    )


@cache
def _party_plurals() -> frozenset[str]:
    """The plural words for parties and organisations ("partis", "parties", "Parteien"), as
    ``country_parties`` of ``name_words.yaml`` has them after their article."""
    words = set()
    for lead in load_name_words().words["country_parties"]:
        words.update(lead.split()[1:2])
    return frozenset(words)


def _issuer_group(text: str) -> bool:
    """A short heading that only names the group of parties issuing the text ("Partis
    d'Afrique de l'Ouest", "Parties of Southern Africa"), over its title: no title.

    >>> _issuer_group("Partis d'Afrique de l'Ouest"), _issuer_group("Parties of Europe, unite!")
    (True, False)
    """
    t = text.strip()
    words = t.split()
    if not 2 <= len(words) <= 6 or re.search(r"[!?:;.,]", t):
        return False
    return words[0].casefold() in _party_plurals()


def _names_only_network(text: str) -> bool:
    """A line that is a network's name, with its acronym, motto or a region at most: no
    kind of text and no number ("Resolution of the Second International Conference of …"
    is a title).

    >>> _names_only_network("International Coordination of Revolutionary Parties and Organizations (ICOR)")
    True
    >>> _names_only_network("ICOR Africa"), _names_only_network("Declaration of the ICOR")
    (True, False)
    """
    hits = pattern_hits(text)
    rest = text
    for s, e, _key, _what in sorted(hits, key=lambda h: h[0] - h[1]):
        rest = rest.replace(text[s:e], " ")
    rest = re.sub(r"[()\[\]–—:,&*_-]", " ", rest)
    if not hits or len(rest.split()) > 3 or any(c.isdigit() for c in rest):
        return False
    low = _fold(rest)
    if any(w.lower() in ORDINAL_WORDS or re.fullmatch(r"[MDCLXVI]{2,}", w) for w in rest.split()):
        return False  # "XXIX Plenary", "Second …": a meeting
    return not any(p.search(low) for p, _ in kind_patterns())


@cache
def _section_heading() -> re.Pattern[str]:
    """A site's section that lists texts, after the site's name and a separator, with a year
    at most: the words of the list ``section`` of ``navigation.txt``."""
    return re.compile(
        rf"(?i)^(?P<site>.+?)\s[–—|/:-]\s*(?:{navigation_words('section')})(?:\s+(?:19|20)\d\d)?\s*$"
    )


def _network_section(text: str) -> bool:
    """A site's section heading over the texts it lists, under the network's name and no
    other: "CIPOML / ICMLPO – Statements 2023", "ICOR | Resoluciones".

    >>> _network_section("CIPOML / ICMLPO – Statements 2023"), _network_section("ICOR | Resoluciones")
    (True, True)
    >>> _network_section("Red Dawn – Statements 2023"), _network_section("Declaration of the ICOR")
    (False, False)
    """
    m = _section_heading().match(text.strip())
    return m is not None and _names_only_network(m["site"])


def _kind_heading(text: str) -> bool:
    """A heading that names the kind of text, at most with an adjective ("Joint Statement",
    "Déclaration commune"), or only the network.

    >>> _kind_heading("Déclaration commune"), _kind_heading("Final Declaration of the 8th Plenary")
    (True, False)
    """
    if _kind_only(text) or _names_only_network(text):
        return True
    t = _fold(text.strip(" *_#:"))
    return len(t.split()) <= 3 and any(p.search(t) for p, _ in kind_patterns())


#: the preposition between a kind of text and its author, in the networks' languages
_AUTHOR_OF = re.compile(
    r"\s+(?:of|by|from|du|des|de\s+la|de\s+l['’]|de|d['’]|der|des|von|del|de\s+los|de\s+las|della|dei|degli|"
    r"dell['’]|do|da|dos|das)(?=[\s'’]|$)"
)


def _kind_byline(text: str) -> bool:
    """A heading that is the kind of text and its author, one line and no sentence:
    "Communiqué du Parti X (PX)", "Statement of the Y Party", "Déclaration des partis de …".

    >>> _kind_byline("Communiqué du Parti Communiste de Ruritanie (PCR)")
    True
    >>> _kind_byline("Déclaration des partis africains de la CIPOML")
    True
    >>> _kind_byline("Declaration on the war in Ukraine"), _kind_byline("Appel à la grève !")
    (False, False)
    >>> _kind_byline("Statement of the party: no to war!"), _kind_byline("Justice pour tous")
    (False, False)
    """
    line = " ".join(text.split())
    if "\n" in text.strip() or len(line) > 140 or re.search(r"[!?:;]|\.\s|\.$", line):
        return False
    t = _fold(line.strip(" *_#"))
    for p, _kind in kind_patterns():
        m = p.match(t)
        if m is not None and _AUTHOR_OF.match(t, m.end()):
            return True
    return False


def _kind_only(text: str) -> bool:
    """A line that only names the kind of text ("Resolution", "DECLARATION")."""
    t = _fold(text.strip(" *_#:"))
    return any(p.fullmatch(t) for p, _ in kind_patterns())


def _date(source: SourceFile, bs: list[Block], after_title: int) -> tuple[str | None, Quote | None]:
    """The document's own date: a masthead or a dateline under the title, else a closing one.

    A closing dateline ends the text, or stands after its last paragraph of prose and
    before the signatures.
    """
    candidates: list[Block] = []
    if bs[0].kind == "masthead":
        candidates.append(bs[0])
    # under the title, or under the page's furniture and the heading after it ("You are
    # here: …", "Posted on …", then the page's own title)
    under = after_title
    while under < len(bs) and bs[under].kind == "nav":
        under += 1
    if under > after_title:
        while under < len(bs) and bs[under].kind == "heading":
            under += 1
    if under + 1 < len(bs) and bs[under + 1].kind == "dateline" and _reprint_note(bs[under]):
        # a blog's or paper's note between the title and the reprinted text's dateline ("We
        # reprint below the joint statement of …" / "Dublin, 1st May 2016"): the text's day,
        # not the post's
        under += 1
    # a subtitle between the title and its dateline ("of the … Conference"), or two: the
    # issuer's line and the text's slogan ("ICOR America – Continental Coordination" /
    # "Down with the government of …!" / "Lima, January 14, 2023")
    between = under
    while between < len(bs) and between - under < 2 and (_subtitle(bs[between]) or _slogan(bs[between])):
        between += 1
    if under < between < len(bs) and bs[between].kind == "dateline" and _subtitle(bs[under]):
        under = between
    if under < len(bs) and bs[under].kind == "dateline":
        candidates.append(bs[under])
    elif (
        under < len(bs)
        and bs[under].kind in ("heading", "masthead")
        and len(bs[under].lines) >= 2
        and is_date_line(bs[under].lines[-1])
    ):
        # a subtitle and its dateline on the next line, in one paragraph ("Statement of the
        # … Parties of Europe" / "29 September 2024")
        candidates.append(bs[under])
    elif under < len(bs) and bs[under].kind == "heading" and _byline_dateline(bs[under].text):
        candidates.append(bs[under])  # "Executive Committee of the … — Madrid, 4 November 2019"
    elif (
        after_title >= 2
        and bs[after_title - 1].kind == "heading"
        and _byline_dateline(bs[after_title - 1].text)
    ):
        candidates.append(bs[after_title - 1])  # the same line read as the title's last
    elif under < len(bs) and bs[under].kind == "prose" and (lead := _lead_dateline(source, bs[under])):
        candidates.append(lead)  # "Kolkata, 26 November 2023. Nearly 3,000 people marched …"
    tail = [b for b in bs if b.kind != "nav"]
    if tail and (tail[-1].kind == "dateline" or _signed_dateline(tail[-1])):
        candidates.append(tail[-1])
    elif tail and tail[-1].kind == "prose" and len(tail[-1].lines) <= 3 and is_date_line(tail[-1].lines[-1]):
        # the text's last short paragraph ends with its sign-off's dateline ("Adopted
        # unanimously." / "4th World Conference of ICOR, 13 November 2022")
        candidates.append(tail[-1])
    # a dateline after the text's last paragraph of prose, before its signatures
    # ("Madrid, November 2024" / "Parties participating in the Plenary:" / the list: the
    # list's introduction is no prose of the text)
    prose = [
        i
        for i, b in enumerate(bs)
        if b.kind == "prose"
        and not (b.text.rstrip().endswith(":") and i + 1 < len(bs) and bs[i + 1].kind == "list")
    ]
    # the signatures in a sentence that closes the text ("Le 12 février 2024" / "Cette
    # déclaration est signée par A (Sénégal), B (Mali) et C (France).") are no prose of it
    if len(prose) > 1 and (_signature_sentence(bs, prose[-1]) or _signer_lines(bs, prose[-1])):
        prose.pop()
    if prose:
        candidates += [b for b in bs[prose[-1] + 1 :] if b.kind in ("dateline", "masthead")][-1:]
    found = [f for f in (_first_date(source, b) for b in candidates) if f is not None]
    if not found:
        posted = _posted_date(source, bs)
        if posted[0] is None:
            posted = _signatures_date(source, bs)
        # (the occasion's line over the title, or right under it: "Statement on May Day" /
        # "1 May 2024 – May Day")
        return posted if posted[0] is not None else _occasion_date(source, bs[: after_title + 1])
    iso, q = found[0]
    if bs[0].kind == "masthead" and found[0][1].start < bs[0].end:
        # a bulletin's issue date ("Spring 2021") gives way to the text's own, more
        # precise dateline of the same period ("15.03.2021"), or of the two months before a
        # monthly issue ("December 2023" over a report of "26 November 2023")
        finer = [f for f in found[1:] if len(f[0]) > len(iso) and _in_issue(f[0], iso)]
        if finer:
            return finer[0]
        # a paper's issue reprints a text that carries its own day, a few days or weeks
        # before the issue's ("No. 214 · 25 August 2023" over "… August 21, 2023"): the
        # text's own day is its date; so its own month before a monthly issue's ("Nº 212 —
        # noviembre de 2019" over a plenary's "XXV Plenaria, Ecuador, octubre de 2019")
        # (or its own day before a monthly issue: a bulletin's "No. 4/2019 · December 2019"
        # over its table of contents and a statement of "15 April 2019")
        own = [f for f in found[1:] if f[1].start >= bs[0].end and len(f[0]) >= len(iso) >= 7]
        issue = any(_issue_line(x) for x in bs[0].lines)
        if issue and own and own[0][0][:7] < iso and _months_between(own[0][0][:7], iso) <= 12:
            # (or of the year before: a bulletin's issue of September 2009 that collects the
            # texts of the year, "Declaration of the Plenary" / "November 2008")
            return own[0]
    return iso, q


def _months_between(earlier: str, later: str) -> int:
    """Months from one ISO date's month to another's ("2008-11" to "2009-09": 10).

    >>> _months_between("2008-11-03", "2009-09"), _months_between("2019-10", "2019-11")
    (10, 1)
    """
    return (int(later[:4]) - int(earlier[:4])) * 12 + int(later[5:7]) - int(earlier[5:7])


def _byline_dateline(line: str) -> bool:
    """A line under the title naming the text's author, then after a dash its place and
    date ("Comité Ejecutivo del Partido — Madrid, 4 de noviembre de 2019").

    >>> _byline_dateline("Executive Committee of the Party — Madrid, 4 November 2019")
    True
    >>> _byline_dateline("The war in Yemen — a crime of imperialism")
    False
    >>> _byline_dateline("Article by the League of Ara, published on its website, 15 March 2023")
    True
    """
    line = line.strip()
    if "\n" in line or len(line.split()) > (24 if _byline_heading(line) else 20):
        return False
    for dash in _byline_seps(line):
        author, sep, date = line.rpartition(dash)
        if sep and author.strip() and is_date_line(date):
            return True
    return False


def _byline_seps(line: str) -> tuple[str, ...]:
    """What parts the author from the date on a byline's dateline: a dash or a bar, or a comma
    on a line that opens as the author's ("Article by …, published on …, 15 March 2023")."""
    return (" — ", " – ", " | ", ", ") if _byline_heading(line) else (" — ", " – ", " | ")


# what follows a dateline that opens the first paragraph: a full stop, a colon or a dash
_AFTER_LEAD = re.compile(r"\s*(?:[.:]|\s[-–—]|[–—])\s+(?=\S)")


def _lead_dateline(source: SourceFile, b: Block) -> Block | None:
    """The dateline opening a text's first paragraph, a news report's ("Kolkata, 26 November
    2023. Nearly 3,000 people …", "Berlin, 3. Oktober 2023 – Tausende …"), as a block of its
    own; None when the paragraph opens otherwise ("On 26 November 2023 the workers …").

    >>> t = "Ara, 26 November 2023. Nearly 3,000 people marched."
    >>> _lead_dateline(SourceFile("f", "f", t, "utf-8", ""), Block(0, len(t), [t], 0, "prose")).lines
    ['Ara, 26 November 2023']
    >>> t = "On 26 November 2023 the workers marched."
    >>> _lead_dateline(SourceFile("f", "f", t, "utf-8", ""), Block(0, len(t), [t], 0, "prose")) is None
    True
    """
    opening = source.text[b.start : min(b.end, b.start + 120)]
    for d in find_dates(opening):
        if d.precision == "year" or len(opening[: d.start].split()) > 6:
            return None
        prefix = opening[: d.end]
        if _AFTER_LEAD.match(opening, d.end) is None or not is_date_line(prefix):
            return None
        return Block(b.start, b.start + d.end, [prefix], 0, "dateline")
    return None


def _occasion_date(source: SourceFile, heads: list[Block]) -> tuple[str | None, Quote | None]:
    """The day a text is for, over its title ("8 March 2024 – International Women's Day"),
    when the text gives no date of its own."""
    for b in heads:
        if b.kind == "heading" and is_occasion_line(b.text):
            for d in find_dates(b.text):
                return d.iso, Quote(
                    b.start + d.start, b.start + d.end, source.text[b.start + d.start : b.start + d.end]
                )
    return None, None


def _in_issue(date: str, issue: str) -> bool:
    """Whether a text's date falls in its issue's period, or in the two months before a
    monthly issue.

    >>> _in_issue("2023-11-26", "2023-12"), _in_issue("2023-12-02", "2023"), _in_issue("2023-08-01", "2023-12")
    (True, True, False)
    """
    if date.startswith(issue):
        return True
    if len(issue) != 7:
        return False
    before = (int(issue[:4]) * 12 + int(issue[5:7])) - (int(date[:4]) * 12 + int(date[5:7]))
    return 0 < before <= 2


def _signatures_date(source: SourceFile, bs: list[Block]) -> tuple[str | None, Quote | None]:
    """The day of the text's signatures, when the text has no dateline: the line that
    introduces them gives the day they were counted ("First signatories (as of 12 March
    2024):", "Unterzeichner (Stand: 2.5.2024):", "Firmantes (al 1 de marzo de 2024):")."""
    for b in bs:
        if b.kind == "nav":
            continue
        for line_start, line in _lines_with_offsets(source.text, b):
            if (
                not line.rstrip(" *_").endswith(":")
                or len(line.split()) > 12
                or role_of(line) is not Role.SIGNATORY
            ):
                continue
            for d in find_dates(line):
                if d.precision == "day":
                    return d.iso, Quote(
                        line_start + d.start,
                        line_start + d.end,
                        source.text[line_start + d.start : line_start + d.end],
                    )
    return None, None


def _signed_dateline(b: Block) -> bool:
    """The text's last paragraph: its issuer, on a line or two that end in a comma or in no
    full stop, and the date on the last line ("Coordinamento Internazionale … (ICOR)," /
    "10 febbraio 2023").

    >>> _signed_dateline(Block(0, 0, ["International Coordination of Revolutionary Parties (ICOR),", "10 February 2023"], 1))
    True
    >>> _signed_dateline(Block(0, 0, ["We met in Rome and agreed on the following points.", "10 February 2023"], 1))
    False
    """
    lines = b.lines
    return (
        b.kind in ("prose", "masthead", "heading")
        and 2 <= len(lines) <= 3
        and is_date_line(lines[-1])
        and all(len(x.split()) <= 16 and not x.rstrip().endswith((".", "!", "?", ":")) for x in lines[:-1])
        and all(x.lstrip("\"'“‘«(")[:1].isupper() for x in lines[:-1])
    )


def _signer_lines(bs: list[Block], i: int) -> bool:
    """The paragraph ``bs[i]`` that closes the text is its signers, too few for a list: two
    or three short lines, each an organisation's name ("Workers' League of Ara (WLA), Mali" /
    "Red Front of Bel (RFB), Chad"), and only page furniture after it.

    >>> b = Block(0, 0, ["Workers' League of Ara (WLA), Mali", "Red Front of Bel (RFB), Chad"], 1)
    >>> _signer_lines([b], 0)
    True
    >>> _signer_lines([Block(0, 0, ["The Party of Ara calls on the workers", "to strike on Monday."], 1)], 0)
    False
    """
    if any(b.kind != "nav" for b in bs[i + 1 :]):
        return False
    lines = bs[i].lines
    return 2 <= len(lines) <= 3 and all(
        len(x.split()) <= 16
        and not x.rstrip().endswith((".", "!", "?", ":"))
        and has_org_head(x)
        and is_heading(x)
        for x in lines
    )


def _signature_sentence(bs: list[Block], i: int) -> bool:
    """The paragraph ``bs[i]`` signs the text: its opening words say so ("Cette déclaration
    est signée par …", "Signed by …", "Firman: …") and only page furniture follows it."""
    if any(b.kind != "nav" for b in bs[i + 1 :]):
        return False
    return role_of(" ".join(bs[i].text.split()[:8])) is Role.SIGNATORY


_MAIL_MARKS = re.compile(r"(?i)^(?:\s*(?:\[[^\]]{1,40}\]|(?:re|fwd?|aw|wg|tr|rv|i)\s*:))+\s*")


def _mail_line(source: SourceFile, b: Block, which: int) -> tuple[str, Quote] | None:
    """The value of an e-mail header's Date (``which`` 2) or Subject (3) line, with its quote."""
    if not _mail_header(b.lines):
        return None
    pattern = _mail_patterns()[which]
    for line_start, line in _lines_with_offsets(source.text, b):
        m = pattern.match(line)
        if m is not None:
            return m["v"], Quote(
                line_start + m.start("v"),
                line_start + m.end(),
                source.text[line_start + m.start("v") : line_start + m.end()],
            )
    return None


def _mail_subject(source: SourceFile, b: Block) -> tuple[str, Quote] | None:
    """An e-mail's subject, without its list's tag and the marks of a reply or forward
    ("[ICOR-news] Fwd: ICOR Resolution …" is "ICOR Resolution …")."""
    found = _mail_line(source, b, 3)
    if found is None:
        return None
    value, q = found
    cut = _MAIL_MARKS.match(value)
    skip = cut.end() if cut else 0
    title = " ".join(value[skip:].split())
    if not title:
        return None
    return title, Quote(q.start + skip, q.end, source.text[q.start + skip : q.end])


def _mail_date(source: SourceFile, b: Block) -> tuple[str | None, Quote | None]:
    """The day of an e-mail's "Date:" line ("Date: Mon, 15 Apr 2024 at 09:12")."""
    found = _mail_line(source, b, 2)
    if found is not None:
        value, q = found
        for d in find_dates(value):
            if d.precision != "year":
                return d.iso, Quote(
                    q.start + d.start, q.start + d.end, source.text[q.start + d.start : q.start + d.end]
                )
    return None, None


def _title_rest(b: Block) -> bool:
    """One line of prose that goes on the title over it: it starts in lower case and ends in
    no full stop ("of the First International Conference of …").

    >>> _title_rest(Block(0, 0, ["of the International Conference of Parties"], 1, "prose"))
    True
    >>> _title_rest(Block(0, 0, ["the workers struck."], 1, "prose"))
    False
    """
    return _subtitle(b) and b.kind == "prose" and b.text.lstrip()[:1].islower() and len(b.text.split()) <= 20


def _subtitle(b: Block) -> bool:
    """A heading, or one line of prose that ends in no full stop, between a title and its
    dateline: "JOINT COMMUNIQUÉ" / "of the International Conference of …" / "October 1980"."""
    if b.kind == "heading":
        return True
    text = b.text.strip()
    return b.kind == "prose" and "\n" not in text and not text.endswith((".", "!", "?", ":"))


def _slogan(b: Block) -> bool:
    """One short line of prose that ends in an exclamation mark, under a title: the text's
    slogan ("Down with the murderous government of …! Solidarity with …!")."""
    text = b.text.strip()
    return b.kind == "prose" and "\n" not in text and text.endswith("!") and len(text) <= 200


@cache
def _posted() -> re.Pattern[str]:
    """A post's line of publication ("Posted on …", "Publié le …"): the words of the list
    ``posted`` of ``navigation.txt``."""
    return re.compile(rf"(?i)^(?:{navigation_words('posted')})\b")


# a post's permanent link, its date in the path ("Permalink: https://…/2022/06/14/message/");
# the link runs to the end of the line, which is checked once (else each "/2024/01/" of a
# long line with a space in it would be tried against the rest of the line: quadratic)
_PERMALINK = re.compile(
    r"(?i)^(?:(?:permalink|permalien|enlace permanente|link permanente|dauerhafter link|kalıcı bağlantı)\s*:?\s*)?"
    r"(?:https?://|www\.)(?=\S*$)\S*?/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?:(?P<d>[0-3]\d)/)?\S*$"
)


def _posted_date(source: SourceFile, bs: list[Block]) -> tuple[str | None, Quote | None]:
    """A blog's "Posted on 10 February 2023 by …" or "Filed under ICOR | 10 February 2023"
    above the text, when the text has no dateline of its own: the day it was published;
    else the date in the path of the post's permanent link under the text ("Permalink:
    https://…/2022/06/14/…")."""
    for b in bs:
        if b.kind == "prose":
            break
        # or a post's meta line, read as a menu for its separators ("By our correspondent ·
        # 24.11.2019 · ICMLPO"), when it is a dateline
        if b.kind != "nav" or not (_posted().match(b.text) or is_date_line(b.text)):
            continue
        for d in find_dates(b.text):
            if d.precision != "year":
                return d.iso, Quote(
                    b.start + d.start, b.start + d.end, source.text[b.start + d.start : b.start + d.end]
                )
    for b in bs:
        m = _PERMALINK.match(b.text) if b.kind != "prose" and "\n" not in b.text else None
        if m is None or not 1 <= int(m["m"]) <= 12 or (m["d"] and not 1 <= int(m["d"]) <= 31):
            continue
        s, e = m.start("y"), m.end("d") if m["d"] else m.end("m")
        iso = f"{m['y']}-{m['m']}" + (f"-{m['d']}" if m["d"] else "")
        return iso, Quote(b.start + s, b.start + e, source.text[b.start + s : b.start + e])
    return None, None


def _first_date(source: SourceFile, b: Block) -> tuple[str, Quote] | None:
    """The date of the block's first date line, with its quote."""
    for line_start, line in _lines_with_offsets(source.text, b):
        # a newspaper's issue line is its masthead's date ("Journal du … – N° 118 – décembre 2023")
        if not (is_date_line(line) or (b.kind == "masthead" and _issue_line(line))):
            if not _byline_dateline(line):
                continue
            # the date after the author's name ("Comité Ejecutivo del … — Madrid, 4 de …")
            cut = max(line.rfind(dash) for dash in _byline_seps(line))
            line_start, line = line_start + cut, line[cut:]
        dates = list(find_dates(line))
        # the issue's number is no year ("Edición 1987 – 2023-03-18", "Nº 2019 · 5 May 2024"):
        # a bare "year" right after the issue's word, when the line has another date
        numbers = {m.end() - 1 for m in _issue_re().finditer(line)}
        if len(dates) > 1:
            dates = [d for d in dates if not (d.precision == "year" and d.start in numbers)]
            # "Nr. 11 / 2023 · Udgivet 30. november 2023": the issue's year gives way to
            # the day of the same year the line names
            finer = {d.iso[:4] for d in dates if d.precision != "year"}
            dates = [d for d in dates if not (d.precision == "year" and d.iso in finer)]
        # "Kathmandu, 2072 Baisakh 20 (3 May 2015)": another calendar's year, glossed by the
        # bracketed date after it
        glossed = [d for d in dates if d.precision != "year" and line[: d.start].rstrip().endswith("(")]
        if glossed and dates[0].precision == "year":
            dates = glossed
        for d in dates:
            q = Quote(
                line_start + d.start,
                line_start + d.end,
                source.text[line_start + d.start : line_start + d.end],
            )
            return d.iso, q
    return None


def _lines_with_offsets(text: str, b: Block) -> Iterator[tuple[int, str]]:
    pos = b.start
    for line in text[b.start : b.end].split("\n"):
        lead = _lead(line)
        yield pos + lead, line.strip()
        pos += len(line) + 1


def _kind(bs: list[Block], after_title: int, *, masthead: bool) -> str:
    """The kind of text, from the words of its title and dateline."""
    under = after_title
    while under < len(bs) and bs[under].kind == "nav":
        under += 1
    heads = [_fold(b.text) for b in bs[: under + 1] if b.kind in ("heading", "dateline")]
    for h in heads:
        for pattern, kind in kind_patterns():
            if pattern.search(h):
                return kind
    # under a newspaper's or bulletin's masthead, a text whose title names no kind is an article
    return "article" if masthead else "statement"


@cache
def kind_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The kinds of text and the words that give them (``data/patterns/document_kinds.yaml``):
    the English words first, then those of the other languages, each in the file's order.

    >>> [kind for p, kind in kind_patterns() if p.search("erklärung des zk")]
    ['declaration']
    """
    return tuple(
        (re.compile(r"\b(?:" + "|".join(re.escape(_fold(w)) for w in words) + r")\b"), kind)
        for kind, words in load_document_kinds()
    )
