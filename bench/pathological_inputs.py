"""Inputs that once took quadratic (or exponential) time, shared by the tests and the benchmark.

Each function builds one input of size ``n``; its default is the size the tests use. The
tests (``tests/test_*.py``, through ``helpers.pathological``) check what the code makes of
each input; ``bench/pathological.py`` times the same inputs at that size and at twice it.
No timing is asserted in the tests: the CI job's own time limit is the watchdog.
"""

from __future__ import annotations

from pathlib import Path

from movement_graph.segment import Block

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# three sentences of plain prose, the body of the texts built here
PROSE = (
    "The workers of Perú and Côte d'Ivoire continue their struggle for higher wages and "
    "for the right to organise, despite the repression the government ordered. "
) * 3


def blanks(n: int = 20_000) -> str:
    """A run of ``n`` spaces (the note on an entry's standing, ``entries._STANDING``)."""
    return " " * n


def standing_openings(n: int = 400) -> str:
    """``n`` openings of a note on standing that never reach its end, then an open bracket."""
    return "– in the process of joining " * n + "("


def heading_then_blanks(n: int = 5000) -> str:
    """A heading, ``n`` spaces on the same line, then a paragraph (page furniture)."""
    return "Heading" + " " * n + "x\n\nThe workers of Ara continue their strike.\n"


def capitals(n: int = len(ALPHABET)) -> str:
    """A word of ``n`` capitals and no date after it (a meeting's place and date)."""
    return " " + (ALPHABET * (n // len(ALPHABET) + 1))[:n] + " x"


def one_long_line_of_mentions(n: int = 3000) -> str:
    """One line of ``n`` network mentions, each after 1,000 characters of one word."""
    return ("x" * 1000 + " ICOR ") * n


def signatories(n: int = 5000) -> list[str]:
    """The names of ``n`` signatories."""
    return [f"Communist Party of Region {i}" for i in range(n)]


def signed_statements(names: list[str]) -> dict[str, str]:
    """A statement signed by ``names``, the list in each layout: numbered, plain, inline."""
    bodies = {
        "numbered": "Signatories:\n" + "\n".join(f"{i + 1}. {n}" for i, n in enumerate(names)),
        "plain": "Signatories:\n" + "\n".join(names),
        "inline": "The statement was signed by the following parties: " + ", ".join(names) + ".",
    }
    return {layout: f"Joint Declaration\n\n{PROSE}\n\n{body}\n" for layout, body in bodies.items()}


def heading_like_lines(n: int = 5000) -> str:
    """A statement whose signatories are ``n`` short capitalised paragraphs."""
    return f"Joint Declaration\n\n{PROSE}\n\nSignatories:\n\n" + "\n\n".join(signatories(n))


def write_small_files(folder: Path, n: int = 10_000) -> list[str]:
    """``n`` small dated statements, one per file, in ``folder``; their names in order."""
    names = []
    for i in range(n):
        name = f"s{i:05d}.txt"
        (folder / name).write_text(
            f"Statement {i}\n\n{PROSE}\n\nMay {1 + i % 28}, {1990 + i % 30}\n", encoding="utf-8"
        )
        names.append(name)
    return names


def write_sparse_file(path: Path, mib: int = 50) -> None:
    """A sparse file of ``mib`` MiB (no disk space used): an archive dump, not a statement."""
    with path.open("wb") as fh:
        fh.truncate(mib * 1024 * 1024)


def table_header_then_blanks(n: int = 50_000) -> str:
    """A table's header row, then a line of ``n`` spaces where its rule would be."""
    return "a | b\n" + " " * n + "\nx"


def breadcrumb_with_blanks(n: int = 20_000) -> str:
    """A breadcrumb's first step, ``n`` spaces, then a word and a slash (no breadcrumb)."""
    return "home /" + " " * n + "x/"


def blank_lines_then_sentence(n: int = 5000) -> str:
    """``n`` empty lines, then one sentence (no list written as a sentence)."""
    return "\n" * n + "Fin."


def banner_over_menus(n: int = 8000) -> list[Block]:
    """A heading, ``n`` menu lines, then the text: the blocks the segmenter reads."""
    bs = [Block(0, 5, ["Title"], 0, "heading")]
    bs += [Block(0, 5, ["Home | News | About"], 0, "nav") for _ in range(n)]
    bs.append(Block(0, 5, [PROSE], 1, "prose"))
    return bs


def long_link_line(n: int = 2000) -> str:
    """A permalink line whose address has ``n`` path steps, then a word."""
    return "Permalink: https://example.org" + "/2024/01/01" * n + " x"
