"""Citations name the facts they support (issue 13): the vocabulary, the chapter's places as numbers,
the markers on the pages, the admin, the history and the spreadsheet cell."""

import csv
import io
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from archive import registry
from archive.facts import FACTS_BY_TARGET
from archive.history.diff import changes_between
from archive.locators import Locator
from archive.models import CITATION_TARGETS, Citation, Membership, Organ, State
from archive.registry import facts_of
from archive.transfer.archive import FORMAT_VERSION, MANIFEST, import_archive
from archive.transfer.columns import parse_citations, render_citations
from tests.helpers import export_files, sources_of

pytestmark = pytest.mark.django_db


def chair_rule_citation() -> Citation:
    return Citation.objects.get(organ__slug="rats-executive-committee", source__slug="sco-site-rats-introduction", footnote=33)


@pytest.fixture
def fn33_at_chair_rule():
    """The Executive Committee's footnote-33 citations name its chair rule (as the seed does)."""
    Citation.objects.filter(organ__slug="rats-executive-committee", footnote=33).update(facts=["chair_rule"])


# ---- the vocabulary ----------------------------------------------------------------------------


def test_a_citation_names_only_facts_of_its_records_model_and_keeps_the_pages_order():
    citation = chair_rule_citation()
    citation.facts = ["participants"]  # an event's fact, not an organ's
    with pytest.raises(ValidationError) as error:
        citation.full_clean()
    assert "participants" in str(error.value.message_dict["facts"])
    citation.facts = ["heads", "establishment"]
    citation.full_clean()
    assert citation.facts == ["establishment", "heads"]


def test_every_citable_model_has_its_vocabulary_in_the_registry_and_the_citation_checks_the_same():
    citable = [entry for entry in registry.ARCHIVE if entry.citation_field]
    assert {entry.citation_field for entry in citable} == set(FACTS_BY_TARGET) == set(CITATION_TARGETS)
    for entry in citable:
        assert entry.facts and entry.facts == FACTS_BY_TARGET[entry.citation_field], entry.label


# ---- places in the chapter ----------------------------------------------------------------------


def test_a_place_in_the_chapter_is_kept_as_numbers_in_the_chapters_spelling():
    """Lines 99 and 83: 「2002 年」 with a space, 「2001年」 without."""
    citation = Citation.objects.filter(source__slug="thesis-chapter-2", event__slug="summit-2002-06-06-st-petersburg").first()
    citation.section = "第一節 貳 2002年 ¶2"
    citation.save()
    citation.refresh_from_db()
    assert citation.section == "第一節 貳 2002 年 ¶2"
    assert (citation.chapter_section, citation.chapter_part, citation.chapter_heading, citation.chapter_paragraph) == (1, 2, "2002 年", 2)
    assert Locator.parse("第一節 貳 2001 年 ¶1").text == "第一節 貳 2001年 ¶1"
    assert Locator.parse("第三節 參 ¶5").order < Locator.parse("第三節 參 ¶10").order < Locator.parse("第四節 ¶1").order


def test_every_chapter_citation_has_its_place_as_numbers_and_one_spelling():
    chapter = Citation.objects.filter(source__slug="thesis-chapter-2").exclude(section="")
    assert chapter.exists() and not chapter.filter(chapter_section__isnull=True).exists()
    spellings = {}
    for citation in chapter:
        spellings.setdefault(citation.locator.order, set()).add(citation.section)
    assert all(len(texts) == 1 for texts in spellings.values()), [t for t in spellings.values() if len(t) > 1]
    assert not chapter.filter(section__contains="2002年").exists()
    assert not chapter.filter(section__contains="2001 年").exists()


def test_the_chapters_source_page_lists_what_it_supports_in_the_chapters_order_each_item_once(client):
    items, block = [], ""
    for number in (1, 2, 3):
        page = client.get("/sources/thesis-chapter-2/", {"page": number}).content.decode()
        part = page.split('class="supports"')[1].split("</ul>")[0]
        items += re.findall(r"<li>(.*?)</li>", part)
        block += part
    links = [re.search(r'href="([^"]+)"', item) for item in items]
    targets = [link[1] for link in links if link]
    assert len(targets) == len(set(targets)), "a record listed twice"
    first_places = [re.sub(r"<[^>]+>", "", item).split(";")[0].split(":")[0].strip() for item in items]
    orders = [Locator.parse(place).order for place in first_places if Locator.parse(place)]
    assert orders == sorted(orders)
    assert first_places.index("引言 ¶1") < first_places.index("第一節 壹 1996 年上海高峰會 ¶1") < first_places.index("第三節 參 ¶5")
    assert "2002年 ¶" not in block


