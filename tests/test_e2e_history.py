"""A publisher edits a meeting in Chromium, reads on its history page what changed, and reverts it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from archive.roles import PUBLISHER
from tests import factories
from tests.browser import log_in, new_user, save, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_publisher_sees_the_change_and_reverts_it(live_site, page):
    """A published meeting of the test's own: a wrong Chinese summary is undone from the history page."""
    new_user("publisher", group=PUBLISHER)
    # Longer than the history's threshold for marking what changed inside a text.
    summary = "1998年7月3日至4日，五國元首在阿拉木圖舉行第三次會晤，主要探討了地區安全、經濟合作等問題，並發表了聯合聲明。"
    event = factories.event(published=True, kind="summit", summary_zh=summary * 2)
    original = event.summary_zh
    log_in(page, live_site.url, "publisher")
    page.goto(f"{live_site.url}/admin/archive/event/{event.pk}/change/")
    page.fill("#id_summary_zh", original + "（錯誤的補充）")
    save(page)
    expect(page.locator(".messagelist .success")).to_be_visible()

    page.goto(f"{live_site.url}/admin/archive/event/{event.pk}/history/")
    newest = page.locator(".history-entry").first
    expect(newest.locator("ins")).to_have_text("（錯誤的補充）")
    expect(newest).to_contain_text("publisher")
    expect(newest.locator(".history-comment")).to_contain_text("摘要（中文）")  # the comment in the editor's language
    expect(page.locator(".history-entry").last).to_contain_text("首次記錄變更前的狀態")
    screenshot(page, "admin-history-zh-hant")

    page.locator(".history-entry").last.get_by_role("button", name="回復為此版本").click()
    expect(page.locator(".messagelist .success")).to_contain_text("已回復為")
    event.refresh_from_db()
    assert event.summary_zh == original
    expect(page.locator(".history-entry").first).to_contain_text("回復為")
