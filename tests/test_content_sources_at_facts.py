"""The citations of issue 13: the audits' corrections (item 5) and citations assigned to the facts
they support (item 4), each checked against the chapter line it rests on (line numbers of the
chapter's text file)."""

import json
import re
from pathlib import Path

import pytest

from archive.models import Citation, Statistic
from tests.helpers import sources_of

pytestmark = pytest.mark.django_db


def facts(**lookup) -> list[str]:
    return Citation.objects.get(**lookup).facts


def test_the_rats_seat_at_bishkek_cites_the_2002_decision_not_a_2000_article():
    """Line 103 (fn 18): the 2002 St Petersburg decision puts the anti-terrorist centre at Bishkek;
    fn 10 (line 77) is a 2000 article behind the 2000 statement (line 69)."""
    seat = Citation.objects.filter(seat__organ__slug="rats", seat__place__slug="bishkek")
    assert not seat.filter(footnote=10).exists()
    assert seat.get(footnote=18).facts == ["place", "decision"]
    assert Citation.objects.filter(instrument__slug="statement-2000-07-05-dushanbe", footnote=10).exists()


def test_the_table_2_2_figures_cite_the_tables_source_line_not_footnote_52():
    """Lines 337–338: the table's 資料來源 line; fn 52 (line 326) belongs to the text's Caspian totals."""
    figures = Statistic.objects.filter(dataset="table-2-2")
    assert figures.count() == 8
    for figure in figures:
        (citation,) = figure.citations.all()
        assert (citation.footnote, citation.section, citation.source.slug) == (None, "第三節 參 表 2-2", "eia-caspian-sea-region-survey")
        assert "資料來源" in citation.note_en and "資料來源" in citation.note_zh
    assert Citation.objects.filter(statistic__dataset="caspian-reserves-2004", footnote=52).count() == 2


def test_the_economy_and_trade_ministers_are_cited_for_their_founding_paragraph():
    """Line 344 (第三節 參 ¶9): the first trade ministers' meeting decided to set up the mechanism;
    ¶8 (line 340) concerns the 1999 mechanism."""
    cited = Citation.objects.filter(organ__slug="sco-economy-trade-ministers", source__slug="thesis-chapter-2")
    assert not cited.filter(section="第三節 參 ¶8").exists()
    assert cited.get(section="第三節 參 ¶9").facts == ["establishment", "meetings"]


@pytest.mark.parametrize("organ", ["shanghai-five-heads-of-state", "shanghai-five"])
def test_footnote_6_supports_the_heads_of_state_meeting_as_independent_members_from_1998(organ):
    """Line 47: 「五國元首均以獨立的成員國身分…」⁶."""
    assert facts(organ__slug=organ, footnote=6) == ["composition"]


def test_footnote_9_stays_on_the_march_2000_defence_meeting_with_what_its_place_supports():
    """Lines 65–67: fn 9 (printed on a line of its own, 67) follows the paragraph on the Astana defence
    ministers' meeting (March 2000) and the first foreign ministers' meeting (4 July, Dushanbe); the work
    it cites is the five foreign ministers' communiqué, so it supports no fact of the defence meeting:
    it stays with that record as a whole (by placement), and at the facts of the foreign ministers'."""
    citation = Citation.objects.get(event__slug="ministerial-2000-03-astana-defence", footnote=9)
    assert citation.facts == []
    assert "communiqu" in citation.note_en
    assert facts(event__slug="ministerial-2000-07-04-dushanbe-foreign", footnote=9) == ["series", "date", "places", "organ"]
    assert facts(organ__slug="shanghai-five-foreign-ministers", footnote=9) == ["establishment", "meetings"]


def test_the_executive_committee_directors_appointment_rule_rests_on_footnote_33():
    """Line 218: 「執委會主任由元首會議任命，」³³ and fn 33's text: chosen on the Council's recommendation, three years."""
    for source in ("sco-site-rats-introduction", "thesis-chapter-2"):
        assert facts(organ__slug="rats-executive-committee", footnote=33, source__slug=source) == ["chair_rule"]
        assert facts(organ__slug="rats-council", footnote=33, source__slug=source) == ["functions"]
        assert facts(organ__slug="rats", footnote=33, source__slug=source) == ["composition"]


def test_the_natural_key_is_unchanged_and_the_facts_travel_in_the_fixtures():
    citation = Citation.objects.get(organ__slug="rats-executive-committee", source__slug="sco-site-rats-introduction", footnote=33)
    assert citation.natural_key() == ("sco-site-rats-introduction", 33, "", "organ", "rats-executive-committee")
    fixture = json.loads(Path("fixtures/06_citations.json").read_text(encoding="utf-8"))
    (row,) = [
        r
        for r in fixture
        if r["fields"]["organ"] == ["rats-executive-committee"]
        and r["fields"]["footnote"] == 33
        and r["fields"]["source"] == ["sco-site-rats-introduction"]
    ]
    assert row["fields"]["facts"] == ["chair_rule"]


@pytest.mark.parametrize(("prefix", "rule"), [("", "執委會主任由元首會議任命"), ("/en", "The director of the Executive Committee")])
def test_the_executive_committee_page_puts_footnote_33_at_the_directors_appointment_rule(client, prefix, rule):
    """fn 33 (line 218) follows 「執委會主任由元首會議任命，」 and its text is the appointment rule."""
    page = client.get(f"{prefix}/organs/rats-executive-committee/").content.decode()
    found = re.search(rf'<dd>{rule}[^<]*<sup class="fn-markers">(.*?)</sup></dd>', page)
    assert found, "no marker after the chair rule"
    # fn 33 (twice: the chapter's note and the work it names), and the paragraph itself (line 218)
    numbers = re.findall(r'href="#(source-\d+)"', found[1])
    entries = sources_of(page)
    footnote_33 = [number for number in numbers if "33" in entries[number]]
    assert len(footnote_33) == 2
    assert all("33" in entries[number] or "(2)" in entries[number] for number in numbers)
    for number in footnote_33:
        marker = re.search(rf'id="(ref-\d+-chair_rule)" href="#{number}"', page)
        assert marker and f'href="#{marker[1]}"' in entries[number], "the entry links back to its marker"


def test_the_secretariats_opening_and_first_secretary_general_rest_on_their_footnotes():
    """Line 145: 「2004年1月15日，…秘書處在中國首都北京舉行成立儀式，」²⁶「張德廣被任命為該組織首任秘書長。」²⁷
    fn 27 (line 153) is the Secretary-General's rule: appointed by the heads of state, in turn, three years."""
    assert facts(organ__slug="sco-secretariat", footnote=26) == ["establishment"]
    assert facts(event__slug="opening-2004-01-15-secretariat", footnote=26) == ["date", "places", "organ"]
    assert facts(appointment__person__slug="zhang-deguang", footnote=26) == ["start"]
    assert facts(organ__slug="sco-secretariat", footnote=27) == ["chair_rule", "heads"]
    assert facts(appointment__person__slug="zhang-deguang", footnote=27) == ["office", "term", "appointed_by"]


def test_footnote_21_supports_the_executive_committees_seat_and_director():
    """Line 119: the 2003 meeting put the Executive Committee in Tashkent and appointed Kasymov.²¹"""
    assert facts(organ__slug="rats-executive-committee", footnote=21) == ["seat", "heads"]
    assert facts(seat__organ__slug="rats-executive-committee", footnote=21) == ["place", "decision"]
