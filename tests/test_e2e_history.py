"""A publisher edits a meeting in Chromium, reads on its history page what changed, and reverts it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from archive.models import Event
from archive.roles import PUBLISHER
from tests.browser import screenshot
from tests.test_e2e_conflict import PASSWORD, log_in, save

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_publisher_sees_the_change_and_reverts_it(seeded, live_server, page, django_user_model):
    """Section 一(一), the 1998 Almaty meeting: a wrong Chinese summary is undone from the history page."""
    user = django_user_model.objects.create_user("publisher", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=PUBLISHER))
    event = Event.objects.get(slug="summit-1998-07-03-almaty")
    original = event.summary_zh
    log_in(page, live_server.url, "publisher")
    page.goto(f"{live_server.url}/admin/archive/event/{event.pk}/change/")
    page.fill("#id_summary_zh", original + "（錯誤的補充）")
    save(page)
    expect(page.locator(".messagelist .success")).to_be_visible()

    page.goto(f"{live_server.url}/admin/archive/event/{event.pk}/history/")
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
