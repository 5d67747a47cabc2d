"""Two publishers open the same published record; the first saves; the second's save is refused with a message that
shows what changed meanwhile, and nothing of the first editor's work is overwritten.

The two editors are two real sessions in one Chromium: one on http://localhost:PORT, the other on
http://127.0.0.1:PORT, hosts whose cookies the browser keeps apart (the session fixture is a persistent
context, which cannot open a second, separate context).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from archive.roles import PUBLISHER
from tests import factories
from tests.browser import SCREENSHOTS, log_in, new_user, save, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REFUSAL = {
    "en": "Someone else saved this record after you opened it, so your changes were not saved. Now in the archive:",
    "zh-hant": "您開啟此記錄後，已有其他人儲存過，因此您的修改未被儲存。檔案庫中目前為：",
}
RELOAD = {"en": "Reload the page, then make your changes again.", "zh-hant": "請重新載入頁面後再修改。"}


@dataclass
class Case:
    make: Callable  # a published record of the test's own
    first_field: str  # the first editor's change, in Chinese
    second_field: str  # the second editor's change, in English
    first_label: dict[str, str]  # the first field's name as the refusal prints it


def meeting():
    return factories.event(published=True, kind="summit", summary_zh="元首會晤。", summary_en="A summit.")


def permanent_body():
    return factories.organ(published=True, functions_zh="協調成員國合作。", functions_en="Coordinates the members' cooperation.")


EVENT = Case(meeting, "summary_zh", "summary_en", {"en": "summary zh", "zh-hant": "摘要（中文）"})
ORGAN = Case(permanent_body, "functions_zh", "functions_en", {"en": "functions (Chinese)", "zh-hant": "職能（中文）"})


@pytest.mark.parametrize(
    ("case", "second_language"),
    [
        pytest.param(EVENT, "zh-hant", id="event-zh-hant"),
        pytest.param(EVENT, "en", id="event-en"),
        pytest.param(ORGAN, "zh-hant", id="organ-zh-hant"),
        pytest.param(ORGAN, "en", id="organ-en"),
    ],
)
def test_second_editor_is_refused_and_shown_the_first_editors_change(live_site, page, browser, case, second_language):
    for username in ("alice", "boris"):
        new_user(username, group=PUBLISHER)  # their saves go live (an Editor's wait for approval)
    record = case.make()
    original_second, version = getattr(record, case.second_field), record.version
    first_url = live_site.url  # http://localhost:PORT
    second_url = live_site.url.replace("localhost", "127.0.0.1")
    assert first_url != second_url
    change = f"/admin/archive/{record._meta.model_name}/{record.pk}/change/"
    first_input, second_input = f"#id_{case.first_field}", f"#id_{case.second_field}"

    alice, boris = page, browser.new_page()
    try:
        # Alice's admin follows the browser (zh-TW → 繁體中文); Boris may have chosen English.
        browser.add_cookies([{"name": "django_language", "value": second_language, "url": second_url}])
        log_in(alice, first_url, "alice")
        log_in(boris, second_url, "boris")
        alice.goto(first_url + change)
        boris.goto(second_url + change)
        expect(boris.locator(second_input)).to_have_value(original_second)
        for editor in (alice, boris):
            assert editor.locator('input[type=hidden][name="loaded_version"]').count() == 1, "the form carries the version it opened"

        alices_text = "甲編輯於此補充：會議與機構的摘要，1998年7月3日。"
        alice.bring_to_front()  # each editor works in the window in front (a hidden page's timers are slowed)
        alice.fill(first_input, alices_text)
        save(alice)
        expect(alice.locator(".messagelist .success")).to_be_visible()
        record.refresh_from_db()
        assert getattr(record, case.first_field) == alices_text
        assert record.version == version + 1

        boris_text = "Boris's English text, typed while Alice was saving."
        boris.bring_to_front()
        boris.fill(second_input, boris_text)
        save(boris)
        refusal = boris.locator("ul.errorlist.nonfield")
        expect(refusal).to_be_visible()
        text = refusal.inner_text()
        assert text.startswith(REFUSAL[second_language]), text
        assert f"{case.first_label[second_language]}: “{alices_text}”" in text, "the change made meanwhile, with its new value"
        assert text.rstrip().endswith(RELOAD[second_language]), text
        expect(boris.locator(".errornote")).to_be_visible()
        # Boris's typing is still on his screen, to copy; nothing of it reached the database.
        expect(boris.locator(second_input)).to_have_value(boris_text)
        name = f"admin-conflict-refused-{record._meta.model_name}-{second_language}"
        screenshot(boris, name)
        boris.screenshot(path=str(SCREENSHOTS / f"{name}-viewport.png"))  # the message as an editor first sees it
        record.refresh_from_db()
        assert (getattr(record, case.first_field), getattr(record, case.second_field), record.version) == (
            alices_text,
            original_second,
            version + 1,
        )

        # Reloading shows Alice's work; Boris makes his change again and it is saved beside hers.
        boris.goto(second_url + change)
        expect(boris.locator(first_input)).to_have_value(alices_text)
        boris.fill(second_input, boris_text)
        save(boris)
        expect(boris.locator(".messagelist .success")).to_be_visible()
        expect(boris.locator("ul.errorlist")).to_have_count(0)
        record.refresh_from_db()
        assert (getattr(record, case.first_field), getattr(record, case.second_field), record.version) == (
            alices_text,
            boris_text,
            version + 2,
        )
    finally:
        boris.close()
