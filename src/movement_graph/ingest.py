"""Read input paths into decoded source files.

``read_sources`` walks files and folders, decodes each file (UTF-8, else a declared
or detected encoding, with a warning), turns HTML into text with a real parser, and
yields ``SourceFile`` records.  A file that cannot be used is reported through
``on_error`` as an ``InputError`` whose message is one line naming the file and the
problem; the other files are still read.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError
from .model import SourceFile

SUFFIXES = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}
#: larger files are refused: a statement is a few pages, not a dump
MAX_BYTES = 20 * 1024 * 1024

_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x7fELF",
    b"\x1f\x8b",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def iter_paths(inputs: Iterable[Path], *, on_error: Callable[[InputError], None]) -> Iterator[Path]:
    """Yield every candidate file under ``inputs`` in a stable order.

    Folders are walked recursively (symbolic links to folders are not followed, so a
    link loop cannot trap the walk); hidden files are skipped.
    """
    for root in inputs:
        if root.is_dir():
            found: list[Path] = []
            for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in filenames:
                    if name.startswith("."):
                        continue
                    p = Path(dirpath) / name
                    if p.suffix.lower() in SUFFIXES:
                        found.append(p)
            yield from sorted(found, key=lambda p: str(p.relative_to(root)))
        elif root.is_file():
            yield root
        elif root.is_symlink():
            on_error(InputError(root, "broken or looping symbolic link"))
        else:
            on_error(InputError(root, "no such file or folder"))


def decode(
    raw: bytes, *, path: Path, media_type: str, on_warning: Callable[[str], None] | None = None
) -> tuple[str, str]:
    """Decode bytes to text; return ``(text, encoding)``.

    Raises
    ------
    InputError
        for an empty or binary file, or bytes no known encoding explains.
    """
    if not raw.strip():
        raise InputError(path, "empty file")
    if raw.startswith(_BINARY_MAGIC) and not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            path, "binary file (not text): its first bytes are those of an image, PDF or archive"
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(path, f"invalid UTF-16 at byte {err.start}") from err
        _warn(on_warning, path, "decoded as UTF-16 (byte-order mark)")
        return text, "utf-16"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    else:
        if "\x00" in text:
            utf16 = _utf16_without_bom(raw)
            if utf16 is not None:
                _warn(on_warning, path, f"decoded as {utf16[1].upper()} (no byte-order mark)")
                return utf16
            raise InputError(path, "binary file (not text): it holds NUL bytes")
        return text, "utf-8"
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        _warn(on_warning, path, f"decoded as {utf16[1].upper()} (no byte-order mark)")
        return utf16
    mostly = _mostly_utf8(raw)
    if mostly is not None:
        text, bad = mostly
        _warn(
            on_warning,
            path,
            f"invalid UTF-8 at byte {utf8_error.start}; decoded as UTF-8 "
            f"with {bad} undecodable byte sequence(s) replaced by U+FFFD",
        )
        return text, "utf-8"
    declared = None
    head = raw[:4096]
    if media_type == "text/html":
        m = _META_CHARSET.search(head)
        declared = m.group(1).decode("ascii") if m else None
    else:
        m = _XML_ENCODING.search(head)
        declared = m.group(1).decode("ascii") if m else None
    if declared:
        try:
            text = raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            _warn(on_warning, path, f"not UTF-8; decoded as declared {declared}")
            return text, declared.lower()
    if b"\x00" in raw:
        raise InputError(path, "binary file (not text): it holds NUL bytes")
    text, encoding = _detect(raw, path, utf8_error)
    if _control_ratio(text) > 0.05:
        raise InputError(path, "binary file (not text): too many control characters")
    _warn(on_warning, path, f"not UTF-8 (byte {utf8_error.start}); decoded as detected {encoding}")
    return text, encoding


#: encodings the networks' texts are found in, most likely first; a detector's
#: exotic guess on a short text (cp775 for Latin-1) is less likely than these
_COMMON = (
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1251",
    "koi8_r",
    "cp1250",
    "iso8859_2",
    "cp1254",
    "iso8859_9",
    "cp1253",
    "iso8859_7",
    "mac_roman",
)


def _detect(raw: bytes, path: Path, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    results = from_bytes(raw)
    for match in results:
        if match.encoding in _COMMON:
            return str(match), match.encoding
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    best = results.best()
    if best is None or best.encoding is None:
        raise InputError(path, f"not valid UTF-8 (byte {utf8_error.start}) and no other text encoding fits")
    return str(best), best.encoding


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark: NUL in every other byte of the ASCII part."""
    head = raw[:4096]
    if len(raw) % 2 or len(head) < 8:
        return None
    even = head[0::2].count(0) / (len(head) / 2)
    odd = head[1::2].count(0) / (len(head) / 2)
    if odd >= 0.1 and even < 0.05:
        encoding = "utf-16-le"
    elif even >= 0.1 and odd < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    if "\x00" in text or _control_ratio(text) > 0.05:
        return None
    return text, encoding


