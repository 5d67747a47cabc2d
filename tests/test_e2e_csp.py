"""Every page under the Content-Security-Policy in a real browser: no violation, and the admin's
scripted parts (tree drag-and-drop, calendars, autocomplete, inlines, actions, import/export forms)
still work without anything inline."""

import pytest
from playwright.sync_api import expect

from archive.models import Event, Instrument, Organ, Person, Source, State
from archive.transfer.resources import EventResource
from tests.browser import PASSWORD, new_user, screenshot

pytestmark = pytest.mark.browser

# Injected by Playwright before any page script, and not subject to the page's CSP. Each violation
# is also logged, so that one just before a navigation (the tree reloads after a move) is not lost.
LISTEN_FOR_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    const text = `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}:${event.lineNumber}`;
    window.__cspViolations.push(text);
    console.error(`Content Security Policy violation: ${text}`);
});
"""


class CspWatch:
    """Collects CSP violations (DOM events and console reports) page by page."""

    def __init__(self, page):
        self.page = page
        self.console: list[str] = []
        page.add_init_script(LISTEN_FOR_VIOLATIONS)
        page.on("console", self.on_console)

    def on_console(self, message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(f"{self.page.url}: {message.text}")

    def visit(self, url: str):
        response = self.page.goto(url)
        assert response is not None and response.status == 200, url
        header = response.headers.get("content-security-policy", "")
        assert "script-src 'self'" in header, url
        assert "'unsafe-inline'" not in header and "'unsafe-eval'" not in header, url
        self.page.wait_for_load_state("networkidle")
        self.check(url)

    def check(self, where: str):
        violations = self.page.evaluate("window.__cspViolations || []")
        assert violations == [], f"{where}: {violations}"
        assert self.console == [], self.console


def public_urls(base: str) -> list[str]:
    records = [
        Event.objects.published().order_by("held_on").first(),
        Instrument.objects.published().get(slug="charter-2002-06-sco"),
        Organ.objects.published().get(slug="sco"),
        State.objects.published().first(),
        Person.objects.published().first(),
        Source.objects.published().first(),
    ]
    paths = ["/", "/chronology/", "/organs/", "/search/?q=憲章", *[record.get_absolute_url() for record in records]]
    return [base + path for path in paths] + [base + "/en" + path for path in paths]


@pytest.mark.sweep
def test_public_pages_raise_no_csp_violation(live_site, page):
    watch = CspWatch(page)
    for url in public_urls(live_site.url):
        watch.visit(url)


def log_in(watch: CspWatch, base: str):
    new_user("csp-admin", superuser=True)
    watch.visit(f"{base}/admin/login/")
    watch.page.fill("#id_username", "csp-admin")
    watch.page.fill("#id_password", PASSWORD)
    watch.page.click("input[type=submit]")
    expect(watch.page.locator("#user-tools")).to_be_visible()
    watch.check("after login")


@pytest.mark.slow
def test_admin_pages_and_their_scripts_work_without_inline_code(live_site, page):
    base = live_site.url
    watch = CspWatch(page)
    log_in(watch, base)
    event = Event.objects.get(slug="summit-2002-06-06-st-petersburg")  # with participants, instruments, citations
    instrument = Instrument.objects.get(slug="charter-2002-06-sco")
    organ = Organ.objects.get(slug="sco")

    watch.visit(f"{base}/admin/")

    # Changelist actions (actions.js): ticking a row updates the counter.
    watch.visit(f"{base}/admin/archive/event/")
    page.locator("#result_list tbody input.action-select").first.check()
    expect(page.locator(".action-counter")).to_contain_text("1")
    watch.check("event changelist actions")

    # Change form: calendar widget, autocomplete, inline add-row.
    watch.visit(f"{base}/admin/archive/event/{event.pk}/change/")
    page.locator(".datetimeshortcuts a[id^=calendarlink]").first.click()
    expect(page.locator(".calendarbox").first).to_be_visible()
    page.keyboard.press("Escape")
    page.locator(".field-organ .select2-selection").click()
    expect(page.locator(".select2-container--open .select2-results__option").first).to_be_visible()
    page.keyboard.press("Escape")
    rows_before = page.locator("#participations-group tbody tr.form-row:not(.empty-form)").count()
    page.locator("#participations-group .add-row a").click()
    expect(page.locator("#participations-group tbody tr.form-row:not(.empty-form)")).to_have_count(rows_before + 1)
    screenshot(page, "csp-admin-event-change")
    watch.check("event change form widgets")

    # Add form: the slug is prepopulated from the English title (prepopulate.js).
    watch.visit(f"{base}/admin/archive/event/add/")
    page.locator("#id_title_en").press_sequentially("A Test Summit")
    expect(page.locator("#id_slug")).to_have_value("a-test-summit")
    watch.check("event add form")

    for path in (
        "/admin/archive/instrument/",
        f"/admin/archive/instrument/{instrument.pk}/change/",
        "/admin/archive/instrument/add/",
        f"/admin/archive/organ/{organ.pk}/change/",
        "/admin/archive/organ/add/",
    ):
        watch.visit(base + path)

    # Import: choosing a file picks its format (guess_format.js).
    watch.visit(f"{base}/admin/archive/event/import/")
    page.set_input_files("#id_import_file", files=[{"name": "events.csv", "mimeType": "text/csv", "buffer": b"slug\n"}])
    expect(page.locator("#id_format option:checked")).to_have_text("csv")
    watch.check("import form")

    # The import preview marks changed text without the library's inline colours.
    dataset = EventResource().export()
    title_zh = dataset.headers.index("title_zh")
    row = list(dataset[0])
    row[title_zh] += "（預覽）"
    dataset[0] = row
    csv = ("\ufeff" + dataset.export("csv")).encode()
    page.set_input_files("#id_import_file", files=[{"name": "events.csv", "mimeType": "text/csv", "buffer": csv}])
    page.locator(".submit-row input[type=submit]").click()
    inserted = page.locator("table.import-preview ins").first
    expect(inserted).to_have_text("（預覽）")
    expect(inserted).to_have_css("background-color", "rgb(230, 255, 230)")  # from the stylesheets
    watch.check("import preview")

    # Export: "select all" clears and ticks every field (admin-extra.js replaces the onchange handler).
    watch.visit(f"{base}/admin/archive/event/export/")
    fields = page.locator('.selectable-field-export-row input[type="checkbox"]:visible')
    assert fields.count() > 1
    page.locator("#select-all-toggle").uncheck()
    for index in range(fields.count()):
        expect(fields.nth(index)).not_to_be_checked()
    page.locator("#select-all-toggle").check()
    for index in range(fields.count()):
        expect(fields.nth(index)).to_be_checked()
    watch.check("export form")


@pytest.mark.slow
def test_history_page_raises_no_csp_violation(live_site, page):
    watch = CspWatch(page)
    log_in(watch, live_site.url)
    event = Event.objects.get(slug="summit-2002-06-06-st-petersburg")
    # An edit in the browser, so that the history has a change to show.
    watch.visit(f"{live_site.url}/admin/archive/event/{event.pk}/change/")
    page.fill("#id_date_as_printed", "6月6日至7日")
    page.locator("#content-main input[name=_continue]").first.click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    watch.check("event saved")
    watch.visit(f"{live_site.url}/admin/archive/event/{event.pk}/history/")
    expect(page.locator("#content-main")).to_contain_text("6月6日至7日")
    screenshot(page, "csp-admin-event-history")


@pytest.mark.slow
def test_organ_tree_expands_collapses_and_moves_by_drag_and_drop(live_site, page):
    base = live_site.url
    watch = CspWatch(page)
    log_in(watch, base)
    sco = Organ.objects.get(slug="sco")
    shanghai_five = Organ.objects.get(slug="shanghai-five")

    watch.visit(f"{base}/admin/archive/organ/")
    children = page.locator(f'#result_list tr[data-parent-id="{sco.pk}"]')
    page.locator(f'#result_list tr[data-node-id="{sco.pk}"] a.treebeard-collapse').click()
    expect(children.first).to_be_visible()
    assert children.count() == Organ.objects.get_children(sco).count()
    screenshot(page, "csp-admin-organ-tree")
    page.locator(f'#result_list tr[data-node-id="{sco.pk}"] a.treebeard-collapse').click()
    expect(children.first).to_be_hidden()
    watch.check("tree expand and collapse")

    # Drag the Shanghai Five onto the lower half of the SCO's row: it becomes the SCO's last child.
    handle = page.locator(f'#result_list tr[data-node-id="{shanghai_five.pk}"] .drag-handler')
    target = page.locator(f'#result_list tr[data-node-id="{sco.pk}"]')
    box = target.bounding_box()
    with (
        page.expect_navigation(),  # treebeard reloads the changelist after the move
        page.expect_response(lambda response: response.url.endswith("/admin/archive/organ/move/")) as moved,
    ):
        handle.drag_to(target, target_position={"x": box["width"] / 2, "y": box["height"] * 0.8})
    assert moved.value.ok
    page.wait_for_load_state("networkidle")
    watch.check("tree drag and drop")
    shanghai_five.refresh_from_db()
    assert Organ.objects.get_parent(shanghai_five) == sco
    assert Organ.objects.find_problems() == ([], [], [], [], [])


@pytest.mark.slow
def test_lockout_page_after_five_wrong_passwords(live_site, page):
    new_user("csp-admin", superuser=True)
    watch = CspWatch(page)
    watch.visit(f"{live_site.url}/admin/login/")
    for attempt in range(1, 6):
        assert not page.locator("body.lockout").count(), f"locked out after {attempt - 1} failures"
        page.fill("#id_username", "csp-admin")
        page.fill("#id_password", "a-wrong-password")
        page.click("input[type=submit]")
    # The fifth failure is answered with the lockout page, in the admin's style and language.
    expect(page.locator("body.lockout h1")).to_have_text("登入已鎖定")
    expect(page.locator(".errornote")).to_contain_text("密碼錯誤 5 次")
    expect(page.locator(".lockout-retry")).to_have_text("請於 30 分鐘後再試。")
    screenshot(page, "admin-lockout")
    watch.check("lockout page")
