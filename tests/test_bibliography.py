"""The bibliography for reference managers: BibLaTeX, CSL-JSON and RIS of one source and of all, read
back with the libraries reference tools use, and rendered through a CSL processor in Chinese.

The CSL-JSON schema (tests/csl-data.json) is the Citation Style Language's input schema
(schemas/input/csl-data.json of citation-style-language/schema, MIT licence), kept here so that the
test needs no network.
"""

import json
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy
from bibtexparser import middlewares
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from archive.models import Source
from tests import factories

pytestmark = pytest.mark.django_db

CSL_SCHEMA = json.loads((Path(__file__).parent / "csl-data.json").read_text(encoding="utf-8"))
FAIRBANKS = "fairbanks-starr-2001-strategic-assessment-central-eurasia"  # fn 54
XUE = "xue-jundu-xing-guangcheng-1999-china-and-central-asia"  # fn 53: 薛君度與邢廣程主編
CICIR = "cicir-2002-sco-new-security-concept-new-mechanism"  # fn 2: a research centre as author
LI_LIFAN = "li-lifan-2004-china-russia-us-triangle-central-asia"  # fn 55: 2004年4月第31卷第2期
LOGVINOV = "logvinov-2002-sco-qualitative-step-forward"  # fn 19: Russian, 2002г


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


@pytest.mark.parametrize(
    ("extension", "media_type"),
    [
        ("bib", "application/x-bibtex"),
        ("csl.json", "application/vnd.citationstyles.csl+json"),
        ("ris", "application/x-research-info-systems"),
    ],
)
def test_each_format_has_one_url_outside_the_language_prefix_and_its_media_type(client, extension, media_type):
    whole = download(client, f"/bibliography.{extension}")
    one = download(client, f"/bibliography/{FAIRBANKS}.{extension}")
    for response in (whole, one):
        assert response["Content-Type"].split(";")[0] == media_type
    assert client.get(f"/en/bibliography.{extension}").status_code == 404
    assert f'filename="{FAIRBANKS}.{extension}"' in one["Content-Disposition"]


def test_an_unknown_format_or_a_draft_source_is_not_found(client):
    draft = factories.source(title="草稿文獻", kind="book")
    assert client.get("/bibliography.docx").status_code == 404
    assert client.get(f"/bibliography/{draft.slug}.bib").status_code == 404
    assert draft.slug not in download(client, "/bibliography.bib").content.decode()
    assert draft.slug not in download(client, "/bibliography.ris").content.decode()


def test_the_bibtex_parses_back_with_bibtexparser_2_and_keeps_the_footnotes_fields(client):
    text = download(client, "/bibliography.bib").content.decode("utf-8")
    # Names split as BibTeX would split them: the double braces keep each name as printed.
    library = bibtexparser.parse_string(text, append_middleware=[middlewares.SeparateCoAuthors(), middlewares.SplitNameParts()])
    assert not library.failed_blocks
    assert {entry.key for entry in library.entries} == set(Source.objects.published().values_list("slug", flat=True))
    fairbanks = library.entries_dict[FAIRBANKS]
    assert fairbanks.entry_type == "book"
    assert [(name.first, name.last) for name in fairbanks["author"]] == [([], ["{C. Fairbanks}"]), ([], ["{S. F. Starr}"])]
    assert (fairbanks["date"], fairbanks["location"], fairbanks["pages"]) == ("2001-01", "Washington D. C.", "71-73")  # fn 54: pp.71-73
    xue = library.entries_dict[XUE]
    assert [name.last for name in xue["editor"]] == [["{薛君度}"], ["{邢廣程}"]]  # 主編: editors
    assert [name.last for name in library.entries_dict[CICIR]["author"]] == [["{中國現代國際關係研究所民族與宗教研究中心}"]]
    li = library.entries_dict[LI_LIFAN]
    assert (li.entry_type, li["journaltitle"], li["volume"], li["number"]) == ("article", "西伯利亞研究", "第31卷", "第2期")
    assert li["date"] == "2004-04"
    assert library.entries_dict["sun-li-2001-shanghai-five-abc"]["entrysubtype"] == "newspaper"  # fn 7, 人民日報
    assert library.entries_dict["sco-site-rats-introduction"].entry_type == "online"  # fn 33
    assert library.entries_dict["thesis-chapter-2"].entry_type == "thesis"
    assert library.entries_dict["state-council-information-office-xinjiang-white-paper"].entry_type == "report"


def test_bibtex_titles_decode_to_the_title_as_printed(client):
    text = download(client, "/bibliography.bib").content.decode("utf-8")
    library = bibtexparser.parse_string(text, append_middleware=[middlewares.LatexDecodingMiddleware()])
    titles = {entry.key: entry["title"] for entry in library.entries}
    for source in Source.objects.published():
        assert titles[source.slug] == source.title, source.slug


def test_latex_specials_in_a_title_are_escaped_and_read_back(client):
    source = factories.source(published=True, kind="web", title="50% & 100$ #1 {draft}_x", url="http://example.org/a_b?c=1&d=%20")
    text = download(client, f"/bibliography/{source.slug}.bib").content.decode("utf-8")
    assert r"50\% \& 100\$ \#1 \{draft\}\_x" in text
    entry = bibtexparser.parse_string(text, append_middleware=[middlewares.LatexDecodingMiddleware()]).entries[0]
    assert entry["title"] == source.title
    assert bibtexparser.parse_string(text).entries[0]["url"] == source.url


