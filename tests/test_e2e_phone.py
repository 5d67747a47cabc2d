"""Every public page on a 390 px phone, in both languages: nothing makes the page scroll sideways (a
wide table scrolls inside its own box), and the charts' labels are at least 12 px as rendered."""

import pytest

from tests.browser import VIEWPORTS, screenshot
from tests.helpers import public_pages

pytestmark = [pytest.mark.browser, pytest.mark.sweep]

PHONE = VIEWPORTS["phone"]

# The pages the screenshots show, in both languages: a table of figures with its charts, a source
# with long URLs, the chronology with its filters, the instruments list.
LOOKED_AT = {
    "statistics": "/statistics/",
    "source": "/sources/state-council-information-office-xinjiang-white-paper/",
    "chronology": "/chronology/",
    "chronology year": "/chronology/2001/",
    "instruments": "/instruments/",
    "organs": "/organs/",
}

# The rendered size of every piece of text in a chart: an SVG text's font size times the scale at
# which its drawing is shown, an HTML text's computed font size.
CHART_TEXT_SIZES = """
(selector) => [...document.querySelectorAll(selector)].map((element) => {
    const size = parseFloat(getComputedStyle(element).fontSize);
    const scale = element instanceof SVGElement ? element.getScreenCTM().a : 1;
    return [element.textContent.trim().slice(0, 40), Math.round(size * scale * 10) / 10];
})
"""


def test_every_public_page_fits_a_phone_without_sideways_scrolling(live_site, page):
    page.set_viewport_size(PHONE)
    too_wide = []
    for path in public_pages():
        response = page.goto(live_site.url + path)
        assert response is not None and response.status == 200, path
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide.append(f"{path} ({width} px)")
    for name, path in LOOKED_AT.items():
        for prefix in ("", "/en"):
            page.goto(live_site.url + prefix + path)
            screenshot(page, f"phone-{name}{prefix.replace('/', '-')}")
    assert not too_wide, f"{len(too_wide)} pages scroll sideways at {PHONE['width']} px:\n" + "\n".join(too_wide)


@pytest.mark.parametrize(("language", "path"), [("zh-hant", "/events/"), ("en", "/en/events/")])
def test_the_outage_page_fits_a_phone(live_site, page, language, path):
    """The 503 page as the handler renders it, served at a page's address (its stylesheet from the
    live server): the database itself stays up for the other browser tests."""
    from django.test import RequestFactory
    from django.utils import translation

    from sco_site.views import service_unavailable

    with translation.override(language):
        html = service_unavailable(RequestFactory().get(path)).content.decode()
    page.set_viewport_size(PHONE)
    page.route(live_site.url + path, lambda route: route.fulfill(status=503, body=html, content_type="text/html; charset=utf-8"))
    page.goto(live_site.url + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert page.locator("h1").inner_text() == ("暫時無法使用" if language == "zh-hant" else "Temporarily unavailable")
    screenshot(page, f"phone-503{'-en' if language == 'en' else ''}")


@pytest.mark.parametrize(
    ("path", "selector"),
    [
        ("/statistics/", ".range-chart svg text, .range-chart figcaption"),
        ("/en/statistics/", ".range-chart svg text, .range-chart figcaption"),
        ("/organs/", ".org-chart a, .org-chart .chart-meta"),
        ("/en/organs/", ".org-chart a, .org-chart .chart-meta"),
        ("/organs/chart.svg", "svg text"),
        ("/en/organs/chart.svg", "svg text"),
    ],
)
def test_chart_labels_are_at_least_12_px_on_a_phone(live_site, page, path, selector):
    page.set_viewport_size(PHONE)
    page.goto(live_site.url + path)
    sizes = page.evaluate(CHART_TEXT_SIZES, selector)
    assert sizes, f"no chart text on {path}"
    small = [f"{text!r}: {size} px" for text, size in sizes if size < 12]
    assert not small, f"{path}: {len(small)} of {len(sizes)} labels under 12 px: {small[:10]}"
