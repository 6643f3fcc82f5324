"""The CAMEO 1.1b3 event codebook with Goldstein scores, QuadClass and PLOVER mapping.

CONTRACT (stub; the event-coding work replaces the body, keeps the interface):

    codebook = Codebook.load()            # packaged data/cameo_codes.tsv
    entry: CameoCode = codebook["190"]    # KeyError-free lookup: codebook.get("190")
    codebook.root_name("19")
"""

from __future__ import annotations

from .models import CameoCode


class Codebook:
    """Immutable lookup from CAMEO code (2-4 digits, as a string) to :class:`CameoCode`."""

    def __init__(self, entries: dict[str, CameoCode]) -> None:
        self._entries = dict(entries)

    @classmethod
    def load(cls) -> Codebook:
        raise NotImplementedError("the CAMEO codebook is not packaged yet")

    def get(self, code: str) -> CameoCode | None:
        return self._entries.get(code)

    def __getitem__(self, code: str) -> CameoCode:
        return self._entries[code]

    def __contains__(self, code: object) -> bool:
        return code in self._entries

    def __len__(self) -> int:
        return len(self._entries)
