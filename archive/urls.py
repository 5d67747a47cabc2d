from django.urls import path, re_path

from archive import chronology, downloads, views
from archive.filters import RecordFilterForm
from sco_site.page_cache import cached_page

app_name = "archive"

# cached_page(view, parameters…): anonymous readers' answers are kept in memory (sco_site.page_cache);
# a request with a parameter not named here goes by the cache.
FILTERS = tuple(RecordFilterForm.base_fields)
LIST = ("page",)


def page(view_class, *parameters):
    return cached_page(view_class.as_view(), *parameters)


urlpatterns = [
    path("", page(views.HomeView), name="home"),
    path("chronology/", page(chronology.ChronologyView, *FILTERS), name="chronology"),
    path("chronology/<int:year>/", page(chronology.ChronologyYearView, *FILTERS, *LIST), name="chronology-year"),
    # The downloads of the lists (archive.downloads): streamed, never kept in the page cache.
    re_path(
        rf"^(?P<name>{'|'.join(downloads.LISTINGS)})\.(?P<extension>{'|'.join(downloads.CONTENT_TYPES)})$",
        downloads.download,
        name="download",
    ),
    path("events/", page(views.EventListView, *FILTERS, *LIST), name="event-list"),
    path("events/<slug:slug>/", page(views.EventDetailView), name="event-detail"),
    path("instruments/", page(views.InstrumentListView, *FILTERS, *LIST), name="instrument-list"),
    path("instruments/<slug:slug>/", page(views.InstrumentDetailView), name="instrument-detail"),
    path("organs/", page(views.OrganChartView, "on"), name="organ-chart"),
    path("organs/chart.svg", page(views.OrganChartSvgView, "on"), name="organ-chart-svg"),
    path("organs/<slug:slug>/", page(views.OrganDetailView, *LIST), name="organ-detail"),
    path("states/", page(views.StateListView, *LIST), name="state-list"),
    path("states/<slug:slug>/", page(views.StateDetailView), name="state-detail"),
    path("people/", page(views.PersonListView, *LIST), name="person-list"),
    path("people/<slug:slug>/", page(views.PersonDetailView), name="person-detail"),
    path("places/", page(views.PlaceListView, *LIST), name="place-list"),
    path("places/<slug:slug>/", page(views.PlaceDetailView), name="place-detail"),
    path("sources/", page(views.SourceListView, *LIST), name="source-list"),
    path("sources/<slug:slug>/", page(views.SourceDetailView), name="source-detail"),
    path("topics/", page(views.TopicListView, *LIST), name="topic-list"),
    path("topics/<slug:slug>/", page(views.TopicDetailView), name="topic-detail"),
    path("phases/", page(views.PhaseListView, *LIST), name="phase-list"),
    path("statistics/", page(views.StatisticsView, *LIST), name="statistics"),
    path("search/", page(views.SearchView, "q", "type", "page"), name="search"),
]
