"""The dashboard in real headless Chromium (Debian's package), driven by Playwright, over uvicorn on loopback."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("FOEDUS_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"no Chromium at {CHROMIUM}: install Debian's `chromium` package "
                                       "(.ci/run does) to run the dashboard's browser test")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(app):
    """Run ``app`` with uvicorn on a free loopback port in a thread; yields its base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started:
        if time.time() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def server(serve_db):
    pytest.importorskip("uvicorn")
    from foedus.serve import create_app

    yield from _serve(create_app(serve_db))


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory):
    """A server that takes POST /api/articles (token 'letmein'), over its own database and a stand-in coder."""
    pytest.importorskip("uvicorn")
    from serve_factory import FakeCoder, build_db

    from foedus.serve import create_app

    db = build_db(tmp_path_factory.mktemp("hostile") / "hostile.duckdb")
    yield from _serve(create_app(db, token="letmein", coder=FakeCoder()))


@pytest.fixture
def page(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    profile = tmp_path / "chromium-profile"
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=ARGS,
            viewport={"width": 1366, "height": 900})
        # Nothing but this server: any other address would mean an asset is not offline.
        outside: list[str] = []

        def guard(route):
            url = route.request.url
            if url.startswith("http://127.0.0.1:") or url.startswith("data:"):
                return route.continue_()
            outside.append(url)
            return route.abort()

        context.route("**/*", guard)
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        # Anything the Content-Security-Policy blocked (an inline style or script left behind, eval) shows here.
        blocked: list[str] = []
        pg.on("console", lambda msg: blocked.append(msg.text) if "Content Security Policy" in msg.text else None)
        yield pg
        context.close()
        shutil.rmtree(profile, ignore_errors=True)
        assert not outside, f"the dashboard asked for outside addresses: {outside}"
        assert not errors, f"JavaScript errors: {errors}"
        assert not blocked, f"the Content-Security-Policy blocked: {blocked}"


def _ready(pg, view: str) -> None:
    pg.wait_for_selector(f"main[data-ready='{view}']", timeout=15_000)


def test_dashboard_timeline_article_scenario(server, page, tmp_path):
    page.goto(server + "/")
    _ready(page, "timeline")
    assert page.locator("#events tbody tr").count() == 8
    assert page.locator("#chart svg rect").count() > 0
    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)

    # Filter the timeline with the keyboard-usable form.
    page.get_by_label("Actor code").fill("KORGOV")
    page.get_by_label("Modality").select_option("asserted")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_function("location.hash.includes('actor=KORGOV')")
    _ready(page, "timeline")
    rows = page.locator("#events tbody tr")
    assert rows.count() == 4            # the considered arms event is left out
    assert "(4 matching)" in page.locator("#count").inner_text()
    page.screenshot(path=str(tmp_path / "timeline-filtered.png"), full_page=True)

    # Open an article from an event's evidence and check its highlighted evidence.
    page.get_by_role("link", name="Seoul accused Moscow of arming the North.").click()
    _ready(page, "article")
    marks = page.locator("mark[data-event]")
    assert marks.count() == 2
    active = page.locator("mark.active")
    assert active.inner_text() == "Seoul accused Moscow of arming the North."
    assert page.locator("li.active .code").inner_text() == "112"
    assert "considered" in page.locator("#e-seoul-arms-e1").inner_text()
    page.get_by_role("button", name="Show evidence of seoul-arms-e1").click()
    assert page.locator("mark.active").inner_text() == "Officials said Seoul may send weapons to Kyiv."
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)

    # Run a scenario.
    page.goto(server + "/#/scenario")
    _ready(page, "scenario")
    page.get_by_label("Attacked state").select_option("PRK")
    page.get_by_label("Attacked by").select_option("KOR")
    page.get_by_label("On", exact=True).fill("2025-01-01")
    page.get_by_role("button", name="Run scenario").click()
    page.wait_for_selector("#obliged")
    assert "RUS" in page.locator("#obliged").inner_text()
    assert page.locator("#rules li").count() >= 1
    assert page.locator("#sout svg circle").count() >= 3
    page.screenshot(path=str(tmp_path / "scenario.png"), full_page=True)

    for view in ("dyad?a=KOR&b=RUS&by=week", "network", "map", "treaties?party=PRK&on=2025-01-01"):
        page.goto(f"{server}/#/{view}")
        _ready(page, view.split("?")[0])
        page.wait_for_selector("main svg, main table")
        page.screenshot(path=str(tmp_path / f"{view.split('?')[0]}.png"), full_page=True)
    assert page.locator("#tout tbody tr").count() >= 1
    assert len(list(tmp_path.glob("*.png"))) == 8
    if os.environ.get("FOEDUS_SHOTS"):
        for shot in tmp_path.glob("*.png"):
            shutil.copy(shot, Path(os.environ["FOEDUS_SHOTS"]) / shot.name)


