"""One language per page: the checker itself, the marking of foreign passages, the chapter's
locators in English, and the pages that used to mix languages (units, offices, terms, file names)."""

import re

import pytest
from django.utils import translation

from archive.languages import mark_foreign
from archive.locators import english_appendix, english_locator
from tests.language import language_problems

# --- the checker (tests/language.py) -----------------------------------------------------------


def page(body: str, lang: str = "en") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head><title>t</title></head><body>{body}</body></html>'


@pytest.mark.parametrize(
    "body, page_lang, expected",
    [
        ("<p>Signed by 與會六國元首</p>", "en", "Chinese outside lang=zh"),
        ("<p>Хартия</p>", "en", "Cyrillic outside lang=ru"),
        ("<p>Хартия</p>", "zh-Hant", "Cyrillic outside lang=ru"),
        ("<p>單位 billion barrels</p>", "zh-Hant", "Latin outside lang=en"),
        ('<img alt="組織架構圖" src="x.png">', "en", "Chinese outside lang=zh"),
        ('<input placeholder="Хартия">', "zh-Hant", "Cyrillic outside lang=ru"),
        ("<p>the Chinese title (title_zh) differs</p>", "en", "field name"),
        ("<p>see founding-1999-11-bishkek-group</p>", "en", "slug"),
        ("<p>(../shared/seed/000_60ccf258d93e3cbf.txt)</p>", "en", "repository path"),
        ("<p>renders the URL as a Markdown link</p>", "en", "markup word"),
    ],
)
def test_the_checker_finds_what_a_reader_should_not_meet(body, page_lang, expected):
    problems = language_problems(page(body, page_lang), page_lang, slugs={"founding-1999-11-bishkek-group"})
    assert len(problems) == 1 and expected in problems[0], problems


@pytest.mark.parametrize(
    "body, page_lang",
    [
        ('<p>Signed by <span lang="zh-Hant">與會六國元首</span></p>', "en"),
        ('<p lang="ru">Хартия <a href="/x/">Касымов</a></p>', "en"),
        ('<p>憲章：<span lang="ru-Latn">Hartija</span></p>', "zh-Hant"),
        ('<p>單位：<span lang="en">billion barrels</span></p>', "zh-Hant"),
        ("<p>上海合作組織 SCO、RATS 與 ABC；見 https://www.sectsco.org/about</p>", "zh-Hant"),
        ('<p><a href="/events/founding-1999-11-bishkek-group/">比什凱克</a></p>', "zh-Hant"),
        ("<script>var text = 'not read by anyone';</script><p>文字</p>", "zh-Hant"),
        ("<p>founded on 2001-06-15, a heads-of-state meeting</p>", "en"),
    ],
)
def test_the_checker_lets_marked_passages_addresses_and_acronyms_pass(body, page_lang):
    assert language_problems(page(body, page_lang), page_lang, slugs={"founding-1999-11-bishkek-group"}) == []


def test_the_checker_reads_the_lang_of_the_nearest_element_that_declares_one():
    body = '<div lang="zh-Hant"><p>中文 <span lang="en">English</span> 中文</p></div><p>back in English 中文</p>'
    problems = language_problems(page(body), "en")
    assert len(problems) == 1 and "back in English" in problems[0]


# --- marking foreign passages -----------------------------------------------------------------


def test_mark_foreign_marks_chinese_and_russian_runs_on_an_english_page():
    with translation.override("en"):
        html = mark_foreign("Printed '7 月 4 日' under the heading; the title says «директором Исполкома» <b>")
    assert '<span lang="zh-Hant">7 月 4 日</span>' not in html  # a run starts at a Han character
    assert '<span lang="zh-Hant">月 4 日</span>' in html
    assert '<span lang="ru">директором Исполкома</span>' in html
    assert "&lt;b&gt;" in html  # and everything else is escaped
    assert language_problems(page(f"<p>{html}</p>"), "en") == []


def test_mark_foreign_marks_english_runs_on_a_chinese_page():
    with translation.override("zh-hant"):
        html = mark_foreign("印有英文名稱「Shanghai Five」與 Шанхайская пятёрка")
    assert '<span lang="en">Shanghai Five</span>' in html
    assert '<span lang="ru">Шанхайская пятёрка</span>' in html
    assert language_problems(page(f"<p>{html}</p>", "zh-Hant"), "zh-Hant") == []


