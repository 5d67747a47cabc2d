"""The editors' admin: every model listed, searchable in every script, editable without raw ids."""

import pytest
from django.contrib import admin
from django.urls import reverse

from archive.models import Event, Instrument, Organ, Source, State
from archive.registry import archive_models
from tests import factories
from tests.helpers import change_form_data, empty_formsets, form_errors

pytestmark = pytest.mark.django_db

ARCHIVE_MODELS = [model for model in admin.site._registry if model._meta.app_label == "archive"]


def test_every_archive_model_is_registered():
    from django.apps import apps

    assert set(apps.get_app_config("archive").get_models()) == set(ARCHIVE_MODELS)


@pytest.mark.parametrize("model", ARCHIVE_MODELS, ids=lambda m: m._meta.model_name)
def test_changelist_add_and_change_pages_render(admin_client_logged_in, model):
    opts = model._meta
    changelist = admin_client_logged_in.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert changelist.status_code == 200
    add = admin_client_logged_in.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    read_only_log = model not in archive_models()  # the archive's own bookkeeping, written by it, never by hand
    assert add.status_code == (403 if read_only_log else 200)
    first = model.objects.first()
    if first is not None:
        change = admin_client_logged_in.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[first.pk]))
        assert change.status_code == 200
        # No raw numeric id inputs: relations use autocomplete or selects.
        assert "vForeignKeyRawIdAdminField" not in change.content.decode()


@pytest.mark.parametrize(
    ("query", "expected_slug"),
    [
        ("憲章", "charter-2002-06-sco"),  # 第一節 貳 2002: 上海合作組織憲章
        ("Хартия", "charter-2002-06-sco"),  # Cyrillic title as printed
        ("Hartija", "charter-2002-06-sco"),  # the chapter's transliteration
        ("Shanghai convention", "convention-2001-06-15-shanghai"),  # English title printed in the chapter
    ],
)
def test_instrument_search_covers_all_four_forms(admin_client_logged_in, query, expected_slug):
    response = admin_client_logged_in.get(reverse("admin:archive_instrument_changelist"), {"q": query})
    expected = Instrument.objects.get(slug=expected_slug)
    assert reverse("admin:archive_instrument_change", args=[expected.pk]) in response.content.decode()


def test_state_search_finds_variant_spelling(admin_client_logged_in):
    response = admin_client_logged_in.get(reverse("admin:archive_state_changelist"), {"q": "烏茲別克斯坦"})
    uzbekistan = State.objects.get(slug="uzbekistan")
    assert reverse("admin:archive_state_change", args=[uzbekistan.pk]) in response.content.decode()


def test_event_list_filters_by_year_and_kind(admin_client_logged_in):
    response = admin_client_logged_in.get(reverse("admin:archive_event_changelist"), {"held_on_year": "1998", "kind__exact": "summit"})
    content = response.content.decode()
    almaty = Event.objects.get(slug="summit-1998-07-03-almaty")
    moscow = Event.objects.get(slug="summit-1997-04-24-moscow")
    assert reverse("admin:archive_event_change", args=[almaty.pk]) in content
    assert reverse("admin:archive_event_change", args=[moscow.pk]) not in content


def test_summit_page_holds_participants_instruments_and_citations(admin_client_logged_in):
    event = Event.objects.get(slug="summit-2002-06-06-st-petersburg")
    content = admin_client_logged_in.get(reverse("admin:archive_event_change", args=[event.pk])).content.decode()
    assert 'id="participations-group"' in content
    assert 'id="instruments-group"' in content
    assert 'id="citations-group"' in content
    assert "上海合作組織憲章" in content


