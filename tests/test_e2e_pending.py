"""An Editor's change to a published meeting, in a real browser: readers do not see it until a
Publisher, in a second session, reads the diff and approves it.

The two people are two real sessions in one Chromium: the Editor on http://localhost:PORT, the
Publisher on http://127.0.0.1:PORT (hosts whose cookies the browser keeps apart)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from archive.models import Event, PendingChange
from archive.roles import EDITOR, PUBLISHER
from tests import factories
from tests.browser import log_in, new_user, save, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PUBLISHED = "The heads of state met and signed the agreement on confidence-building in the border area."
PROPOSED = "Proposed in the browser: the five heads of state signed the confidence-building agreement."


def test_an_editors_change_waits_until_a_publisher_approves_it(live_site, page, browser):
    new_user("ed", group=EDITOR)
    new_user("pub", group=PUBLISHER)
    event = factories.event(published=True, kind="summit", summary_en=PUBLISHED)
    editor_url, publisher_url = live_site.url, live_site.url.replace("localhost", "127.0.0.1")
    public_page = f"{editor_url}/en/events/{event.slug}/"

    log_in(page, editor_url, "ed")
    page.goto(f"{editor_url}/admin/archive/event/{event.pk}/change/")
    page.fill("#id_summary_en", PROPOSED)
    save(page)
    expect(page.locator(".messagelist")).to_contain_text("待發布者核准")  # the admin speaks the browser's zh-TW
    page.goto(public_page)
    expect(page.locator("main")).to_contain_text(PUBLISHED)
    expect(page.locator("main")).not_to_contain_text(PROPOSED)

    reviewer = browser.new_page()
    try:
        reviewer.bring_to_front()
        log_in(reviewer, publisher_url, "pub")
        reviewer.goto(f"{publisher_url}/admin/archive/pendingchange/")
        reviewer.get_by_role("link", name=PendingChange.objects.get().object_repr).first.click()
        expect(reviewer.locator("table.history-changes")).to_be_visible()
        screenshot(reviewer, "admin-pending-review")
        reviewer.locator("form[action$='/approve/'] button").click()
        reviewer.wait_for_load_state()
    finally:
        reviewer.close()

    page.bring_to_front()
    page.goto(public_page)
    expect(page.locator("main")).to_contain_text(PROPOSED)
    assert Event.objects.get(pk=event.pk).summary_en == PROPOSED