def _mostly_utf8(raw: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few corrupt bytes (a truncated copy, one stray Latin-1 byte).

    Re-reading the whole file in a legacy encoding would garble every accented letter
    that is valid UTF-8 ("Perú" as "PerÃº"); when the valid multi-byte sequences
    outnumber the invalid ones, the file is UTF-8 and only the invalid bytes are lost.
    """
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    good = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    if bad <= 0 or good < 2 or bad > good or "\x00" in text:
        return None
    return text, bad


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) < 0xA0)
    return bad / len(text)


def _warn(on_warning: Callable[[str], None] | None, path: Path, message: str) -> None:
    if on_warning is not None:
        on_warning(f"{printable(path)}: {message}")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(path: Path | str) -> str:
    r"""A file name fit for a one-line message: control characters shown as escapes.

    A file name may hold a newline; printed as it is, it would split the message.

    >>> printable("a\nb.txt")
    'a\\nb.txt'
    """
    text = str(path)
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def _one_line(err: InputError) -> InputError:
    shown = printable(err.path)
    if shown == err.path:
        return err
    return InputError(shown, err.problem, doc_id=err.doc_id, offset=err.offset)


class _TextExtractor(HTMLParser):
    """HTML to plain text: block elements become paragraphs; scripts and styles vanish."""

    BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "hr",
        "dd",
        "dt",
        "dl",
        "title",
        "aside",
        "main",
        "figure",
        "figcaption",
    }
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "nav"}
    # a page's own text: a <nav> left open on a scraped page ends where these begin
    CONTENT = {"main", "article", "h1"}
    # elements that hold no text of their own
    VOID = {
        "br",
        "hr",
        "img",
        "input",
        "meta",
        "link",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "wbr",
    }

    def __init__(self, *, only_content: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._nav = 0  # open <nav> elements
        self._in_head = False
        # a page with <main> or <article>: only their text is the page's (not the site's
        # header, sidebars and footer)
        self._only_content = only_content
        self._content = 0  # open <main>/<article> elements
        self._furniture: str | None = None  # the tag of the furniture being skipped
        self._furniture_depth = 0  # its open elements of that tag
        self._cells = 0  # cells of the table row so far
        self._col = 0  # the column of the next cell of the row
        # a cell that spans rows (rowspan): its text is each spanned row's, as its column
        # ("Turkey" over the two Turkish parties of a table of signatories)
        self._spans: dict[int, tuple[int, str]] = {}  # column -> (rows still spanned, text)
        self._cell: tuple[int, int, int] | None = None  # the open cell: parts index, rowspan, column

    def _reading(self) -> bool:
        return not self._skip and self._furniture is None and (self._content > 0 or not self._only_content)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and self._in_head:
            # </head> may be omitted (and often is on scraped pages): <body> ends the head
            self._skip = max(0, self._skip - 1)
            self._in_head = False
        if tag == "head":
            self._in_head = True
        if tag in self.CONTENT and self._nav:
            self._skip = max(0, self._skip - self._nav)
            self._nav = 0
        if tag == "nav":
            self._nav += 1
        if tag in ("main", "article"):
            self._content += 1
        if self._furniture is not None:
            self._furniture_depth += tag == self._furniture
            return
        if tag not in self.VOID and _is_furniture(tag, attrs):
            self._furniture, self._furniture_depth = tag, 1
            return
        if tag in ("td", "th"):
            self._close_cell()
            self._spanned(to_end=False)
            if self._cells:
                self.parts.append("\t")  # cells of a row: a two-column table of signatories
            self._cells += 1
            span = next((v for k, v in attrs if k == "rowspan"), None)
            rows = int(span) if span and span.strip().isdigit() else 1
            self._cell = (len(self.parts), rows, self._col)
            self._col += 1
        elif tag == "tr":
            self._cells = 0  # a row is a line (its end writes the line break)
            self._col = 0
            self._cell = None
        elif tag == "table":
            self._spans = {}
            self.parts.append("\n\n")
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n" if tag not in ("br", "li") else "\n")
            if tag == "li" and self._reading():
                self.parts.append("  • ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            if not self._in_head:
                return
            self._in_head = False
        if tag == "nav":
            if not self._nav:
                return
            self._nav -= 1
        if tag in ("main", "article"):
            self._content = max(0, self._content - 1)
        if self._furniture is not None:
            if tag == self._furniture:
                self._furniture_depth -= 1
                if self._furniture_depth == 0:
                    self._furniture = None
                    self.parts.append("\n\n")
            return
        if tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._close_cell()
            self._spanned(to_end=True)
            self.parts.append("\n")
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def _close_cell(self) -> None:
        """Keep the text of the cell just read when it spans the rows below."""
        if self._cell is not None:
            start, rows, col = self._cell
            text = " ".join("".join(self.parts[start:]).split())
            if rows > 1 and text and self._reading():
                self._spans[col] = (rows - 1, text)
            self._cell = None

    def _spanned(self, *, to_end: bool) -> None:
        """Write the text of the cells above that span this row: those at the next column
        (and the ones after it), or all the rest of the row's (``to_end``)."""
        while True:
            later = sorted(c for c in self._spans if c >= self._col)
            if not later or (not to_end and later[0] != self._col):
                return
            col = later[0]
            rows, text = self._spans[col]
            if self._cells:
                self.parts.append("\t")
            self.parts.append(text)
            self._cells += 1
            self._col = col + 1
            if rows > 1:
                self._spans[col] = (rows - 1, text)
            else:
                del self._spans[col]

    def handle_data(self, data: str) -> None:
        if self._reading():
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


# a page's furniture: sidebars, site header and footer, comments, widgets, breadcrumbs,
# sharing rows (by element, or by a class or id that names it)
_FURNITURE_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:comments?|comment-respond|respond|widgets?|sidebar|breadcrumbs?|site-header|"
    r"site-footer|site-branding|masthead-site|share|sharing|social|related|post-navigation|menu)(?:$|[\s_-])"
)


