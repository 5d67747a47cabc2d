"""What a reader notices of issue 12's smaller points and of the audits' marks: the background box,
the way to report an error, people by surname, the archive's own aliases, acts dated by a meeting."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import tablib
from django.core.cache import cache

from archive.models import Person
from archive.transfer.archive import COLUMNS_ADDED, import_archive
from archive.transfer.files import dataset_bytes
from archive.transfer.resources import PersonResource

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


def page(client, url: str) -> str:
    cache.clear()  # the page cache would answer with a copy rendered under other settings
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def section(html: str, heading_id: str) -> str:
    return html.split(f'id="{heading_id}"', 1)[1].split("</section>", 1)[0]


@pytest.mark.parametrize("url, background", [("/", "背景：1989—1995年"), ("/en/", "Background, 1989–1995")])
def test_home_shows_four_phases_and_the_years_before_them_as_their_background(client, url, background):
    phases = section(page(client, url), "phases-heading")
    band = phases.split('<ol class="phase-band">', 1)[1].split("</ol>", 1)[0]
    assert band.count("<li") == 4
    assert "1989" not in band
    assert background in phases.split('<ol class="phase-band">', 1)[0]


@pytest.mark.parametrize("url, background", [("/phases/", "背景：1989—1995年"), ("/en/phases/", "Background, 1989–1995")])
def test_phases_page_presents_the_pre_1996_years_as_background_not_a_fifth_phase(client, url, background):
    html = page(client, url)
    assert background in html
    phases = html.split('<ol class="phases">', 1)[1].split("</ol>", 1)[0]
    assert phases.count("<li") == 4 and background not in phases


@pytest.mark.parametrize("url, sentence", [("/", "發現錯誤？"), ("/en/", "Found an error?")])
def test_report_an_error_is_a_mailto_link_to_the_configured_address(client, settings, url, sentence):
    settings.CONTACT_EMAIL = "editors@archive.example"
    html = page(client, url)
    assert sentence in html
    assert '<a href="mailto:editors@archive.example">editors@archive.example</a>' in html


@pytest.mark.parametrize("url, sentence", [("/", "發現錯誤"), ("/en/", "Found an error")])
def test_without_a_contact_address_the_invitation_is_not_shown(client, settings, url, sentence):
    settings.CONTACT_EMAIL = ""
    html = page(client, url)
    assert sentence not in html and "mailto:" not in html


def settings_with(env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    return subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.CONTACT_EMAIL)"],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "sco_site.settings", "DJANGO_DEBUG": "true", **env},
        capture_output=True,
        text=True,
    )


def test_an_invalid_contact_address_stops_start_up_naming_the_variable():
    result = settings_with({"DJANGO_CONTACT_EMAIL": "editors at archive"})
    assert result.returncode != 0
    assert "DJANGO_CONTACT_EMAIL is not a valid e-mail address: 'editors at archive'" in result.stderr
    assert settings_with({"DJANGO_CONTACT_EMAIL": "editors@archive.example"}).stdout.strip() == "editors@archive.example"


@pytest.mark.parametrize("url, rule", [("/people/", "依姓氏的拉丁字母順序排列"), ("/en/people/", "Listed by surname")])
def test_people_are_listed_by_surname_in_both_languages_and_the_page_says_so(client, url, rule):
    html = page(client, url)
    assert rule in html
    listed = re.findall(r'href="(?:/en)?/people/([a-z-]+)/"', html.split('class="record-list"', 1)[1])
    assert listed == list(Person.objects.published().order_by("sort_name", "slug").values_list("slug", flat=True))
    # Emomali Rakhmonov under R, after Karimov and before Yeltsin; Erdenechuluun under E
    assert listed.index("karimov") < listed.index("rakhmonov") < listed.index("yeltsin")
    assert listed.index("akayev") < listed.index("erdenechuluun") < listed.index("gorbachev")
    if url.startswith("/en/"):
        assert ">Rakhmonov, Emomali</a>" in html  # the English list reads surname first


@pytest.mark.parametrize(
    "url, mark", [("/organs/rats/", "本資料庫所加，該章未載"), ("/en/organs/rats/", "the archive's, not printed in the chapter")]
)
def test_an_organ_page_marks_the_archives_own_aliases(client, url, mark):
    """RATS: the chapter prints РАТС (line 119), never the English abbreviation."""
    forms = page(client, url).split('class="name-forms"', 1)[1].split("</dl>", 1)[0]
    assert '<span lang="en">RATS</span>' in forms
    assert mark in forms
    assert "反恐中心" not in forms.split("archive-aliases", 1)[1]  # a name the chapter prints is not among them


@pytest.mark.parametrize(
    "url, seat, head",
    [
        (
            "/organs/rats-executive-committee/",
            "於2003年5月28日至29日期間決定（該章未載明日期）",
            "於2003年5月28日至29日期間任命（該章未載明日期）",
        ),
        (
            "/en/organs/rats-executive-committee/",
            "decided during 28–29 May 2003 (the day is not given)",
            "appointed during 28–29 May 2003 (the day is not given)",
        ),
    ],
)
def test_seat_and_head_decided_at_the_moscow_summit_show_its_days_and_that_the_day_is_not_given(client, url, seat, head):
    """Line 119: 「會議中並決定…設在…塔什干，並任命卡西莫夫…爲主席」 at the summit of 5月28—29日 (line 117)."""
    html = page(client, url)
    assert seat in html and head in html


@pytest.mark.parametrize(
    "url, role, member",
    [("/events/visit-1999-08-rakhmonov-china/", "國家", "成員國"), ("/en/events/visit-1999-08-rakhmonov-china/", "state", "member")],
)
def test_a_bilateral_visit_lists_states_not_members(client, url, role, member):
    participants = page(client, url).split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert f"<td>{role}</td>" in participants
    assert f"<td>{member}</td>" not in participants


@pytest.mark.parametrize(
    "url, issued", [("/instruments/statement-1998-07-almaty/", "發表"), ("/en/instruments/statement-1998-07-almaty/", "issued")]
)
def test_a_statement_the_chapter_says_was_issued_shows_issued(client, url, issued):
    """Line 41: 「並發表了「阿拉木圖聲明」」."""
    html = page(client, url)
    assert f"<td>{issued}</td>" in html or f">{issued}<" in html


def test_sort_name_and_archive_aliases_are_spreadsheet_columns_of_a_new_format_version():
    headers = PersonResource().export().headers
    assert {"sort_name", "aliases_archive"} <= set(headers)
    assert set(COLUMNS_ADDED[2]["people"]) == {"sort_name", "aliases_archive"}


def test_a_people_file_of_version_1_still_imports_and_keeps_the_sort_names(tmp_path):
    import json

    dataset = PersonResource().export()
    for column in ("sort_name", "aliases_archive"):
        del dataset[column]
    assert isinstance(dataset, tablib.Dataset)
    (tmp_path / "people.csv").write_bytes(dataset_bytes(dataset, "csv"))
    manifest = {"format_version": 1, "format": "csv", "files": [{"name": "people.csv", "resource": "people"}]}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    report = import_archive(tmp_path)
    assert report.ok, report.all_errors()
    assert Person.objects.get(slug="rakhmonov").sort_name == "Rakhmonov, Emomali"


def test_the_admin_keeps_the_chapters_aliases_and_the_archives_apart(admin_client_logged_in):
    """An editor sees, on the organ's page, the chapter's names and the archive's own in two fields."""
    from archive.models import Organ

    rats = Organ.objects.get(slug="rats")
    html = admin_client_logged_in.get(f"/admin/archive/organ/{rats.pk}/change/").content.decode()
    chapter = html.split('name="aliases"', 1)[1].split("</textarea>", 1)[0]
    archive = html.split('name="aliases_archive"', 1)[1].split("</textarea>", 1)[0]
    assert "РАТС" in chapter and "RATS" not in chapter.replace("РАТС", "")
    assert "RATS" in archive


