"""The sources' dates: what each footnote prints, at the precision it prints it (no day or month the
footnote does not give; a journal's issue number is not a month)."""

import pytest

from archive.models import Source

pytestmark = pytest.mark.django_db

# (footnote, the date as the footnote prints it, source, the date at its precision)
PRINTED_DATES = [
    (1, "1989年5月19日", "renmin-ribao-1989-05-19-sino-soviet-communique", "1989-05-19"),
    (3, "2001 年第 6 期", "xu-tao-2001-shanghai-five-mechanism", "2001"),
    (7, "2001 年 06 月 01 日", "sun-li-2001-shanghai-five-abc", "2001-06-01"),
    (9, "24/09/2002", "china-org-cn-2002-09-24-foreign-ministers-joint-communique", "2002-09-24"),
    (12, "May 11, 2001", "cacianalyst-2001-uzbekistan-joins-shanghai-five", "2001-05-11"),
    (16, "26.04.2002", "vesti-2002-04-26-sco-foreign-ministers-meeting-moscow", "2002-04-26"),
    (19, "2002г", "logvinov-2002-sco-qualitative-step-forward", "2002"),
    (24, "25 августа 2003 г", "jahon-2003-08-25-forthcoming-sco-foreign-ministers-meeting", "2003-08-25"),
    (34, "январь 1993", "diplomaticheskii-vestnik-1993-01", "1993-01"),
    (35, "1993", "wang-pei-1993-four-central-asian-states-overview", "1993"),
    (47, "22 Jan 2002", "peoples-daily-2002-01-22-east-turkestan-terrorist-forces", "2002-01-22"),
    (53, "1999年6月", "xue-jundu-xing-guangcheng-1999-china-and-central-asia", "1999-06"),
    (54, "January 2001", "fairbanks-starr-2001-strategic-assessment-central-eurasia", "2001-01"),
    (55, "2004年4月第31卷第2期", "li-lifan-2004-china-russia-us-triangle-central-asia", "2004-04"),
    (56, "autumn 2003", "weitz-2003-why-russia-china-no-anti-american-alliance", "2003"),
    (58, "2002年第3期", "deng-hao-2002-china-central-asia-relations", "2002"),
]


@pytest.mark.parametrize(("footnote", "printed", "slug", "expected"), PRINTED_DATES)
def test_a_source_is_dated_as_its_footnote_prints_it(footnote, printed, slug, expected):
    source = Source.objects.get(slug=slug)
    assert source.date_as_printed == printed, f"fn {footnote}"
    assert source.partial("issued").compact() == expected, f"fn {footnote}: “{printed}”"


def test_footnotes_without_a_date_leave_the_source_undated():
    """fn 12 (Pannier, RFE/RL), fn 20 (the declaration on russia.org.cn), fn 51 and 52 (EIA): a URL and
    no date. A date inside a URL (fn 31, …/2004-01/15/…) is not a printed date either."""
    for slug in (
        "pannier-rferl-shanghai-five-to-admit-uzbekistan",
        "russia-org-cn-sco-heads-of-state-declaration",
        "eia-caspian-sea-region-survey",
        "eia-china-energy-demand-exceeds-domestic-supply",
        "xinhua-sco-institutional-structure",
    ):
        assert Source.objects.get(slug=slug).issued_on is None, slug


def test_every_printed_date_is_a_date_and_nothing_else_is():
    for source in Source.objects.all():
        assert bool(source.date_as_printed) == (source.issued_on is not None), source.slug
        start = source.partial("issued")
        assert start is None or not start.normalisation_problem(), source.slug
        assert start is None or str(start.value.year) in source.date_as_printed, source.slug
