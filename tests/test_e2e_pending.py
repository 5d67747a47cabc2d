"""An Editor's change to a published meeting, in a real browser: readers do not see it until a
Publisher, in a second session, reads the diff and approves it.

The two people are two real sessions in one Chromium: the Editor on http://localhost:PORT, the
Publisher on http://127.0.0.1:PORT (hosts whose cookies the browser keeps apart)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from archive.models import Event, PendingChange
from archive.roles import EDITOR, PUBLISHER
from tests.browser import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"
PROPOSED = "Proposed in the browser: the five heads of state signed the confidence-building agreement."


def log_in(page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")


def test_an_editors_change_waits_until_a_publisher_approves_it(seeded, live_server, page, browser, django_user_model):
    django_user_model.objects.create_user("ed", password=PASSWORD, is_staff=True).groups.add(Group.objects.get(name=EDITOR))
    django_user_model.objects.create_user("pub", password=PASSWORD, is_staff=True).groups.add(Group.objects.get(name=PUBLISHER))
    event = Event.objects.get(slug="summit-1996-04-26-shanghai")  # 第一節 壹: the first Shanghai Five meeting
    editor_url, publisher_url = live_server.url, live_server.url.replace("localhost", "127.0.0.1")
    public_page = f"{editor_url}/en/events/{event.slug}/"

    log_in(page, editor_url, "ed")
    page.goto(f"{editor_url}/admin/archive/event/{event.pk}/change/")
    page.fill("#id_summary_en", PROPOSED)
    page.locator('input[name="_save"]').first.click()
    page.wait_for_load_state()
    expect(page.locator(".messagelist")).to_contain_text("待發布者核准")  # the admin speaks the browser's zh-TW
    page.goto(public_page)
    expect(page.locator("main")).not_to_contain_text(PROPOSED)

    reviewer = browser.new_page()
    log_in(reviewer, publisher_url, "pub")
    reviewer.goto(f"{publisher_url}/admin/archive/pendingchange/")
    reviewer.get_by_role("link", name=PendingChange.objects.get().object_repr).first.click()
    expect(reviewer.locator("table.history-changes")).to_be_visible()
    screenshot(reviewer, "admin-pending-review")
    reviewer.locator("form[action$='/approve/'] button").click()
    reviewer.wait_for_load_state()
    reviewer.close()

    page.goto(public_page)
    expect(page.locator("main")).to_contain_text(PROPOSED)
    event.refresh_from_db()
    assert event.summary_en == PROPOSED
