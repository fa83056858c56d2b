"""Corrections of the custody journal (R7): an entry is struck and the right one written;
nothing is erased and times are never corrected (R3)."""

from __future__ import annotations

from typing import Any

from app.errors import InvalidInput, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP
from app.model.custody_lookup import CustodyLookup
from app.model.custody_period import CustodyPeriod
from app.model.journal import Entry


class CustodyCorrections(CustodyLookup):
    # -- corrections (R7) ------------------------------------------------------------------
    def correct(self, seq: int, reason: str, **changes: Any) -> Entry:
        """Strike entry ``seq`` and write the right one; nothing is erased (R7).

        Times are never corrected (R3): the corrected entry keeps the time of the event.
        ``changes`` for an issue: inspector, camera, card, seal; for a remark: text;
        for a return: ``void=True`` (recorded for the wrong camera).
        """
        self.require_officer()
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "A correction needs a reason (R7)."))
        target = self.journal.entry(seq)
        newer = self.db.one("SELECT seq FROM journal WHERE kind = 'correction' AND ref_seq = ?",
                            (seq,))
        if newer:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Entry {seq} has already been corrected by entry {newer}; correct "
                        "that one (R7)."), seq=seq, newer=newer[0])
        if target.kind == "issue" or (target.kind == "correction"
                                      and target.data.get("kind") == "issue"):
            return self._correct_issue(target, reason, changes)
        if target.kind == "remark" or (target.kind == "correction"
                                       and target.data.get("kind") == "remark"):
            return self._correct_remark(target, reason, changes)
        if target.kind == "return":
            return self._void_return(target, reason, changes)
        if target.kind == "correction" and target.data.get("kind") == "return":
            return self._restore_return(target, reason, changes)
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "Entries of this kind are made by the program and cannot be corrected."))

    def _correct_issue(self, target: Entry, reason: str, changes: dict[str, Any]) -> Entry:
        unknown = set(changes) - {"inspector", "camera", "card", "seal"}
        if unknown or not changes:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "An issue entry can be corrected in: inspector, camera, card, seal."))
        # A corrected issue lives on in the custody row its correction made (id = the
        # correction's seq), so correcting a correction corrects that row (R7).
        old = self.period(target.seq if target.kind == "correction"
                          else (target.custody_id or target.seq))
        if old.struck_by is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Entry {seq} has already been corrected; correct the newer entry."),
                seq=target.seq)
        inspector = (self._inspector(changes["inspector"]) if "inspector" in changes
                     else self.reg.staff(old.inspector_id))
        cam = (self._resolve_device(changes["camera"], "camera") if "camera" in changes
               else self.reg.device(old.camera_id))
        crd = (self._resolve_device(changes["card"], "card") if changes.get("card") is not None
               else (self.reg.device(old.card_id) if old.card_id and "card" not in changes
                     else None))
        seal = changes.get("seal", old.seal)
        end = old.returned_at or "9999"
        for dev in (d for d in (cam, crd) if d is not None):
            if dev.id in (old.camera_id, old.card_id):
                continue
            if dev.state in ("faulty", "written_off") or (old.is_open and dev.state == "issued"):
                self._usable(dev)
            clash = self.db.one(
                "SELECT id FROM custody WHERE (camera_id = ? OR card_id = ?) AND struck_by IS "
                "NULL AND id <> ? AND issued_at < ? AND (returned_at IS NULL OR returned_at > ?)",
                (dev.id, dev.id, old.id, end, old.issued_at))
            if clash:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "{number} was out with someone else at that time."),
                    number=dev.inventory_no)
        if inspector.id != old.inspector_id and old.is_open and self.open_for_inspector(
                inspector.id):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{name} already holds a camera."), name=inspector.full_name)
        data = {"kind": "issue", "reason": reason, "seal": seal,
                "camera_inventory": cam.inventory_no,
                "card_inventory": crd.inventory_no if crd else None,
                "changes": sorted(changes)}
        with self.db.write() as con:
            entry = self.journal.append_in(
                con, "correction", custody_id=old.id, camera_id=cam.id,
                card_id=crd.id if crd else None, inspector_id=inspector.id,
                ref_seq=target.seq, data=data)
            self._insert_period(con, entry.seq, cam.id, crd.id if crd else None, inspector.id,
                                seal, old.issued_at, replaces=old.replaces_id,
                                returned_at=old.returned_at, return_seq=old.return_seq,
                                downloaded_at=old.downloaded_at, officer_id=old.officer_id)
            con.execute("UPDATE custody SET struck_by = ?, superseded_id = ? WHERE id = ?",
                        (entry.seq, entry.seq, old.id))
            if old.is_open:
                before = [self.reg.device(old.camera_id)]
                if old.card_id:
                    before.append(self.reg.device(old.card_id))
                self._set_states(con, [d for d in before if d.id not in
                                       (cam.id, crd.id if crd else None)], "in_store",
                                 "correction")
                self._set_states(con, [cam, crd], "issued", "correction")
                if crd is not None:
                    self.reg.insert_card_in(con, self.reg.device(crd.id), cam.id, seal,
                                            "correction")
        return entry

    def _correct_remark(self, target: Entry, reason: str, changes: dict[str, Any]) -> Entry:
        if set(changes) != {"text"}:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "A remark is corrected by its text."))
        text = " ".join(str(changes["text"]).split())
        kind = target.data.get("type") or target.data.get("remark_type")
        if not text and kind in ("note", "malfunction"):
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "The remark is empty."))
        with self.db.write() as con:
            return self.journal.append_in(
                con, "correction", custody_id=target.custody_id, camera_id=target.camera_id,
                card_id=target.card_id, inspector_id=target.inspector_id, ref_seq=target.seq,
                data={"kind": "remark", "reason": reason, "remark_type": kind, "text": text,
                      "type": kind})

    def _restore_return(self, target: Entry, reason: str, changes: dict[str, Any]) -> Entry:
        """R7: a return struck out by mistake is restored by correcting the striking entry:
        the camera counts as handed in at the time first recorded (times are never
        corrected, R3)."""
        if changes not in ({}, {"restore": True}):
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "A struck-out return is corrected by restoring it."))
        period = self.live(target.custody_id or 0)
        still_out = self.open_for_camera(period.camera_id)
        if period.returned_at is not None or (still_out is not None
                                              and still_out.id != period.id):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "The camera has been returned or issued again since; the struck "
                        "return cannot be restored."))
        original = self.journal.entry(int(target.ref_seq or 0))
        return self._rewrite_return(period, target, {
            "kind": "return_restore", "reason": reason, "returned_at": original.at,
            "return_seq": original.seq}, original, "in_store")

    def _void_return(self, target: Entry, reason: str, changes: dict[str, Any]) -> Entry:
        if changes != {"void": True}:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "A return recorded by mistake is struck out (void); record the right "
                        "return next."))
        period = self.live(target.custody_id or 0)
        if self.open_for_camera(period.camera_id):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "That camera has been issued again since; the return cannot be struck."))
        if period.downloaded_at:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Footage was already downloaded after this return; add a remark "
                        "instead."))
        return self._rewrite_return(period, target, {"kind": "return", "reason": reason,
                                                     "void": True}, None, "issued")

    def _rewrite_return(self, period: CustodyPeriod, target: Entry, data: dict[str, Any],
                        returned: Entry | None, state: str) -> Entry:
        """One transaction: the correction entry of ``target``, the period's return set to
        the ``returned`` entry (None: struck out), and its camera and card put ``state``."""
        cam = self.reg.device(period.camera_id)
        card = self.reg.device(period.card_id) if period.card_id else None
        with self.db.write() as con:
            entry = self.journal.append_in(
                con, "correction", custody_id=period.id, camera_id=period.camera_id,
                card_id=period.card_id, inspector_id=period.inspector_id, ref_seq=target.seq,
                data=data)
            con.execute("UPDATE custody SET returned_at = ?, return_seq = ? WHERE id = ?",
                        (returned.at if returned else None,
                         returned.seq if returned else None, period.id))
            self._set_states(con, [cam, card], state, "correction")
        return entry
