"""The bibliography: every work of the 59 footnotes, the chapter itself, and citations everywhere."""

import pytest

from archive.models import Citation, Source
from archive.registry import citation_required_models

pytestmark = pytest.mark.django_db


def test_about_54_distinct_works_plus_the_chapter():
    assert Source.objects.filter(slug="thesis-chapter-2").exists()
    assert 50 <= Source.objects.exclude(slug="thesis-chapter-2").count() <= 60


def test_footnote_1_is_the_sino_soviet_communique_in_renmin_ribao():
    """fn 1: 「中蘇聯合公報」，人民日報，1989年5月19日，第1版."""
    source = Citation.objects.filter(footnote=1).exclude(source__slug="thesis-chapter-2").first().source
    assert source.title == "中蘇聯合公報"
    assert source.container == "人民日報"


def test_urls_are_kept_as_printed():
    """fn 9: <http://www.china.org.cn/russian/43607.htm>."""
    assert Source.objects.filter(url="http://www.china.org.cn/russian/43607.htm").exists()


def test_every_record_that_needs_a_citation_has_one():
    for model in citation_required_models():
        uncited = [str(r) for r in model.objects.all() if not r.citations.exists()]
        assert not uncited, f"{model.__name__}: {uncited}"


def test_most_footnotes_support_a_record():
    cited = set(Citation.objects.exclude(footnote=None).values_list("footnote", flat=True))
    assert len(cited) >= 40
    assert cited <= set(range(1, 60))
