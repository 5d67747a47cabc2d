"""The chronology's pages: the index of years (with their counts, in the bands of the chapter's
phases) and one year in date order, a page of rows at a time. The downloads are in downloads.py."""

from __future__ import annotations

from collections.abc import Mapping

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.functional import cached_property
from django.views.generic import TemplateView

from archive import selectors, timeline
from archive.models import EventKind, InstrumentKind
from archive.views import FilteredMixin


class ChronologyMixin(FilteredMixin):
    filter_scope = "chronology"
    filter_controls = ("kind", "organ", "state", "topic", "year_from", "year_to")

    @cached_property
    def month_counts(self) -> Mapping[tuple[int, int], int]:
        return selectors.chronology_month_counts(self.filter_form.filters)

    @cached_property
    def year_counts(self) -> dict[int, int]:
        return selectors.year_totals(self.month_counts)

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        download = self.download_query()
        if year := kwargs.get("year"):  # a year's page downloads that year
            download.pop("year", None)
            download["year_from"] = download["year_to"] = str(year)
        return super().get_context_data(
            filter_query=query.urlencode(),
            download_query=download.urlencode(),
            total=sum(self.year_counts.values()),
            event_kinds=EventKind.choices,
            instrument_kinds=InstrumentKind.choices,
            **kwargs,
        )


class ChronologyView(ChronologyMixin, TemplateView):
    """The index of the chronology: the years that have rows under the filters, with their counts,
    in the bands of the chapter's phases. The rows themselves are on the year pages."""

    template_name = "archive/chronology.html"

    def get_context_data(self, **kwargs):
        phases = selectors.phases()
        return super().get_context_data(
            bands=selectors.chronology_bands(self.year_counts, phases),
            timeline=timeline.overview(self.month_counts, phases),
            **kwargs,
        )


class ChronologyYearView(ChronologyMixin, TemplateView):
    """One year of the chronology in date order, a page of at most ``paginate_by`` rows at a time;
    the filters carry over to the previous and next years that have rows."""

    template_name = "archive/chronology_year.html"
    paginate_by = 50  # as the lists; no year of the chapter's holds more than 12 rows

    def get_context_data(self, **kwargs):
        year = kwargs["year"]
        counts = self.year_counts
        if not 1 <= year <= 9999 or (year not in counts and not self.request.GET):
            raise Http404
        rows = selectors.ChronologyYear(self.filter_form.filters, year, counts.get(year, 0))
        page = Paginator(rows, self.paginate_by).get_page(self.request.GET.get("page"))
        return super().get_context_data(
            phase=selectors.phase_of(year, selectors.phases()),
            page_obj=page,
            is_paginated=page.has_other_pages(),
            rows=page.object_list,
            timeline=timeline.year_layout(page.object_list, year),
            previous_year=max((y for y in counts if y < year), default=None),
            next_year=min((y for y in counts if y > year), default=None),
            **kwargs,
        )
