"""The extracted records of a build, kept on disk between extraction and writing.

Resolution needs every document's records and the writer reads them again, one document
at a time, in the order of the document graphs.  Held in memory, the records of 100,000
documents take about a gigabyte; here each record is pickled into one anonymous
temporary file as it comes, and only its document id and place in the file stay in
memory (tens of bytes per document).
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from .model import DocumentAnalysis


class RecordFile:
    """Records appended in input order, read back in that order or sorted by document.

    The file is unlinked from the start (``tempfile.TemporaryFile``): nothing is left
    behind however the build ends.

    >>> from movement_graph.model import Document
    >>> rf = RecordFile()
    >>> for i in (2, 1):
    ...     rf.append(DocumentAnalysis(Document(f"f{i}.txt", 0, 0, 1, "", "t")))
    >>> [a.document.doc_id for a in rf], len(rf)
    (['f2-0', 'f1-0'], 2)
    >>> [a.document.doc_id for a in rf.sorted_by(lambda doc_id: doc_id)]
    ['f1-0', 'f2-0']
    >>> rf.close()
    """

    def __init__(self, directory: Path | None = None) -> None:
        self._fh: IO[bytes] = tempfile.TemporaryFile(dir=directory, prefix="movement-graph-records-")
        self._index: list[tuple[str, int, int]] = []  # (document id, offset, length)
        self._end = 0

    @classmethod
    def of(cls, records: Iterable[DocumentAnalysis], directory: Path | None = None) -> RecordFile:
        """A record file holding ``records`` (the same object when it is one already)."""
        if isinstance(records, RecordFile):
            return records
        out = cls(directory)
        for r in records:
            out.append(r)
        return out

    def append(self, record: DocumentAnalysis) -> None:
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        self._fh.seek(self._end)
        self._fh.write(data)
        self._index.append((record.document.doc_id, self._end, len(data)))
        self._end += len(data)

    def __len__(self) -> int:
        return len(self._index)

    def __bool__(self) -> bool:
        return bool(self._index)

    def __iter__(self) -> Iterator[DocumentAnalysis]:
        """The records in the order they were appended."""
        return self._read(range(len(self._index)))

    def doc_ids(self) -> list[str]:
        return [doc_id for doc_id, _, _ in self._index]

    def sorted_by(self, key: Callable[[str], str]) -> Iterator[DocumentAnalysis]:
        """The records sorted by ``key`` of their document id (stable)."""
        order = sorted(range(len(self._index)), key=lambda i: key(self._index[i][0]))
        return self._read(order)

    def _read(self, order: Iterable[int]) -> Iterator[DocumentAnalysis]:
        fh = self._fh
        fh.flush()
        for i in order:
            _, offset, length = self._index[i]
            fh.seek(offset)
            record: DocumentAnalysis = pickle.loads(fh.read(length))
            yield record

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> RecordFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
