"""Record pages carry what reference managers read when a reader saves the page: Highwire citation
tags describing the cited work on a source's page, Dublin Core on the other pages, and schema.org
JSON-LD on the pages of events, instruments, organs and sources."""

import json
import re
from html import unescape

import pytest

from archive.models import Instrument
from tests import factories

pytestmark = pytest.mark.django_db


def meta_tags(html: str) -> list[tuple[str, str]]:
    return [(name, unescape(content)) for name, content in re.findall(r'<meta name="([^"]+)" content="([^"]*)">', html)]


def json_ld(html: str) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_a_source_page_describes_the_work_as_its_footnote_prints_it(client):
    """fn 54: C. Fairbanks and S. F. Starr, Strategic Assessment Of Central Eurasia (Washington D. C.: …), January 2001."""
    html = client.get("/sources/fairbanks-starr-2001-strategic-assessment-central-eurasia/").content.decode()
    tags = meta_tags(html)
    assert ("citation_title", "Strategic Assessment Of Central Eurasia") in tags
    assert [content for name, content in tags if name == "citation_author"] == ["C. Fairbanks", "S. F. Starr"]
    assert ("citation_publication_date", "2001/01") in tags
    assert ("citation_publisher", "The Atlantic Council Of The United Stated") in tags
    data = json_ld(html)
    assert (data["@type"], data["name"], data["datePublished"]) == ("Book", "Strategic Assessment Of Central Eurasia", "2001-01")


def test_an_article_names_its_journal_volume_and_issue(client):
    """fn 55: 李立凡，「中俄美大三角與中亞的地緣政治戰略」，西伯利亞研究，2004年4月第31卷第2期，頁20."""
    tags = meta_tags(client.get("/en/sources/li-lifan-2004-china-russia-us-triangle-central-asia/").content.decode())
    for expected in [
        ("citation_journal_title", "西伯利亞研究"),
        ("citation_volume", "第31卷"),
        ("citation_issue", "第2期"),
        ("citation_author", "李立凡"),
        ("citation_language", "zh-Hant"),
    ]:
        assert expected in tags


def test_an_event_page_describes_itself_in_dublin_core_and_keeps_its_event_json_ld(client):
    html = client.get("/en/events/summit-2001-06-15-shanghai/").content.decode()
    tags = dict(meta_tags(html))
    assert tags["DC.publisher"] == "SCO Founding Archive"
    assert tags["DC.language"] == "en"
    assert tags["DC.identifier"].endswith("/en/events/summit-2001-06-15-shanghai/")
    assert "citation_title" not in tags
    assert json_ld(html)["@type"] == "Event"
    assert dict(meta_tags(client.get("/events/summit-2001-06-15-shanghai/").content.decode()))["DC.language"] == "zh-Hant"


def test_instrument_and_organ_pages_carry_json_ld(client):
    charter = json_ld(client.get("/en/instruments/charter-2002-06-sco/").content.decode())
    signed = Instrument.objects.get(slug="charter-2002-06-sco").partial("signed").iso()
    assert (charter["@type"], charter["legislationDate"]) == ("Legislation", signed)
    assert charter["name"] == "Charter of the Shanghai Cooperation Organisation"
    assert charter["url"].endswith("/en/instruments/charter-2002-06-sco/")
    organ = json_ld(client.get("/en/organs/sco-heads-of-state/").content.decode())
    assert organ["@type"] == "Organization" and organ["name"]


def test_a_draft_never_shows_in_the_metadata_of_a_published_page(client):
    event = factories.event(published=True, title_zh="公開會議")
    event.places.add(factories.place(name_zh="草稿地點"), factories.place(name_zh="公開地點", published=True))
    data = json_ld(client.get(event.get_absolute_url()).content.decode())
    assert data["location"] == [{"@type": "Place", "name": "公開地點"}]