# --- the chapter's places in English -----------------------------------------------------------


@pytest.mark.parametrize(
    "section, english",
    [
        ("第一節 貳 2002年 ¶3", "ch. 2, §1.2, 2002, ¶3"),
        ("第一節 壹 1996 年上海高峰會 ¶1", "ch. 2, §1.1, 1996, ¶1"),  # the heading printed with a space
        ("第二節 貳 (1)、秘書處", "ch. 2, §2.2 (1)"),
        ("第二節 壹 表 2-1", "ch. 2, §2.1, Table 2-1"),
        ("第三節 參 ¶10", "ch. 2, §3.3, ¶10"),
        ("第四節 ¶2", "ch. 2, §4, ¶2"),
        ("引言 ¶4", "ch. 2, introduction, ¶4"),
        ("something else", "something else"),
    ],
)
def test_chapter_locators_read_in_english(section, english):
    assert english_locator(section) == english


def test_appendix_labels_read_in_english():
    assert english_appendix("附註三") == "Appendix 3"
    assert english_appendix("") == ""


# --- pages that used to mix languages ---------------------------------------------------------


@pytest.mark.django_db
def test_statistics_units_and_titles_are_in_the_pages_language(client):
    """Table 2-2 (ch. 2, §3.3) prints its units in English (「單位：billion barrels」), kept as printed
    and marked; the boundary lengths of §3.1 are in 公里 (km)."""
    chinese = client.get("/statistics/").content.decode()
    english = client.get("/en/statistics/").content.decode()
    assert '<span lang="en">billion barrels</span>' in chinese
    assert ">公里</td>" in chinese and ">km</td>" in english
    assert "Table 2-2: Energy reserves of the Central Asian states" in english
    assert "表 2-2：中亞國家能源儲藏量" in chinese
    assert "Caspian region only" in english and "僅限於裏海地區" in chinese


def heads(html: str) -> str:
    """The list of an organ's heads on its page."""
    return re.search(r"<h2>(?:Heads|負責人)(?:<sup class=\"fn-markers\">.*?</sup>)?</h2><ul>(.*?)</ul>", html, re.S).group(1)


@pytest.mark.django_db
def test_offices_and_terms_of_heads_are_in_the_pages_language(client):
    """fn 27 (「任期3年，不得連任」) and fn 33 (「任期三年」) on the Secretariat's and RATS Executive
    Committee's pages: one language each, no "秘書長 / Secretary-General"."""
    chinese = heads(client.get("/organs/sco-secretariat/").content.decode())
    english = heads(client.get("/en/organs/sco-secretariat/").content.decode())
    assert "秘書長" in chinese and "任期3年，不得連任" in chinese and "Secretary-General" not in chinese
    assert "Secretary-General" in english and "3 years, no second term" in english and "秘書長" not in english
    director = heads(client.get("/organs/rats-executive-committee/").content.decode())
    assert "執委會主任" in director and "任期三年" in director


@pytest.mark.django_db
def test_sources_name_the_chapters_places_in_the_pages_language(client):
    english = client.get("/en/organs/rats-executive-committee/").content.decode()
    chinese = client.get("/organs/rats-executive-committee/").content.decode()
    assert "ch. 2, §2.2 (2)" in english and "第二節 貳 (2)" not in english
    assert "第二節 貳 (2)" in chinese


@pytest.mark.django_db
def test_the_chronology_download_is_named_in_the_pages_language(client):
    for prefix, name in (("/en", "sco-chronology-en.csv"), ("", "sco-chronology-zh-Hant.csv")):
        disposition = client.get(f"{prefix}/chronology.csv")["Content-Disposition"]
        assert disposition == f"attachment; filename=\"{name}\"; filename*=utf-8''{name}"


def test_every_message_of_the_site_has_its_chinese():
    """No message shows in English on a Chinese page for want of a translation: none empty, none fuzzy."""
    from pathlib import Path

    po = (Path(__file__).resolve().parent.parent / "locale/zh_Hant/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    entries = po.split("\n\n")[1:]  # the first is the header
    untranslated = [entry for entry in entries if re.search(r'msgstr ""\Z', entry.strip()) or "#, fuzzy" in entry]
    assert len(entries) > 500
    assert not untranslated, "\n\n".join(untranslated[:5])