def _is_furniture(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    if tag in ("aside", "footer"):
        return True
    if tag in ("html", "body", "main", "article"):
        return False  # "has-sidebar" on <body> describes the page, it is not a sidebar
    names = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
    return bool(names) and bool(_FURNITURE_CLASS.search(names))


def html_to_text(markup: str) -> str:
    """Extract the readable text of an HTML page.

    >>> html_to_text("<html><head><script>x()</script></head><body><h1>Title</h1><p>One &amp; two.</p></body></html>")
    'Title\\n\\nOne & two.'

    A site's menu (``<nav>``) is no text of the page, even when it is left open:

    >>> html_to_text("<nav><ul><li>Home</li><li>About</li></ul></nav><h1>Title</h1><p>Text.</p>")
    'Title\\n\\nText.'
    >>> html_to_text("<nav><ul><li>Home</li></ul><h1>Title</h1><p>Text.</p>")
    'Title\\n\\nText.'
    """
    content = re.search(r"<(?:main|article)\b", markup, re.I)
    text = _extract(markup, only_content=bool(content))
    # a page whose <main> or <article> holds nothing readable (a scraped shell): all of it
    if not text:
        return _extract(markup, only_content=False)
    if content:
        # a newspaper's masthead in the page's <header>, over its <main>: the paper's name
        # and the issue's number and date ("Nº 231 – abril de 2024") head the article
        header = _HEADER.search(markup, 0, content.start())
        masthead = _extract(header.group(), only_content=False) if header else ""
        if masthead and _has_issue_line(masthead):
            return masthead + "\n\n" + text
    return text


_HEADER = re.compile(r"<header\b[^>]*>.*?</header\s*>", re.I | re.S)


def _has_issue_line(text: str) -> bool:
    from .segment import _issue_line  # the segmenter reads the masthead (it imports this module)

    lines = [x for x in text.split("\n") if x.strip()]
    return len(lines) <= 4 and any(_issue_line(x) for x in lines)


def _extract(markup: str, *, only_content: bool) -> str:
    parser = _TextExtractor(only_content=only_content)
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_MD_ATX = re.compile(r"^(\s{0,3})(#{1,6})(?=\s)(.*?)(\s#+)?\s*$")
_MD_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_MD_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^)\n]*)\)")
_MD_CODE = re.compile(r"`+")
_MD_QUOTE = re.compile(r"^(\s{0,3}>+)")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def markdown_to_text(text: str) -> str:
    r"""Markdown's markup turned into blanks, so that its texts read as plain text.

    Every character keeps its place (markup becomes spaces, a table's inner bars tabs), so
    the offsets of the evidence are offsets into the Markdown file too. Headings lose their
    "#", emphasis its stars, links their targets; a table becomes tab-separated rows; a
    heading's underline is blank, while a rule between paragraphs stays and separates texts.

    >>> markdown_to_text("## Final *Communiqué*")
    '   Final  Communiqué '
    >>> markdown_to_text("| Party | Country |\n|---|---|\n| Red Party | Peru |").split("\n")
    ['  Party \t Country  ', '         ', '  Red Party \t Peru  ']
    >>> markdown_to_text("Title\n=====\n\nSee [the call](http://x.org/c).")
    'Title\n     \n\nSee  the call                 .'

    A static site's front matter (YAML between "---" lines at the top) is no text:

    >>> markdown_to_text("---\nlayout: post\ntitle: X\n---\n# X").split("\n")
    ['   ', '            ', '        ', '   ', '  X']
    """
    lines = text.split("\n")
    out: list[str] = []
    front = _front_matter(lines)
    for n, line in enumerate(lines):
        if n < front:
            out.append(" " * len(line))
            continue
        if (
            _MD_UNDERLINE.match(line)
            and n > 0
            and lines[n - 1].strip()
            and not _MD_TABLE_RULE.match(lines[n - 1])
        ):
            out.append(" " * len(line))  # a setext heading's underline
            continue
        if "|" in line and _MD_TABLE_RULE.match(line):
            out.append(" " * len(line))
            continue
        m = _MD_ATX.match(line)
        if m:
            line = m.group(1) + " " * len(m.group(2)) + m.group(3) + " " * len(m.group(4) or "")
            line += " " * (len(lines[n]) - len(line))
        line = _MD_QUOTE.sub(_blank, line)
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            first, last = line.index("|"), line.rindex("|")
            inner = line[first + 1 : last].replace("|", "\t")
            line = line[:first] + " " + inner + " " + line[last + 1 :]
        line = _MD_LINK.sub(
            lambda m: " " * (len(m.group(1)) + 1) + m.group(2) + " " * (len(m.group(3)) + 3), line
        )
        line = _MD_STRONG.sub(lambda m: "  " + m.group(2) + "  ", line)
        line = _MD_EM.sub(lambda m: " " + m.group(2) + " ", line)
        line = _MD_CODE.sub(_blank, line)
        out.append(line)
    return "\n".join(out)


