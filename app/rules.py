"""Rule references as people read them (issue 15). The code, tests and English messages cite
the digest's ``R<n>``; a Kazakh or Russian screen shows the order and clause instead —
"№ 121 бұйрық, 22-т." / "приказ № 121, п. 22" — from the office's own agency's order where it
has the rule (fire safety: Order No. 236 as amended by No. 310), else from the order that
has it (the veterinary Order No. 121 is the fullest text). See shared/regulations.md."""

from __future__ import annotations

import re

# (order number, clause or "" for the whole order, "annex" for the form)
Ref = tuple[str, str]

ORDER_121: dict[int, Ref] = {
    1: ("121", "5"), 2: ("121", "6"), 3: ("121", "6"), 4: ("121", "7"), 5: ("121", "8"),
    6: ("121", "9"), 7: ("121", "10"), 8: ("121", "11"), 9: ("121", "12"), 10: ("121", "13"),
    11: ("121", "14"), 12: ("121", "15"), 13: ("121", "16"), 14: ("121", "18"),
    15: ("121", "19"), 16: ("121", "20"), 17: ("121", "22"), 18: ("121", "annex"),
}
ORDER_236: dict[int, Ref] = {
    1: ("236", "6"), 2: ("236", "6"), 3: ("236", "14"), 5: ("236", "8"), 7: ("236", "10"),
    16: ("236", "22"), 18: ("236", "annex"),
}
OTHERS: dict[int, Ref] = {
    19: ("1358", ""), 20: ("1358", ""), 21: ("138", "annex-9"), 22: ("589", "2"),
}

_agency = "veterinary"
_CODES = re.compile(r"\bR(\d{1,2})\b(?:\s*(?:,|–|-|…)\s*\bR\d{1,2}\b)*(?:…)?")


def set_agency(agency: str) -> None:
    """The office's agency, set when a vault is opened (its order is cited first)."""
    global _agency
    _agency = agency


def reference(rule: int, agency: str | None = None) -> Ref | None:
    agency = agency or _agency
    if agency == "fire" and rule in ORDER_236:
        return ORDER_236[rule]
    return ORDER_121.get(rule) or OTHERS.get(rule)


def _format(order: str, clauses: list[str], lang: str) -> str:
    numbered = [c for c in clauses if c and not c.startswith("annex")]
    annex = [c for c in clauses if c.startswith("annex")]
    parts: list[str] = []
    if lang == "ru":
        if numbered:
            parts.append(("п. " if len(numbered) == 1 else "пп. ") + ", ".join(numbered))
        for a in annex:
            parts.append("приложение" + (f", п. {a.split('-')[1]}" if "-" in a else ""))
        return f"приказ № {order}" + (", " + ", ".join(parts) if parts else "")
    if numbered:
        parts.append(", ".join(numbered) + "-т.")
    for a in annex:
        parts.append("қосымша" + (f", {a.split('-')[1]}-т." if "-" in a else ""))
    return f"№ {order} бұйрық" + (", " + ", ".join(parts) if parts else "")


def cite(text: str, lang: str) -> str:
    """``text`` with each run of rule codes ("R8", "R1, R14", "R11…") replaced by the order
    and clause in ``lang`` (kk or ru); English keeps the codes (for developers)."""
    if lang not in ("kk", "ru") or "R" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        rules = [int(n) for n in re.findall(r"R(\d{1,2})", match.group(0))]
        by_order: dict[str, list[str]] = {}
        for n in rules:
            ref = reference(n)
            if ref is None:
                return match.group(0)
            clauses = by_order.setdefault(ref[0], [])
            if ref[1] not in clauses:
                clauses.append(ref[1])
        return "; ".join(_format(order, clauses, lang) for order, clauses in by_order.items())

    return _CODES.sub(one, text)