def test_the_ris_reads_back_with_rispy_and_names_authors_as_printed(client):
    entries = {entry["id"]: entry for entry in rispy.loads(download(client, "/bibliography.ris").content.decode("utf-8"))}
    assert set(entries) == set(Source.objects.published().values_list("slug", flat=True))
    fairbanks = entries[FAIRBANKS]
    assert (fairbanks["type_of_reference"], fairbanks["authors"]) == ("BOOK", ["C. Fairbanks", "S. F. Starr"])
    assert (fairbanks["year"], fairbanks["date"]) == ("2001", "2001/01//")
    assert entries[CICIR]["authors"] == ["中國現代國際關係研究所民族與宗教研究中心"]
    logvinov = entries[LOGVINOV]
    assert (logvinov["type_of_reference"], logvinov["authors"], logvinov["language"]) == ("JOUR", ["Г. Логвинов"], "ru")
    assert logvinov["secondary_title"] == "Проблемы Дальнего Востока"
    assert entries["renmin-ribao-1989-05-19-sino-soviet-communique"]["date"] == "1989/05/19/"  # fn 1
    assert "date" not in entries["eia-caspian-sea-region-survey"]  # fn 52: no date printed


def test_the_csl_json_is_valid_against_the_csl_schema_and_keeps_names_whole(client):
    items = json.loads(download(client, "/bibliography.csl.json").content)
    jsonschema.validate(items, CSL_SCHEMA)
    by_id = {item["id"]: item for item in items}
    assert by_id[FAIRBANKS]["author"] == [{"literal": "C. Fairbanks"}, {"literal": "S. F. Starr"}]
    assert by_id[XUE]["editor"] == [{"literal": "薛君度"}, {"literal": "邢廣程"}]
    assert by_id[LI_LIFAN]["issued"] == {"date-parts": [[2004, 4]]}
    assert by_id["cacianalyst-2001-uzbekistan-joins-shanghai-five"]["issued"] == {"date-parts": [[2001, 5, 11]]}  # fn 12
    assert by_id[LOGVINOV]["issued"] == {"date-parts": [[2002]]}
    assert "issued" not in by_id["eia-caspian-sea-region-survey"]
    assert (by_id[LI_LIFAN]["type"], by_id[LI_LIFAN]["language"]) == ("article-journal", "zh-Hant")
    one = json.loads(download(client, f"/bibliography/{FAIRBANKS}.csl.json").content)
    jsonschema.validate(one, CSL_SCHEMA)
    assert one == [by_id[FAIRBANKS]]


def test_the_csl_json_renders_through_citeproc_py_in_traditional_chinese(client):
    items = json.loads(download(client, "/bibliography.csl.json").content)
    style = CitationStylesStyle("harvard-cite-them-right", locale="zh-TW", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == len(items)
    li = next(entry for entry in rendered if "中俄美大三角與中亞的地緣政治戰略" in entry)
    assert "李立凡" in li and "西伯利亞研究" in li and "2004" in li
    assert any("C. Fairbanks 及 S. F. Starr" in entry for entry in rendered)  # the zh-TW locale's "and"


def test_pages_carry_the_numbers_only_so_that_the_style_labels_them_once(client):
    """fn 2 prints "頁124-130": the style adds the zh-TW locale's label "頁", so the CSL page field holds
    the numbers only and the rendered entry reads "頁 124–130", not "頁 頁124–130"."""
    items = {item["id"]: item for item in json.loads(download(client, "/bibliography.csl.json").content)}
    assert items[CICIR]["page"] == "124-130"
    assert items[FAIRBANKS]["page"] == "71-73"  # fn 54: pp.71-73
    assert items["sun-li-2001-shanghai-five-abc"]["page"] == "7"  # fn 7: 人民日報 第七版
    style = CitationStylesStyle("harvard-cite-them-right", locale="zh-TW", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON([items[CICIR]]), formatter.plain)
    bibliography.register(Citation([CitationItem(CICIR)]))
    rendered = str(bibliography.bibliography()[0])
    assert "124" in rendered and rendered.count("頁") == 1, rendered
    ris = {entry["id"]: entry for entry in rispy.loads(download(client, "/bibliography.ris").content.decode("utf-8"))}
    assert ris[CICIR]["start_page"] == "124-130"


def test_the_source_and_bibliography_pages_link_the_three_files_in_both_languages(client):
    for prefix in ("", "/en"):
        page = client.get(f"{prefix}/sources/{FAIRBANKS}/").content.decode()
        for extension in ("bib", "csl.json", "ris"):
            assert f'href="/bibliography/{FAIRBANKS}.{extension}"' in page
        listing = client.get(f"{prefix}/sources/").content.decode()
        for extension in ("bib", "csl.json", "ris"):
            assert f'href="/bibliography.{extension}"' in listing
    assert "BibLaTeX 格式、UTF-8" in client.get("/sources/").content.decode()
    assert "BibLaTeX-style UTF-8" in client.get("/en/sources/").content.decode()