# the rule under a plain-text table's header row: dashes joined by "+" or "|"
# ("------------+-----------+-----", "|-----|-----|"); a rule of dashes alone separates texts
# (matched on the stripped line, its blanks possessive: a long run of blanks on a line
# made "\s*\|?\s*" quadratic, 4 s for 20,000 blanks)
_PLAIN_TABLE_RULE = re.compile(r"\|?\s*+[-=]{3,}+(?:\s*+[+|]\s*+[-=]{3,}+)+\s*+\|?")


def plain_tables(text: str) -> str:
    r"""A plain-text table's bars turned into tabs, as Markdown's are (``markdown_to_text``).

    A table is a header row, a rule of dashes joined by "+" or "|" under it, and the rows
    under the rule that have as many bars as the header; the rule becomes blank. Every
    character keeps its place. A line of bars with no such rule under it (a menu: "Home |
    News | Archive") is left alone.

    >>> plain_tables("Country | Party\n--------+------\nPeru    | Red Party\n\nHome | News").split("\n")
    ['Country \t Party', '               ', 'Peru    \t Red Party', '', 'Home | News']
    """
    if "|" not in text:
        return text
    lines = text.split("\n")
    for n in range(1, len(lines)):
        if "|" not in lines[n - 1] or not _PLAIN_TABLE_RULE.fullmatch(lines[n].strip()):
            continue
        bars = lines[n - 1].strip().strip("|").count("|")
        if bars == 0:
            continue
        lines[n] = " " * len(lines[n])
        rows = [n - 1]
        k = n + 1
        while k < len(lines) and lines[k].strip() and lines[k].strip().strip("|").count("|") == bars:
            rows.append(k)
            k += 1
        for r in rows:
            line = lines[r]
            first, last = len(line) - len(line.lstrip()), len(line.rstrip())
            inner = line[first:last]
            lead = " " if inner.startswith("|") else inner[:1]
            tail = " " if inner.endswith("|") and len(inner) > 1 else inner[-1:]
            body = inner[1:-1].replace("|", "\t") if len(inner) > 1 else inner
            lines[r] = line[:first] + (lead + body + tail if len(inner) > 1 else body) + line[last:]
    return "\n".join(lines)


