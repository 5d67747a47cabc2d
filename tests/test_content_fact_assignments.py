"""Citations assigned to the facts their place in the chapter supports (issue 13, item 4, read again
against the chapter): each test names the line of the chapter's text file (and the footnote) it checks.
The numbered headings and the footnotes' places in the chapter's order (item 2)."""

import re

import pytest

from archive.locators import Locator, chapter_order
from archive.models import Citation
from tests.helpers import sources_of

pytestmark = pytest.mark.django_db


def facts(**lookup) -> list[str]:
    return Citation.objects.get(**lookup).facts


# ---- one per kind of record ---------------------------------------------------------------------


def test_footnote_3_closes_the_1996_meeting_and_the_agreement_it_signed():
    """Lines 23–25: 「1996 年 4 月 26 日，以中國為一方，俄、哈、吉、塔為另一方，五國元首在上海舉行第一次會晤，
    簽署了「關於在邊境地區加強軍事領域信任的協定」（Соглашение …）。協定包括：…等。」³"""
    assert facts(event__slug="summit-1996-04-26-shanghai", footnote=3) == ["series", "date", "places", "participants", "instruments"]
    assert facts(instrument__slug="agreement-1996-04-26-confidence-building", footnote=3) == [
        "titles",
        "date",
        "place",
        "event",
        "provisions",
        "parties",
    ]
    assert facts(organ__slug="shanghai-five-heads-of-state", footnote=3) == ["establishment", "composition"]
    assert facts(membership__state__slug="kazakhstan", membership__framework="shanghai-five", footnote=3) == ["role", "start"]


def test_footnote_4_supports_the_1997_agreements_validity_to_2020():
    """Line 35: 「協定有效期到 2020 年 12 月 31 日，經雙方同意可以延長。」⁴"""
    assert "validity" in facts(instrument__slug="agreement-1997-04-24-force-reduction", footnote=4)


def test_the_1998_paragraph_that_says_the_meetings_rotate_is_cited_for_frequency_and_rotation():
    """Line 49: 「阿拉木圖高峰會後，五國領袖每年輪流在各國舉行會晤逐漸形成慣例。」"""
    cited = facts(organ__slug="shanghai-five-heads-of-state", section="第一節 壹 1998 年阿拉木圖高峰會 ¶3")
    assert cited == ["frequency", "chair_rule", "functions"]


def test_footnote_5_names_yeltsin_and_primakov_and_their_offices():
    """Line 45 (fn 5): 「俄羅斯總統葉爾欽由於健康因素未出席會議，由外交部長普利馬可夫代表參加」."""
    assert facts(person__slug="yeltsin", footnote=5) == ["names", "offices"]
    assert facts(event__slug="summit-1998-07-03-almaty", footnote=5) == ["participants"]


def test_footnote_21_supports_the_seat_decision_and_kasymovs_appointment():
    """Line 119: 「會議中並決定將…執行委員會…設在烏茲別克首都塔什干，並任命卡西莫夫…爲主席」²¹"""
    assert facts(seat__organ__slug="rats", seat__place__slug="tashkent", footnote=21) == ["place", "decision"]
    assert facts(appointment__person__slug="kasymov", footnote=21) == ["office", "start", "appointed_by"]
    assert facts(person__slug="kasymov", footnote=21) == ["names", "offices"]


def test_footnote_33_gives_kasymovs_appointment_its_term_and_who_appoints():
    """Line 220 (fn 33): 「…執委會主任由成員國元首會議根據理事會的推薦從成員國公民中選任。任期三年。」"""
    for source in ("sco-site-rats-introduction", "thesis-chapter-2"):
        assert facts(appointment__person__slug="kasymov", footnote=33, source__slug=source) == ["term", "appointed_by"]


def test_the_mongolian_observer_membership_rests_on_footnote_30():
    """Line 163: 「…蒙古正式成為上海合作組織的第一個觀察員。」³⁰"""
    assert facts(membership__state__slug="mongolia", footnote=30) == ["role", "start"]


def test_the_sco_memberships_start_at_the_founding_declaration():
    """Line 85: 「六國元首舉行了首次會晤，並簽署了「上海合作組織成立宣言」…（參考附註一），」¹³"""
    for citation in Citation.objects.filter(membership__framework="sco", membership__role="member", footnote=13):
        assert citation.facts == ["role", "start"]


def test_the_rats_seat_at_bishkek_and_its_move_rest_on_section_3_part_2():
    """Line 302: 「並決定在比什凱克建立地區反恐機構（2003年改為設置在塔什干）」."""
    assert facts(seat__organ__slug="rats", seat__place__slug="bishkek", section="第三節 貳 ¶9") == ["place", "decision", "move"]


def test_the_border_footnotes_support_the_dates_and_parties_of_the_agreements():
    """Line 244 (fn 37): 「1994年4月，中國總理李鵬訪問哈薩克期間，兩國簽署「中哈國界協定」…」"""
    assert facts(instrument__slug="agreement-1994-04-china-kazakhstan-border", footnote=37) == ["date", "event", "parties"]
    assert facts(event__slug="visit-1994-04-li-peng-kazakhstan", footnote=37) == ["date", "participants", "instruments"]
    assert facts(person__slug="li-peng", footnote=37) == ["offices"]


def test_the_protocol_and_its_map_cite_footnote_39_for_their_relation():
    """Line 252: 「…簽署「…勘界議定書」及其所附「…國界地圖」」³⁹"""
    assert "relations" in facts(instrument__slug="map-2004-09-china-kyrgyzstan-border", footnote=39)


