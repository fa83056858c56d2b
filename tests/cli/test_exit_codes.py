"""One table of exit codes (issue 13, item 3): every error the program can raise exits with a
code from ``ExitCode``, no two meanings share a code, and the README lists each one."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import app
from app.errors import DalelError, ExitCode

README = Path(__file__).resolve().parents[2] / "README.md"


def _all_error_classes() -> set[type[DalelError]]:
    for mod in pkgutil.walk_packages(app.__path__, "app."):
        if not mod.name.endswith("__main__"):  # importing it would run the program
            importlib.import_module(mod.name)
    found: set[type[DalelError]] = set()
    todo = [DalelError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_class_exits_with_a_code_from_the_table() -> None:
    classes = _all_error_classes()
    assert len(classes) > 10
    for cls in classes:
        assert cls.exit_code in set(ExitCode), cls
        assert cls.exit_code not in (ExitCode.OK, ExitCode.NOT_CONFIRMED), cls


def test_codes_are_unique() -> None:
    values = [c.value for c in ExitCode]
    assert len(values) == len(set(values))


def test_readme_lists_every_code() -> None:
    listed = {int(m) for m in re.findall(r"^\| (\d+) \|", README.read_text("utf-8"), re.M)}
    assert {c.value for c in ExitCode} <= listed