_FRONT_KEY = re.compile(r"^(?:[\w-]+\s*:(?:\s.*)?|\s*-\s.*|\s+\S.*)?$")


def _front_matter(lines: list[str]) -> int:
    """The number of lines of a YAML front matter opening the file ("---", "key: value"
    lines, "---" or "..."), or 0."""
    if not lines or lines[0].rstrip() != "---":
        return 0
    for n in range(1, min(len(lines), 60)):
        if lines[n].rstrip() in ("---", "...") and n > 1:
            return n + 1
        if not _FRONT_KEY.match(lines[n].rstrip()):
            return 0
    return 0


_PAGE_NUMBER = re.compile(
    r"^(?:page\s+|p\.\s*|[-–—]\s*)?(\d{1,3})(?:\s*[-–—])?(?:\s*(?:of|/)\s*\d{1,3})?$", re.I
)
_EDGE_NUMBER = re.compile(r"^\d{1,3}\s+(?=\S)|(?<=\S)\s+\d{1,3}$")
# a running header's page at its end: "… – page 2 of 5", "… | p. 3", "… Seite 2/5", "… 2/5";
# not the end of a date ("Berlin, 24/7/23").  One optional separator between the runs of
# spaces, so that a long run of spaces is read once, not once per way to split it.
_EDGE_PAGE = re.compile(
    r"(?i)(?<=\S)\s*(?:[-–—|·,]\s*)?(?:\b(?:page|p\.|pp\.|pág\.|página|pagina|seite|s\.|sayfa)\s*(\d{1,3})"
    r"(?:\s*(?:of|/|de|von|di|sur|sobre)\s*\d{1,3})?|(?<![\w/.])(\d{1,3})\s*/\s*\d{1,3})$"
)


