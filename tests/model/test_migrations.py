"""Schema versioned with migrations from the first release."""

from __future__ import annotations

import pytest

from app.model import migrations
from app.model.db import Database, NewerSchema


def test_an_old_index_is_migrated_on_open(tmp_path, monkeypatch):
    key = bytes(range(32))
    path = tmp_path / "index.db"
    first = migrations.MIGRATIONS[:1]
    monkeypatch.setattr("app.model.db.MIGRATIONS", first)
    monkeypatch.setattr("app.model.db.SCHEMA_VERSION", 1)
    db = Database(path, key, create=True)
    db.con.execute("INSERT INTO settings (key, value) VALUES ('unit_name', '\"old\"')")
    assert db.version == 1
    db.close()
    monkeypatch.undo()
    db = Database(path, key)
    assert db.version == migrations.SCHEMA_VERSION
    assert db.one("SELECT value FROM settings WHERE key = 'unit_name'")[0] == '"old"'
    db.close()


def test_a_newer_index_is_refused_clearly(tmp_path):
    key = bytes(range(32))
    path = tmp_path / "index.db"
    db = Database(path, key, create=True)
    db.con.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(NewerSchema, match="newer Dalel"):
        Database(path, key)


def test_migration_numbers_increase():
    numbers = [n for n, _ in migrations.MIGRATIONS]
    assert numbers == sorted(set(numbers)) and numbers[0] == 1