def test_editor_enters_a_new_summit_with_participant_instrument_and_citation_in_one_save(admin_client_logged_in):
    """One POST of the summit's own page creates the meeting and everything attached to it."""
    url = reverse("admin:archive_event_add")
    page = admin_client_logged_in.get(url).content.decode()
    china = State.objects.get(slug="china")
    source = Source.objects.get(slug="thesis-chapter-2")
    data = {
        "slug": "summit-2005-07-05-astana",
        "status": "draft",
        "kind": "summit",
        "framework": "sco",
        "title_zh": "上海合作組織元首會議（阿斯塔納）",
        "title_en": "SCO summit, Astana",
        "title_en_is_translation": "on",
        "held_on": "2005-07-05",
        "held_precision": "day",
        "held_until_precision": "day",
        "regularity": "",
    }
    data.update(empty_formsets(page))
    data.update(
        {
            "participations-TOTAL_FORMS": "1",
            "participations-0-state": str(china.pk),
            "participations-0-role": "member",
            "participations-0-status": "draft",
            "instruments-TOTAL_FORMS": "1",
            "instruments-0-slug": "declaration-2005-07-05-astana",
            "instruments-0-kind": "declaration",
            "instruments-0-title_zh": "阿斯塔納宣言",
            "instruments-0-title_en_is_translation": "on",
            "instruments-0-signed_on": "2005-07-05",
            "instruments-0-signed_precision": "day",
            "instruments-0-signed_until_precision": "day",
            "instruments-0-status": "draft",
            "citations-TOTAL_FORMS": "1",
            "citations-0-source": str(source.pk),
            "citations-0-section": "test",
            "citations-0-status": "draft",
        }
    )
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 302, form_errors(response)
    event = Event.objects.get(slug="summit-2005-07-05-astana")
    assert event.participations.get().state == china
    assert event.instruments.get().slug == "declaration-2005-07-05-astana"
    assert event.citations.get().source == source


def test_organ_can_be_moved_under_a_new_parent_in_the_admin(admin_client_logged_in):
    """A council with its legal basis moves from under one body to the first place under another."""
    first_parent, new_parent = factories.organ(kind="permanent"), factories.organ(kind="permanent")
    council = factories.organ(first_parent, kind="sub-body")
    factories.organ(first_parent, kind="sub-body")
    factories.organ(new_parent, kind="sub-body")
    council.legal_basis.set([factories.instrument(), factories.instrument()])
    url = reverse("admin:archive_organ_change", args=[council.pk])
    data = change_form_data(admin_client_logged_in, url)
    assert sorted(data["legal_basis"]) == sorted(council.legal_basis.values_list("pk", flat=True))
    data |= {"treebeard_position": "first-child", "treebeard_ref_node": str(new_parent.pk)}
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 302, form_errors(response)
    council.refresh_from_db()
    assert Organ.objects.get_parent(council) == new_parent
    assert Organ.objects.get_children(Organ.objects.get(pk=new_parent.pk)).first() == council
    assert council.legal_basis.count() == 2
    assert not any(Organ.objects.find_problems())


def test_admin_speaks_the_sites_languages(admin_client_logged_in):
    chinese = admin_client_logged_in.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="zh-hant").content.decode()
    assert "上海合作組織成立檔案庫" in chinese
    assert "<title>SCO Founding Archive" not in chinese
    english = admin_client_logged_in.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "SCO Founding Archive" in english
    assert "Instruments" in english


def test_an_inline_row_that_repeats_a_participant_is_a_form_error_not_a_500(admin_client_logged_in):
    """A state takes part in a meeting once (participation_unique_state), also when added inline."""
    event = factories.event(published=True)
    state = factories.participation(event, factories.state(published=True), published=True).state_id
    url = reverse("admin:archive_event_change", args=[event.pk])
    data = change_form_data(admin_client_logged_in, url)
    data |= {
        "participations-TOTAL_FORMS": "1",
        "participations-INITIAL_FORMS": "0",
        "participations-0-state": state,
        "participations-0-role": "observer",
        "participations-0-status": "draft",
    }
    response = admin_client_logged_in.post(url, data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert event.participations.filter(role="observer").count() == 0