@cache
def _month_names() -> frozenset[str]:
    from .reference import load_months

    return frozenset(n for m in load_months() for n in m.names)


def _dated(line: str) -> bool:
    """A month's name and a year: a dateline ("14 April 1999" less its day), not a header."""
    return re.search(r"\b\d{4}\b", line) is not None and any(
        w.strip(".,").lower() in _month_names() for w in line.split()
    )


def _page_edges(lines: list[str]) -> set[int]:
    """The running headers and footers of a text whose pages end with a form feed: the
    first or last line of a page that recurs on another page's edge, the same or with only
    its page number changed, even with no blank line between it and the page's text.  A line
    repeated unchanged is kept where it first stands: the text's letterhead.

    >>> ff = chr(12)
    >>> sorted(_page_edges(["Org - Resolution", "", "Text", "Org - Resolution  page 1/2", ff, "Org - Resolution", "", "More", "Org - Resolution  page 2/2"]))
    [3, 5, 8]
    """
    if not any("\f" in ln for ln in lines):
        return set()
    pages: list[list[int]] = [[]]
    for i, ln in enumerate(lines):
        if "\f" in ln:
            pages.append([])
        if ln.strip():
            pages[-1].append(i)
    edges: dict[tuple[str, bool], list[tuple[int, str | None]]] = {}
    for page in pages:
        for i in {page[0], page[-1]} if page else ():
            stripped = " ".join(lines[i].split())
            m = _EDGE_PAGE.search(stripped)
            key = stripped[: m.start()].strip() if m else stripped
            if len(key.split()) >= 2 and len(key) <= 100:
                edges.setdefault((key, m is None), []).append((i, (m.group(1) or m.group(2)) if m else None))
    out: set[int] = set()
    for hits in edges.values():
        numbers = [n for _, n in hits]
        # the same line on two pages, or the same with a different page number on each
        if len(hits) >= 2 and numbers[0] is None:
            # the same line over every page: the first is the text's letterhead ("ICOR
            # Resolution   February 2024" gives its date), the others repeat it
            out |= {i for i, _ in hits[1:]}
        elif len(hits) >= 2 and len(set(numbers)) == len(numbers):
            out |= {i for i, _ in hits}
    # a running header or footer on one page only (the first page has none): its page's
    # own number at its end, and a title of the first page before it ("ICOR – Stop the
    # war! – Freedom for all!   2" over page 2 of "Stop the war! – …")
    first = {t for i in pages[0] if len((t := " ".join(lines[i].split())).split()) >= 3 and len(t) <= 100}
    for number, page in enumerate(pages[1:], 2):
        for i in {page[0], page[-1]} if page else ():
            stripped = " ".join(lines[i].split())
            m = _EDGE_PAGE.search(stripped)
            if m is not None:
                found, key = m.group(1) or m.group(2), stripped[: m.start()].strip()
            elif (bare := _EDGE_NUMBER.search(stripped)) is not None:
                found, key = bare.group(0).strip(), _EDGE_NUMBER.sub("", stripped).strip()
            else:
                continue
            if found != str(number):
                continue
            if any(t in key for t in first):
                out.add(i)
    return out


