"""m004: the docking station in the window (issue 11).

- ``footage_parts(sha256)``: a card file is wipeable when its *content* is proven in the
  vault (R1, R14), found by hash: a second file with the same bytes on one card is stored
  once and must not block the wipe forever.
"""

from __future__ import annotations


def sql() -> str:
    return """
CREATE INDEX footage_parts_sha ON footage_parts(sha256);
"""