def test_people_in_the_admin_show_and_search_the_sort_name(admin_client_logged_in):
    rakhmonov, karimov = Person.objects.get(slug="rakhmonov"), Person.objects.get(slug="karimov")
    html = admin_client_logged_in.get("/admin/archive/person/?q=Rakhmonov%2C+Emomali").content.decode()
    assert "Rakhmonov, Emomali" in html
    assert f"/admin/archive/person/{rakhmonov.pk}/change/" in html
    assert f"/admin/archive/person/{karimov.pk}/change/" not in html


def test_the_org_chart_counts_an_act_dated_by_a_meeting_from_the_meetings_last_day():
    """Line 103: the Secretariat's seat was decided during 6–7 June 2002; line 119: Kasymov appointed
    during 28–29 May 2003 — on days the chapter does not give: neither holds before the last one."""
    import datetime as dt

    from archive import orgchart
    from archive.models import Appointment, Organ, OrganSeat

    secretariat = Organ.objects.get(slug="sco-secretariat")
    seats = list(OrganSeat.objects.filter(organ=secretariat))
    assert orgchart._seat_on(seats, dt.date(2002, 6, 6)) is None
    assert orgchart._seat_on(seats, dt.date(2002, 6, 7)).place.slug == "beijing"
    kasymov = Appointment.objects.get(person__slug="kasymov")
    assert not orgchart._in_office(kasymov, dt.date(2003, 5, 28))
    assert orgchart._in_office(kasymov, dt.date(2003, 5, 29))