# ---- markers on the pages -----------------------------------------------------------------------


def test_markers_are_numbered_in_page_order_and_whole_record_citations_stay_in_the_block(client, fn33_at_chair_rule):
    page = client.get("/en/organs/rats-executive-committee/").content.decode()
    body = page.split('id="sources-heading"')[0]
    numbers = [int(n) for n in re.findall(r'class="fn-marker" id="ref-(\d+)-', body)]
    firsts = list(dict.fromkeys(numbers))
    assert firsts == sorted(firsts) == list(range(1, len(firsts) + 1))
    # The foreign ministers' own paragraph (第二節 壹 (3), line 186) supports the record as a whole.
    whole = Citation.objects.get(organ__slug="sco-foreign-ministers", source__slug="thesis-chapter-2")
    assert whole.facts == [] and whole.section == "第二節 壹 （3）、外交部長會議"
    page = client.get("/en/organs/sco-foreign-ministers/").content.decode()
    entry = next(text for text in sources_of(page).values() if "§2.1 (3)" in text)
    assert "fn-back" not in entry


def test_every_state_page_shows_the_sources_of_its_memberships(client):
    for state in State.objects.published().filter(memberships__isnull=False).distinct():
        page = client.get(state.get_absolute_url()).content.decode()
        entries = sources_of(page)
        assert entries, state.slug
        for membership in Membership.objects.filter(state=state, status="published"):
            if membership.citations.filter(status="published").exists():
                assert re.search(rf'id="ref-\d+-membership-{membership.pk}"', page), membership


# ---- admin, history, spreadsheet ----------------------------------------------------------------


def test_the_admins_citation_inline_offers_only_its_models_facts(admin_client_logged_in, fn33_at_chair_rule):
    organ = Organ.objects.get(slug="rats-executive-committee")
    page = admin_client_logged_in.get(f"/admin/archive/organ/{organ.pk}/change/").content.decode()
    offered = set(re.findall(r'name="citations-0-facts" value="([a-z_]+)"', page))
    assert offered == {key for key, _label in facts_of(Organ)}
    assert re.search(r'name="citations-\d+-facts" value="chair_rule"[^>]*checked', page)


def test_the_history_shows_the_facts_a_change_named():
    with translation.override("en"):
        (change,) = changes_between(Citation, {"facts": []}, {"facts": ["chair_rule", "heads"]})
    assert (change.old, change.new) == ("the record as a whole", "chair and rotation rule; heads")


def test_the_spreadsheet_cell_carries_the_facts_and_reads_a_format_3_line(fn33_at_chair_rule):
    organ = Organ.objects.get(slug="rats-executive-committee")
    cell = render_citations(organ)
    assert re.search(r"^sco-site-rats-introduction \| 33 \|  \|  \|  \|  \| [^|]* \| [^|]* \| chair_rule$", cell, re.M), cell
    parsed = parse_citations(cell, Organ)
    assert ["chair_rule"] in [item["facts"] for item in parsed]
    (old,) = parse_citations("thesis-chapter-2 |  |  | 第一節 貳 2002年 ¶2 | en | zh", Organ)
    assert (old["facts"], old["section"], old["note_zh"]) == ([], "第一節 貳 2002 年 ¶2", "zh")
    with pytest.raises(ValueError, match="participants"):
        parse_citations("thesis-chapter-2 | 33 |  |  |  |  |  |  | participants", Organ)
    (format_4,) = parse_citations("thesis-chapter-2 | 33 |  |  |  |  | 2026-11-25T11:26:27Z | 2026-11-25T11:26:27Z", Organ)
    assert format_4["facts"] == [] and format_4["dates_given"]


def test_an_export_keeps_the_facts_through_an_import(tmp_path, fn33_at_chair_rule):
    assert FORMAT_VERSION >= 5
    folder = export_files(tmp_path, ["organs"])
    assert json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["format_version"] == FORMAT_VERSION
    Citation.objects.filter(organ__slug="rats-executive-committee").update(facts=[])
    report = import_archive(folder)
    assert report.ok, report.all_errors()[:3]
    assert chair_rule_citation().facts == ["chair_rule"]
    rows = list(csv.reader(io.StringIO((folder / "organs.csv").read_bytes().decode("utf-8-sig"))))
    assert any("| chair_rule" in cell for row in rows for cell in row)
