"""R19 from the command line: ``dalel device norms`` and issuing a camera past its service
life (issue 14, item 5)."""

from __future__ import annotations

import json


def test_cli_device_norms(cli) -> None:
    code, out, err = cli("device", "norms", "--headcount", "51", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["kits_allowed"] == 10 and data["headcount_from"] == "given"
    code, out, err = cli("device", "norms", "--headcount", "-1")
    assert code == 2 and "headcount" in err
    code, out, _ = cli("--lang", "kk", "device", "norms")
    assert code == 0 and "№ 1358 бұйрық" in out and "R19" not in out   # the order, not a code


def test_cli_issue_past_service_life(cli) -> None:
    assert cli("staff", "add", "--surname", "Сейітов", "--name", "Ерлан", "--number",
               "IN-1")[0] == 0
    assert cli("device", "add", "camera", "BK-OLD", "--in-service", "2010-01-01")[0] == 0
    code, _, err = cli("issue", "IN-1", "BK-OLD", "--checked", "all")
    assert code == 6 and "R19" in err
    code, _, err = cli("issue", "IN-1", "BK-OLD", "--checked", "all",
                       "--past-life-reason", "no other camera today")
    assert code == 0, err