HOSTILE_SOURCE = '<img src=x onerror="window.__xss = (window.__xss || 0) + 1">Wire'
HOSTILE_TITLE = '<script>window.__xss = 99</script><svg onload="window.__xss = 98">'


def test_hostile_article_fields_do_not_run(writable_server, page, tmp_path):
    """Issue 9: a source, title and url posted through POST /api/articles (as a hostile feed would carry
    them) are shown as text; a javascript: link is refused when posted and never rendered as a link."""
    import httpx

    auth = {"Authorization": "Bearer letmein"}
    article = {"id": "hostile", "text": "Seoul warned Pyongyang.", "date": "2024-06-30", "title": HOSTILE_TITLE,
               "source": HOSTILE_SOURCE, "url": "https://news.example/hostile"}
    refused = httpx.post(writable_server + "/api/articles", headers=auth,
                         json={"articles": [dict(article, url="javascript:window.__xss=7")]})
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "E601"
    stored = httpx.post(writable_server + "/api/articles", headers=auth, json={"articles": [article]})
    assert stored.status_code == 200 and stored.json()["data"]["new"] == 1, stored.text

    page.goto(writable_server + "/#/article/hostile")
    _ready(page, "article")
    page.wait_for_timeout(300)                      # time for an injected onerror/onload to fire
    assert page.evaluate("window.__xss") is None
    assert page.locator("#art img, #art script, #art svg").count() == 0
    assert page.locator("#art-meta").inner_text().startswith(HOSTILE_SOURCE)
    assert page.locator("#art h2").inner_text() == HOSTILE_TITLE
    assert page.locator("#original").get_attribute("href") == "https://news.example/hostile"

    # A row holding a javascript: link (stored by an older version or another tool): even if the API
    # handed it out, the page does not make a link of it.
    def forged(route):
        response = route.fetch()
        body = response.json()
        body["data"]["url"] = "javascript:window.__xss=5"
        body["data"]["source"] = HOSTILE_SOURCE
        route.fulfill(response=response, json=body)

    page.route("**/api/articles/hostile", forged)
    page.goto(writable_server + "/#/timeline")
    _ready(page, "timeline")
    page.goto(writable_server + "/#/article/hostile")
    _ready(page, "article")
    page.wait_for_timeout(300)
    assert page.locator("#original").count() == 0
    assert page.locator("a[href^='javascript' i]").count() == 0
    assert page.evaluate("window.__xss") is None
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    _keep(tmp_path)


def test_api_docs_render_offline(server, page, tmp_path):
    """/docs is Swagger UI from packaged files: it renders with every outside address refused and
    nothing blocked by the Content-Security-Policy; without Swagger UI's files a plain page lists the routes."""
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15_000)
    assert page.locator(".swagger-ui .opblock").count() >= 15
    assert "/api/events" in page.locator(".swagger-ui").inner_text()
    page.screenshot(path=str(tmp_path / "docs.png"), full_page=False)

    page.route("**/docs-assets/**", lambda route: route.fulfill(status=404, body=""))
    page.goto(server + "/docs?plain")
    page.wait_for_selector("#plain-docs section", timeout=15_000)
    text = page.locator("#plain-docs").inner_text()
    assert "/api/events" in text and "cursor" in text and "CodeRequest" in text
    page.screenshot(path=str(tmp_path / "docs-plain.png"), full_page=False)
    _keep(tmp_path)


def _keep(folder: Path) -> None:
    if os.environ.get("FOEDUS_SHOTS"):
        for shot in folder.glob("*.png"):
            shutil.copy(shot, Path(os.environ["FOEDUS_SHOTS"]) / shot.name)


@pytest.fixture(scope="module")
def outlier_server(tmp_path_factory):
    """The corpus plus a year of events and two misdated articles (1970, 2031)."""
    pytest.importorskip("uvicorn")
    from serve_factory import outlier_db

    from foedus.serve import create_app

    yield from _serve(create_app(outlier_db(tmp_path_factory.mktemp("outliers") / "outliers.duckdb")))


def _texts(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "els => els.map(e => e.textContent)")


def _labels_apart(page, selector: str) -> list[str]:
    """The rendered boxes of the labels matched by ``selector`` overlap nowhere (1 px of slack)."""
    boxes = page.eval_on_selector_all(selector, """els => els.map(e => { const b = e.getBBox();
        return [b.x, b.y, b.x + b.width, b.y + b.height, e.textContent]; })""")
    assert boxes, selector
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            w = min(a[2], b[2]) - max(a[0], b[0])
            h = min(a[3], b[3]) - max(a[1], b[1])
            assert w <= 1 or h <= 1, f"labels {a[4]!r} and {b[4]!r} overlap"
    return [b[4] for b in boxes]


