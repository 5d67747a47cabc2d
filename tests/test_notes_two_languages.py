"""Editorial notes in both languages (issue: one language per page): ``note`` became ``note_en``
beside ``note_zh``; a page shows its own language's note, else the other marked; ``[[slug]]`` renders
the record's title; spreadsheets of the previous format still import."""

import pytest
from django.core.exceptions import ValidationError

from archive.models import Citation, Event, Place
from archive.transfer.columns import parse_citations, render_citations, upgrade_citations_cell

pytestmark = pytest.mark.django_db


def test_a_page_shows_its_languages_note_and_marks_a_fallback(client):
    # 第一節: Almaty (阿拉木圖) carries an English note in the seed.
    almaty = Place.objects.get(slug="almaty")
    Place.objects.filter(pk=almaty.pk).update(note_zh="阿拉木圖為哈薩克舊都。")
    assert "阿拉木圖為哈薩克舊都。" in client.get("/places/almaty/").content.decode()
    english = client.get("/en/places/almaty/").content.decode()
    assert almaty.note_en.split()[0] in english and "阿拉木圖為哈薩克舊都" not in english
    Place.objects.filter(pk=almaty.pk).update(note_en="")
    english = client.get("/en/places/almaty/").content.decode()
    assert '<div lang="zh-Hant"><p>阿拉木圖為哈薩克舊都。</p></div>' in english
    assert "(not yet translated)" in english


def test_a_slug_reference_renders_the_records_title_and_an_unknown_one_is_refused(client):
    # 第一節 壹: the 1996 Shanghai summit, the first meeting of the Shanghai Five.
    summit = Event.objects.get(slug="summit-1996-04-26-shanghai")
    almaty = Place.objects.get(slug="almaty")
    Place.objects.filter(pk=almaty.pk).update(note_zh="參見[[summit-1996-04-26-shanghai]]。")
    page = client.get("/places/almaty/").content.decode()
    assert f'<a href="{summit.get_absolute_url()}">{summit.title_zh}</a>' in page
    assert "summit-1996-04-26-shanghai</" not in page and "[[" not in page
    almaty.note_zh = "參見[[no-such-record]]。"
    with pytest.raises(ValidationError) as error:
        almaty.full_clean()
    assert "no-such-record" in str(error.value.message_dict["note_zh"])


def test_citation_cells_carry_both_notes_and_read_the_previous_format():
    citation = Citation.objects.filter(event__slug="summit-1996-04-26-shanghai").select_related("source").first()
    citation.note_en, citation.note_zh = "a | b", "甲"
    citation.save()
    cell = render_citations(citation.event)
    (parsed,) = [c for c in parse_citations(cell) if c["note_zh"] == "甲"]
    assert (parsed["note_en"], parsed["note_zh"]) == ("a | b", "甲")
    # Format 2: the note took every bar after the section; it becomes the English note.
    old = f"{citation.source.slug} | {citation.footnote or ''} | | {citation.section} | x | y"
    (upgraded,) = parse_citations(upgrade_citations_cell(old))
    assert (upgraded["note_en"], upgraded["note_zh"]) == ("x|y", "")  # as format 2 read it
