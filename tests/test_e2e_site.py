"""A reader in a real browser: home → chronology → filter → event → instrument → org chart → another
date → English → search in Cyrillic; screenshots on a phone and a desktop; an axe-core pass."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser import VIEWPORTS, screenshot

pytestmark = pytest.mark.browser


def test_reader_journey_through_the_archive(live_site, page):
    page.goto(live_site.url + "/")
    expect(page.locator("h1")).to_have_text("上海合作組織成立檔案庫")
    page.locator("nav.site-nav").get_by_role("link", name="年表").click()
    expect(page).to_have_url(re.compile("/chronology/$"))
    page.select_option("select[name=kind]", "summit")
    page.fill("input[name=year_from]", "2001")
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"kind=summit.*year_from=2001"))
    expect(page.locator("main section.year-band").first).not_to_contain_text("1998")
    page.get_by_role("link", name="2002", exact=True).click()
    expect(page).to_have_url(re.compile(r"/chronology/2002/\?kind=summit.*year_from=2001"))
    page.get_by_role("link", name=re.compile("聖彼得堡")).first.click()
    expect(page.locator("h1")).to_contain_text("聖彼得堡")
    expect(page.locator("main")).to_contain_text("2002年6月6日至7日")
    page.get_by_role("link", name="上海合作組織憲章").first.click()
    expect(page.locator('dd[lang="ru"]').first).to_have_text("Хартия Шанхайской Организации Сотрудничества")
    page.goto(live_site.url + "/organs/")
    expect(page.locator(".org-chart")).to_contain_text("秘書處")
    page.fill("#chart-on", "2003-01-01")
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"on=2003-01-01"))
    expect(page.locator(".org-chart")).not_to_contain_text("秘書處")
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/organs/\?on=2003-01-01"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.fill("#site-search-q", "Хартия")
    page.press("#site-search-q", "Enter")
    expect(page.locator("main")).to_contain_text("Charter")
    expect(page.get_by_role("link", name=re.compile("Charter of the Shanghai")).first).to_be_visible()


MAIN_PAGES = {
    "home": "/",
    "chronology": "/chronology/",
    "event": "/events/summit-2001-06-15-shanghai/",
    "instrument": "/instruments/convention-2001-06-15-shanghai/",
    "organs": "/organs/",
    "organs-2003": "/organs/?on=2003-01-01",
    "state": "/states/uzbekistan/",
    "sources": "/sources/",
    "statistics": "/statistics/",
    "search": "/search/?q=Хартия",
}


@pytest.mark.sweep
def test_main_pages_on_phone_and_desktop_have_no_serious_accessibility_violations(live_site, page):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = []
    for viewport_name, viewport in VIEWPORTS.items():
        page.set_viewport_size(viewport)
        for name, path in MAIN_PAGES.items():
            for prefix in ("", "/en"):
                page.goto(live_site.url + prefix + path)
                screenshot(page, f"{name}{prefix.replace('/', '-')}-{viewport_name}")
                if viewport_name == "desktop":
                    results = axe.run(page)
                    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
                    problems += [f"{prefix}{path}: {v['id']} ({len(v['nodes'])})" for v in serious]
    assert not problems, problems


def test_org_chart_is_a_chart_on_desktop_and_a_tree_on_a_phone(live_site, page):
    page.set_viewport_size(VIEWPORTS["desktop"])
    page.goto(live_site.url + "/organs/")
    root = page.locator(".chart-roots > li > .chart-box").first.bounding_box()
    mechanisms = page.locator('a[href="/organs/sco-meeting-mechanisms/"]').bounding_box()
    permanent = page.locator('a[href="/organs/sco-permanent-bodies/"]').bounding_box()
    assert mechanisms["y"] > root["y"] + root["height"], "children sit below their parent"
    assert abs(mechanisms["y"] - permanent["y"]) < 5, "siblings sit side by side"
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(live_site.url + "/organs/")
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS["phone"]["width"] + 1, "no sideways scrolling"
    mechanisms = page.locator('a[href="/organs/sco-meeting-mechanisms/"]').bounding_box()
    permanent = page.locator('a[href="/organs/sco-permanent-bodies/"]').bounding_box()
    assert permanent["y"] > mechanisms["y"], "on a phone the tree is indented, one box under another"


def test_org_chart_prints_on_one_a4_page(live_site, page, tmp_path):
    page.goto(live_site.url + "/organs/")
    pdf = page.pdf(path=str(tmp_path / "chart.pdf"), format="A4", landscape=True, prefer_css_page_size=True)
    assert (
        pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type /Page>") == 1
        or pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") == 1
    )
