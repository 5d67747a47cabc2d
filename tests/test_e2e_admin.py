"""An editor in a real browser: log in, find the St Petersburg summit, see its charter and citations."""

import pytest
from playwright.sync_api import expect

from tests.browser import PASSWORD, VIEWPORTS, new_user, screenshot

pytestmark = pytest.mark.browser


@pytest.mark.slow
def test_editor_logs_in_and_opens_a_summit_with_its_inlines(live_site, page):
    new_user("editor", superuser=True)
    page.goto(f"{live_site.url}/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.goto(f"{live_site.url}/admin/archive/event/?q=聖彼得堡")
    screenshot(page, "admin-event-list-desktop")
    page.get_by_role("link", name="2002年6月6日至7日").first.click()
    expect(page.locator("#participations-group")).to_be_visible()
    expect(page.locator("#instruments-group")).to_be_visible()
    expect(page.locator("#citations-group")).to_be_visible()
    assert "上海合作組織憲章" in page.content()
    screenshot(page, "admin-event-desktop")


def test_public_record_page_renders_chinese_and_cyrillic(live_site, page):
    for name, viewport in VIEWPORTS.items():
        page.set_viewport_size(viewport)
        page.goto(f"{live_site.url}/instruments/charter-2002-06-sco/")
        assert page.locator("h1").inner_text().startswith("上海合作組織憲章")
        assert page.locator('[lang="ru"]').first.inner_text().startswith("Хартия")
        screenshot(page, f"instrument-charter-{name}")