def test_timeline_shows_the_bulk_of_the_dates(outlier_server, page, tmp_path):
    page.goto(outlier_server + "/#/timeline")
    _ready(page, "timeline")
    note = page.locator("#clip-note").inner_text()
    assert "1970-01-01" in note and "2031-05-01" in note and "1st–99th percentile" in note
    chart = page.locator("#chart svg")
    assert chart.get_attribute("data-first") >= "2024-01-01" and chart.get_attribute("data-last") <= "2024-12-31"
    assert int(chart.get_attribute("data-periods")) < 60                # a year of weeks, not 61 years
    assert "(210 matching)" in page.locator("#count").inner_text()   # the table still has every event
    page.screenshot(path=str(tmp_path / "timeline-bulk.png"), full_page=True)
    page.locator("#clip-toggle").click()
    page.wait_for_function("location.hash.includes('range=all')")
    _ready(page, "timeline")
    chart = page.locator("#chart svg")
    assert chart.get_attribute("data-first") <= "1970-01-01" and chart.get_attribute("data-last") >= "2031-04-28"
    assert "every date" in page.locator("#clip-note").inner_text()
    # Dates the reader chose are drawn as asked, without a note.
    page.goto(outlier_server + "/#/timeline?since=1970-01-01&until=2031-12-31&by=month")
    _ready(page, "timeline")
    assert page.locator("#clip-note").count() == 0
    _keep(tmp_path)


def test_goldstein_line_has_its_own_axis_and_breaks_over_empty_periods(server, page, tmp_path):
    page.goto(server + "/#/dyad?a=KORGOV&b=RUSGOV&by=week")
    _ready(page, "dyad")
    page.wait_for_selector("#dyout svg")
    # Weeks of June 3 (1 event), 10 and 17 (none), 24 (2): two dots and no line across the empty weeks.
    assert page.locator("#dyout circle.goldstein-dot").count() == 2
    assert page.locator("#dyout polyline.goldstein").count() == 0
    assert _texts(page, "#dyout text.g-tick") == ["-10", "-5", "0", "+5", "+10"]
    segments = page.evaluate("""goldsteinSegments([{total: 1, mean_goldstein: -2}, {total: 0, mean_goldstein: null},
        {total: 2, mean_goldstein: 1}, {total: 1, mean_goldstein: 3}, {total: 0, mean_goldstein: 0}])""")
    assert segments == [[[0, -2]], [[2, 1], [3, 3]]]
    assert _texts(page, "#dyout svg text:not(.g-tick)")[:3] == ["0", "1", "2"]   # whole-number ticks
    page.screenshot(path=str(tmp_path / "dyad-goldstein.png"), full_page=True)
    _keep(tmp_path)


def test_network_and_scenario_labels_do_not_collide(server, page, tmp_path):
    page.goto(server + "/#/network")
    _ready(page, "network")
    assert set(_labels_apart(page, "#net text.node-label")) == {"KORGOV", "RUSGOV", "UKR", "PRKMIL", "USAGOV"}
    for attacked, by in (("ARM", "AZE"), ("USA", "RUS")):
        page.goto(f"{server}/#/scenario?attacked={attacked}&by={by}&on=2025-01-01&depth=2&run=1")
        _ready(page, "scenario")
        labels = _labels_apart(page, "#sout text.node-label, #sout text.edge-label")
        assert attacked in labels and by in labels and "attack" in labels
        page.screenshot(path=str(tmp_path / f"scenario-{attacked}.png"), full_page=True)
    _keep(tmp_path)


def test_scenario_table_explains_conditions_and_keeps_strength_zero_apart(server, page):
    page.goto(server + "/#/scenario?attacked=ARM&by=AZE&on=2025-01-01&depth=2&run=1")
    _ready(page, "scenario")
    table = page.locator("#obliged").inner_text()
    assert "Shusha Declaration, defence section" in table            # the article label in full
    assert "csto_1992 Art. 4" in table
    first = page.locator("#obliged ul.conditions li").first
    assert first.locator("strong").inner_text().endswith(".") and len(first.inner_text()) > 30
    kinds = set(page.eval_on_selector_all("#obliged ul.conditions li", "els => els.map(e => e.dataset.kind)"))
    assert {"un_art51", "request_by_victim"} <= kinds
    assert "Self-defence under UN Charter Art. 51." in table and "Only at the attacked state's request." in table

    page.goto(server + "/#/scenario?attacked=TWN&by=CHN&on=2025-01-01&depth=1&run=1")
    _ready(page, "scenario")
    assert "Nobody is bound to act" in page.locator("#obliged").inner_text()
    zero = page.locator("#strength-zero tbody tr")
    assert zero.count() == 1 and "USA" in zero.inner_text() and "Sec. 2(b)(6), 3(a), 3(c)" in zero.inner_text()
    assert "Through each state's constitutional processes." in zero.inner_text()

    page.goto(server + "/#/scenario?attacked=UKR&by=RUS&on=2025-01-01&depth=1&run=1")
    _ready(page, "scenario")
    assert "UK-Ukraine, section on future attack; US-Ukraine, Art. on consultation" in page.locator("#sout").inner_text()
