"""A reader types a state's name into the chronology's filter (a text box once the archive holds more
than 50 states) and gets the filtered chronology; a name that is no state's gets the message and the
list to pick from. On a desktop and on a 390 px phone, in both languages (issue #15)."""

import re

import pytest
from playwright.sync_api import expect

from archive.filters import SELECT_LIMIT
from tests.browser import VIEWPORTS, screenshot

pytestmark = pytest.mark.browser


def more_states_than_a_select_offers() -> None:
    from archive.models import State

    for number in range(SELECT_LIMIT + 1 - State.objects.published().count()):
        State.objects.create(slug=f"e2e-state-{number}", name_zh=f"測試國{number}", name_en=f"Testland {number}", status="published")


@pytest.mark.parametrize(
    ("prefix", "typed", "label", "viewport"),
    [("/en", "uzbekistan", "State", "desktop"), ("", "烏茲別克", "國家", "phone"), ("/en", "Узбекистан", "State", "phone")],
)
def test_a_reader_types_a_states_name_and_gets_the_filtered_chronology(live_site, page, prefix, typed, label, viewport):
    more_states_than_a_select_offers()
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(f"{live_site.url}{prefix}/chronology/")
    box = page.get_by_role("textbox", name=label)
    expect(box).to_be_visible()
    box.fill(typed)
    box.press("Enter")
    page.wait_for_url(re.compile(r"state="))
    years = page.locator("a[href*='/chronology/2001/']")
    expect(years.first).to_be_visible()
    assert page.locator("a[href*='/chronology/1996/']").count() == 0, "Uzbekistan took part from 2000 (line 177)"
    years.first.click()
    expect(page.locator("a[href$='/events/summit-2001-06-15-shanghai/']").first).to_be_visible()
    assert page.get_by_role("textbox", name=label).input_value() in {typed, "Uzbekistan", "烏茲別克"}
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    screenshot(page, f"filter-name-{viewport}{prefix.replace('/', '-')}")


UNKNOWN = {"": "本資料庫中沒有名為「亞特蘭提斯」的國家。", "/en": "No state of the archive is named “亞特蘭提斯”."}


@pytest.mark.parametrize(("prefix", "message"), UNKNOWN.items())
def test_a_name_that_is_no_states_gets_the_message_and_the_list_to_pick_from(live_site, page, prefix, message):
    more_states_than_a_select_offers()
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(f"{live_site.url}{prefix}/chronology/")
    box = page.locator("#filter-state")
    box.fill("亞特蘭提斯")
    box.press("Enter")
    page.wait_for_url(re.compile(r"state="))
    expect(page.locator("#filter-state-error")).to_have_text(message)
    expect(box).to_have_attribute("aria-invalid", "true")
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS["phone"]["width"]
    screenshot(page, f"filter-name-unknown-phone{prefix.replace('/', '-')}")
    page.locator("#filter-state-help a").click()
    page.wait_for_url(re.compile(r"/states/$"))
    expect(page.locator("main a[href*='/states/']").first).to_be_visible()  # the states, to pick one from
