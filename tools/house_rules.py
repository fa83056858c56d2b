"""Issue 16's house rules, checked on the source tree (tests/test_house.py runs them).

    .venv/bin/python tools/house_rules.py      # every finding, one a line; exit 1 if any
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "app"
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WITH|ALTER|DROP|REPLACE"
                 r"|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|ATTACH)\b")
ALLOWED_PRIVATE = {"_replace", "_asdict", "_fields", "_make", "_exit", "_getframe", "_MEIPASS",
                   "_name_", "_value_", "_missing_", "_current_frames"}


MAX_LINES = 500
UNTYPED_SESSION = re.compile(r"\b(session|s|sess)\s*:\s*(Any|object)\b")


def line_count(p: Path) -> int:
    return len(p.read_text(encoding="utf-8").splitlines())


def untyped_sessions(p: Path) -> list[str]:
    """A session parameter or field annotated Any (issue 16: every service takes a
    VaultSession)."""
    return [f"{p.name}:{i}: {line.strip()[:60]}"
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
            if UNTYPED_SESSION.search(line)]


def modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py"))


def name_of(p: Path) -> str:
    rel = p.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def sql_outside_model(p: Path) -> list[str]:
    if p.is_relative_to(ROOT / "model"):
        return []
    out = []
    for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            out.append(f"{p.name}:{node.lineno}: {node.value.strip()[:40]!r}")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"execute", "executemany", "executescript"}):
            out.append(f"{p.name}:{node.lineno}: .{node.func.attr}(...)")
    return out


def private_uses(p: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app"):
            out += [f"{p.name}:{node.lineno}: from {node.module} import {a.name}"
                    for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
        if (isinstance(node, ast.Attribute) and node.attr.startswith("_")
                and not node.attr.startswith("__") and node.attr not in ALLOWED_PRIVATE):
            base = node.value
            if isinstance(base, ast.Name) and base.id in {"self", "cls"}:
                continue
            out.append(f"{p.name}:{node.lineno}: .{node.attr}")
    return out


def imports(p: Path) -> set[str]:
    """app modules imported anywhere in p except under `if TYPE_CHECKING:`."""
    tree = ast.parse(p.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for b in node.body for n in ast.walk(b)}
    me = name_of(p)
    pkg = me if p.name == "__init__.py" else me.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("app")}
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level:
                base = pkg.split(".")
                base = base[: len(base) - node.level + 1]
                mod = ".".join(base + ([mod] if mod else []))
            if mod.startswith("app"):
                out.add(mod)
                out |= {f"{mod}.{a.name}" for a in node.names}
    return out


def cycles() -> list[list[str]]:
    names = {name_of(p): p for p in modules()}
    graph = {n: sorted(m for m in imports(p) if m in names and m != n and not n.startswith(m + ".")
                       and not m.startswith(n + ".")) for n, p in names.items()}
    # a package's __init__ importing its own submodules is not a circle
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    import sys
    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return found


def main() -> int:
    found: list[str] = []
    for p in modules():
        found += [f"sql  {x}" for x in sql_outside_model(p)]
        found += [f"priv {x}" for x in private_uses(p)]
        found += [f"any  {x}" for x in untyped_sessions(p)]
        if line_count(p) > MAX_LINES:
            found.append(f"size {p.relative_to(ROOT.parent)}: {line_count(p)} lines")
    found += [f"circle {' <-> '.join(c)}" for c in cycles()]
    print("\n".join(found) or "house rules: all kept")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
