"""One language per page over the whole site (issue: "One language per page, nothing internal").

Every public page of the seed archive, in both languages, with the error pages and the organ chart's
SVG, read by ``tests/language.py``: no Chinese outside a Chinese ``lang`` on English pages, no
Cyrillic outside ``lang="ru"``, no English words outside ``lang="en"`` on Chinese pages, and no field
name, slug, repository path or markup word anywhere a reader looks.
"""

import pytest
from django.test import Client

from archive.notes import referable_models
from tests.helpers import public_pages
from tests.language import language_problems

pytestmark = [pytest.mark.django_db, pytest.mark.sweep]

MORE_PAGES = {
    "/organs/chart.svg": 200,
    "/organs/chart.svg?on=2003-06-01": 200,
    "/chronology/?year_from=19999": 400,
    "/events/no-such-event/": 404,
    "/search/?q=Хартия": 200,
    "/search/?q=上海": 200,
    "/search/?q=Charter": 200,
}


def test_every_public_page_speaks_one_language_and_nothing_internal():
    client = Client()
    slugs = {record.slug for model in referable_models() for record in model._base_manager.all()}
    expected = dict.fromkeys(public_pages(), 200) | MORE_PAGES | {"/en" + url: status for url, status in MORE_PAGES.items()}
    problems = []
    for url, status in expected.items():
        response = client.get(url)
        assert response.status_code == status, (url, response.status_code)
        page_lang = "en" if url.startswith("/en/") else "zh-Hant"
        problems += [f"{url}: {problem}" for problem in language_problems(response.content.decode(), page_lang, slugs)]
    assert len(expected) > 450
    assert not problems, f"{len(problems)} passages out of place:\n" + "\n".join(problems[:60])
