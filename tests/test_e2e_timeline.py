"""The chronology's drawn timeline in Chromium: on a 390 px phone it scrolls inside its own box while
the page does not, its labels are at least 12 px as rendered, and printed it fits the page, dark on
white."""

import pytest

from tests.browser import VIEWPORTS, screenshot
from tests.test_e2e_phone import CHART_TEXT_SIZES

pytestmark = pytest.mark.browser

PAGES = {"index": "/chronology/", "year": "/chronology/1999/"}

BOX = """() => {
    const box = document.querySelector('.timeline-scroll');
    box.scrollLeft = 300;
    return {scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, scrolled: box.scrollLeft,
            page: document.documentElement.scrollWidth};
}"""


def luminance(colour: str) -> float:
    """The relative luminance (WCAG) of an rgb(…) colour."""
    channels = [int(c) / 255 for c in colour.removeprefix("rgb(").removesuffix(")").split(",")]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("prefix", ["", "/en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_on_a_phone_the_timeline_scrolls_in_its_box_with_labels_of_12_px(live_site, page, name, prefix):
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(live_site.url + prefix + PAGES[name])
    box = page.evaluate(BOX)
    assert box["page"] <= VIEWPORTS["phone"]["width"], "the page itself does not scroll sideways"
    assert box["scrollWidth"] > box["clientWidth"] and box["scrolled"] == 300, box
    sizes = page.evaluate(CHART_TEXT_SIZES, ".timeline-drawing text")
    assert len(sizes) > 12
    small = [(text, size) for text, size in sizes if size < 12]
    assert not small, small
    screenshot(page, f"phone-timeline-{name}{prefix.replace('/', '-')}")


@pytest.mark.parametrize("name", list(PAGES))
def test_printed_the_timeline_fits_the_page_dark_on_white(live_site, page, name):
    page.set_viewport_size({"width": 1040, "height": 760})  # A4 landscape within its margins, at 96 dpi
    page.emulate_media(media="print")
    page.goto(live_site.url + "/en" + PAGES[name])
    fit = page.evaluate(
        """() => {
        const box = document.querySelector('.timeline-scroll');
        const svg = box.querySelector('svg').getBoundingClientRect();
        const colours = [...box.querySelectorAll('text')].map((t) => getComputedStyle(t).fill);
        return {overflow: box.scrollWidth - box.clientWidth, right: svg.right, page: document.documentElement.clientWidth,
                colours: [...new Set(colours)], background: getComputedStyle(box).backgroundColor};
    }"""
    )
    assert fit["overflow"] <= 0 and fit["right"] <= fit["page"], fit
    assert fit["background"] == "rgb(255, 255, 255)", fit
    assert all(luminance(colour) < 0.1 for colour in fit["colours"]), fit["colours"]  # dark on white, 7:1 or more
    screenshot(page, f"print-timeline-{name}")