def test_footnote_16_stays_with_the_2002_foreign_ministers_meeting_as_a_whole():
    """Line 101 dates the meeting 2002-01-07; fn 16 (line 105) is an article of 26.04.2002 on a Moscow
    meeting: it supports the statement's content its marker closes, not the meeting's date."""
    assert facts(event__slug="ministerial-2002-01-07-foreign", footnote=16) == []
    assert facts(instrument__slug="statement-2002-01-07-foreign-ministers", footnote=16) == ["provisions"]


def test_a_figure_is_supported_whole_by_the_sentence_that_prints_it():
    """Lines 326 and 337: a statistic is one figure; its citations name no part of it."""
    assert not Citation.objects.filter(statistic__isnull=False).exclude(facts=[]).exists()


# ---- headings and the chapter's order -----------------------------------------------------------


def test_numbered_headings_are_stored_as_printed_one_spelling_each():
    """Lines 176 「（1）、國家元首會議」 (full-width brackets) and 191 「(4)、成員國各部門領導人會議」
    (half-width); each heads one paragraph, so 「(2) ¶1」 and 「(2)」 are one place."""
    assert Locator.parse("第二節 壹 (1)").text == "第二節 壹 （1）、國家元首會議"
    assert Locator.parse("第二節 壹 （4）").text == "第二節 壹 (4)、成員國各部門領導人會議"
    assert Locator.parse("第二節 貳 (2) ¶1") == Locator.parse("第二節 貳 （2）、地區反恐怖機構")
    assert Locator.parse("第二節 貳 (2) ¶2") is None
    headings = set(Citation.objects.exclude(chapter_heading="").values_list("chapter_heading", flat=True))
    assert "(1)" not in headings and "（1）、國家元首會議" in headings and "(2)、地區反恐怖機構" in headings
    assert not Citation.objects.filter(section__endswith="）、地區反恐怖機構 ¶1").exists()


def test_a_footnote_stands_where_its_marker_is_printed():
    """fn 52's marker is in line 326 (第三節 參 ¶7), before 表 2-2 (lines 328–338), and ¶8 (line 340) after."""
    fn52 = chapter_order(None, None, "", None, 52)
    table = Locator.parse("第三節 參 表 2-2").order
    assert Locator.parse("第三節 參 ¶7").order < fn52 < table < Locator.parse("第三節 參 ¶8").order
    assert chapter_order(None, None, "", None, 5) < Locator.parse("第一節 壹 1998 年阿拉木圖高峰會 ¶2").order


def test_the_eia_page_lists_the_caspian_totals_before_table_2_2(client):
    """Line 326 (fn 52, the totals) comes before the table's source line (lines 337–338)."""
    page = client.get("/sources/eia-caspian-sea-region-survey/").content.decode()
    items = re.findall(r"<li>(.*?)</li>", page.split('class="supports"')[1].split("</ul>")[0])
    places = [re.sub(r"<[^>]+>", "", item).split(":")[0] for item in items]
    assert places[0].startswith("註腳 52") and places[-1].startswith("第三節 參 表 2-2")


def test_the_chapters_source_page_puts_its_own_footnotes_at_their_markers(client):
    """fn 5 (line 41) comes among 1998's places, not after 第四節; each record once."""
    items = []
    for number in (1, 2, 3):
        page = client.get("/sources/thesis-chapter-2/", {"page": number}).content.decode()
        if 'class="supports"' in page:
            items += re.findall(r"<li>(.*?)</li>", page.split('class="supports"')[1].split("</ul>")[0])
    texts = [re.sub(r"<[^>]+>", "", item) for item in items]
    yeltsin = next(i for i, text in enumerate(texts) if "葉爾欽" in text)
    fourth = next(i for i, text in enumerate(texts) if text.startswith("第四節"))
    assert yeltsin < fourth
    links = [re.search(r'href="([^"]+)"', item)[1] for item in items if "href" in item]
    assert len(links) == len(set(links))


# ---- markers on the pages -----------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_1996_agreement_page_marks_its_date_and_provisions_with_footnote_3(client, prefix):
    """Line 25 (fn 3): the agreement's date and provisions carry a marker leading to fn 3 and back."""
    page = client.get(f"{prefix}/instruments/agreement-1996-04-26-confidence-building/").content.decode()
    entries = sources_of(page)
    for fact in ("date", "provisions"):
        found = re.findall(rf'id="(ref-(\d+)-{fact})" href="#source-\d+"', page)
        assert found, f"no marker at {fact}"
        marker, number = next((m, n) for m, n in found if "3" in entries[f"source-{n}"])
        assert f'href="#{marker}"' in entries[f"source-{number}"]


def test_the_state_page_marks_kazakhstans_memberships(client):
    """fn 3 (line 25) and fn 13 (line 85) are among the sources of Kazakhstan's memberships."""
    page = client.get("/en/states/kazakhstan/").content.decode()
    entries = re.sub(r"<[^>]+>", "", " ".join(sources_of(page).values()))
    assert "Footnote 3:" in entries and "Footnote 13:" in entries
    assert re.search(r'id="ref-\d+-membership-\d+"', page)


def test_footnote_24_a_notice_before_the_meeting_does_not_attest_what_was_signed():
    """Line 131 (fn 24): 「9月4—5日，在塔什干舉行外交部長非例行會議。會議中討論…等議題，並簽署…議定書等文件」;
    fn 24 is Jahon's notice of 25 August 2003, published before the meeting: it supports the meeting,
    its place and its agenda, and the citation's note says why not the signing."""
    citation = Citation.objects.get(event__slug="ministerial-2003-09-04-tashkent-foreign", footnote=24)
    assert citation.facts == ["series", "date", "places", "summary"]
    assert "25 August 2003" in citation.note_en and "2003年8月25日" in citation.note_zh
