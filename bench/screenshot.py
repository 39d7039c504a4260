"""Screenshot the seed pair's review page in headless Chromium, as an editor first sees it.

    python bench/screenshot.py   # writes artifacts/seed-report.png and seed-report-selected.png

The second picture shows the page after clicking the worst drift finding in the list.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from driftcheck.documents import read_document  # noqa: E402
from driftcheck.pipeline import Checker  # noqa: E402
from driftcheck.renderers.html import render_html  # noqa: E402
from driftcheck.rules import Kind  # noqa: E402
from tests.browser import browser_missing, chromium  # noqa: E402

SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "artifacts"


def main() -> int:
    missing = browser_missing()
    if missing:
        print(f"cannot take a screenshot: {missing}", file=sys.stderr)
        return 2
    report = Checker().check(
        read_document(SEEDS / "000_2c018eeb9fb20f4b.txt"),
        read_document(SEEDS / "003_08a05bbf4050c001.txt"),
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / "seed-report.html"
    page.write_text(render_html(report), encoding="utf-8")
    with chromium() as driver:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1440, "height": 900, "deviceScaleFactor": 1, "mobile": False},
        )
        driver.get(page.as_uri())
        driver.save_screenshot(str(ARTIFACTS / "seed-report.png"))
        worst = min(
            (i for i, f in enumerate(report.findings) if f.kind is Kind.DRIFT),
            key=lambda i: -report.findings[i].severity.rank,
            default=None,
        )
        if worst is not None:
            driver.find_element("css selector", f'li[data-f="{worst}"] button').click()
            driver.save_screenshot(str(ARTIFACTS / "seed-report-selected.png"))
    print(
        f"wrote {ARTIFACTS / 'seed-report.png'} ({report.verdict.value}, {len(report.findings)} findings)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
