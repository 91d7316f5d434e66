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
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError
from .model import SourceFile

SUFFIXES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
            ".html": "text/html", ".htm": "text/html"}
#: larger files are refused: a statement is a few pages, not a dump
MAX_BYTES = 20 * 1024 * 1024

_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF",
                 b"\x1f\x8b", b"BM", b"II*\x00", b"MM\x00*", b"Rar!", b"\xd0\xcf\x11\xe0")
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


def decode(raw: bytes, *, path: Path, media_type: str,
           on_warning: Callable[[str], None] | None = None) -> tuple[str, str]:
    """Decode bytes to text; return ``(text, encoding)``.

    Raises
    ------
    InputError
        for an empty or binary file, or bytes no known encoding explains.
    """
    if not raw.strip():
        raise InputError(path, "empty file")
    if raw.startswith(_BINARY_MAGIC) and not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "binary file (not text): its first bytes are those of "
                               "an image, PDF or archive")
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
            raise InputError(path, "binary file (not text): it holds NUL bytes")
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
    _warn(on_warning, path, f"not UTF-8 (byte {utf8_error.start}); decoded as detected "
                            f"{encoding}")
    return text, encoding


#: encodings the networks' texts are found in, most likely first; a detector's
#: exotic guess on a short text (cp775 for Latin-1) is less likely than these
_COMMON = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2",
           "cp1254", "iso8859_9", "cp1253", "iso8859_7", "mac_roman")


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
        raise InputError(path, f"not valid UTF-8 (byte {utf8_error.start}) and no other "
                               "text encoding fits")
    return str(best), best.encoding


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7f <= ord(c) < 0xa0)
    return bad / len(text)


def _warn(on_warning: Callable[[str], None] | None, path: Path, message: str) -> None:
    if on_warning is not None:
        on_warning(f"{path}: {message}")


class _TextExtractor(HTMLParser):
    """HTML to plain text: block elements become paragraphs; scripts and styles vanish."""

    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
             "table", "section", "article", "header", "footer", "blockquote", "pre", "hr",
             "dd", "dt", "dl", "title", "nav", "aside", "main", "figure", "figcaption"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n" if tag not in ("br", "li") else "\n")
            if tag == "li":
                self.parts.append("  • ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(markup: str) -> str:
    """Extract the readable text of an HTML page.

    >>> html_to_text("<html><head><script>x()</script></head><body><h1>Title</h1><p>One &amp; two.</p></body></html>")
    'Title\\n\\nOne & two.'
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


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
            raise InputError(path, f"file too large ({size / 1e6:.0f} MB; at most "
                                   f"{MAX_BYTES / 1e6:.0f} MB)")
        raw = path.read_bytes()
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
    if not text.strip():
        raise InputError(path, "no text in the file")
    return SourceFile(path=str(path), name=path.name, text=text, encoding=encoding,
                      sha256=hashlib.sha256(raw).hexdigest(), media_type=media_type)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html"))


def read_sources(inputs: Iterable[Path], *, on_error: Callable[[InputError], None],
                 on_warning: Callable[[str], None] | None = None) -> Iterator[SourceFile]:
    """Yield a ``SourceFile`` per readable input file; report the others."""
    seen: set[Path] = set()
    for path in iter_paths(inputs, on_error=on_error):
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            on_error(InputError(path, "broken or looping symbolic link"))
            continue
        if real in seen:
            continue
        seen.add(real)
        try:
            yield read_source(path, on_warning=on_warning)
        except InputError as err:
            on_error(err)