def blank_page_furniture(text: str) -> str:
    """Blank the page furniture of text extracted from a PDF, keeping every offset.

    A running header or footer is a line that stands between blank lines and recurs on
    every page with only its page number changing ("Journal of X · 3", "3  Journal of X");
    a line that is only a page number ("12", "- 12 -", "Page 2 of 5") is furniture when
    such lines recur with rising numbers.
    """
    lines = text.split("\n")
    alone = [
        i
        for i, ln in enumerate(lines)
        if ln.strip()
        and (i == 0 or not lines[i - 1].strip())
        and (i + 1 == len(lines) or not lines[i + 1].strip())
    ]
    furniture: set[int] = set()
    numbers = [(i, int(m.group(1))) for i in alone if (m := _PAGE_NUMBER.match(lines[i].strip()))]
    # page after page: each number one to three more than the one before (years standing
    # alone as headings of a chronology have four digits and are kept)
    if len(numbers) >= 2 and all(
        0 < b - a <= 3 for (_, a), (_, b) in zip(numbers, numbers[1:], strict=False)
    ):
        furniture |= {i for i, _ in numbers}
    by_header: dict[str, list[tuple[int, str]]] = {}
    for i in alone:
        stripped = lines[i].strip()
        page = _EDGE_PAGE.search(stripped)
        if page is not None:
            # "ICMLPO – 27th Plenary – page 2 of 5": the page's number, not the count of pages
            key = " ".join(stripped[: page.start()].split())
            number = page.group(1) or page.group(2)
        else:
            m = _EDGE_NUMBER.search(stripped)
            if m is None:
                continue
            key = " ".join(_EDGE_NUMBER.sub("", stripped).split())
            number = m.group(0).strip()
        if len(key.split()) >= 2 and not _dated(key):
            by_header.setdefault(key, []).append((i, number))
    for hits in by_header.values():
        if len(hits) >= 2 and len({n for _, n in hits}) == len(hits):
            furniture |= {i for i, _ in hits}
    furniture |= _page_edges(lines)
    if not furniture:
        return text
    return "\n".join(" " * len(ln) if i in furniture else ln for i, ln in enumerate(lines))


def read_source(path: Path, *, on_warning: Callable[[str], None] | None = None) -> SourceFile:
    """Read and decode one file.

    Raises
    ------
    InputError
        when the file cannot be read, is too large, empty, binary or undecodable.
    """
    media_type = SUFFIXES.get(path.suffix.lower(), "text/plain")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, _too_large(size))
        with path.open("rb") as fh:
            # read at most one byte past the limit: a file that grows after stat()
            # (a download still being written) cannot make us read without bound
            raw = fh.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise InputError(path, _too_large(len(raw)))
    except PermissionError as err:
        raise InputError(path, "permission denied: cannot read the file") from err
    except IsADirectoryError as err:
        raise InputError(path, "is a folder, not a file") from err
    except OSError as err:
        raise InputError(path, f"cannot read the file: {err.strerror or err}") from err
    text, encoding = decode(raw, path=path, media_type=media_type, on_warning=on_warning)
    if media_type == "text/html" or (media_type == "text/plain" and _looks_like_html(text)):
        text = html_to_text(text)
        media_type = "text/html"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if media_type == "text/markdown":
        text = markdown_to_text(text)
    if media_type == "text/plain":
        text = blank_page_furniture(plain_tables(text))
    if not text.strip():
        raise InputError(path, "no text in the file")
    return SourceFile(
        path=str(path),
        name=path.name,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(raw).hexdigest(),
        media_type=media_type,
    )


def _too_large(size: int) -> str:
    mib = 1024 * 1024
    return (
        f"file too large ({size / mib:.1f} MiB; at most {MAX_BYTES // mib} MiB): a statement "
        "is a few pages; split an archive dump into one file per page"
    )


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html"))


def read_sources(
    inputs: Iterable[Path],
    *,
    on_error: Callable[[InputError], None],
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[SourceFile]:
    """Yield a ``SourceFile`` per readable input file; report the others."""
    seen: set[Path] = set()

    def report(err: InputError) -> None:
        on_error(_one_line(err))

    for path in iter_paths(inputs, on_error=report):
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            report(InputError(path, "broken or looping symbolic link"))
            continue
        if real in seen:
            continue
        seen.add(real)
        try:
            yield read_source(path, on_warning=on_warning)
        except InputError as err:
            report(err)
