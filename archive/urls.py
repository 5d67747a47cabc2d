from django.urls import path

from archive import chronology, downloads, views

app_name = "archive"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("chronology/", chronology.ChronologyView.as_view(), name="chronology"),
    path("chronology/<int:year>/", chronology.ChronologyYearView.as_view(), name="chronology-year"),
    path("chronology.csv", downloads.chronology_csv, name="chronology-csv"),
    path("chronology.json", downloads.chronology_json, name="chronology-json"),
    path("events/", views.EventListView.as_view(), name="event-list"),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
    path("instruments/", views.InstrumentListView.as_view(), name="instrument-list"),
    path("instruments/<slug:slug>/", views.InstrumentDetailView.as_view(), name="instrument-detail"),
    path("organs/", views.OrganChartView.as_view(), name="organ-chart"),
    path("organs/chart.svg", views.OrganChartSvgView.as_view(), name="organ-chart-svg"),
    path("organs/<slug:slug>/", views.OrganDetailView.as_view(), name="organ-detail"),
    path("states/", views.StateListView.as_view(), name="state-list"),
    path("states/<slug:slug>/", views.StateDetailView.as_view(), name="state-detail"),
    path("people/", views.PersonListView.as_view(), name="person-list"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("places/", views.PlaceListView.as_view(), name="place-list"),
    path("places/<slug:slug>/", views.PlaceDetailView.as_view(), name="place-detail"),
    path("sources/", views.SourceListView.as_view(), name="source-list"),
    path("sources/<slug:slug>/", views.SourceDetailView.as_view(), name="source-detail"),
    path("topics/", views.TopicListView.as_view(), name="topic-list"),
    path("topics/<slug:slug>/", views.TopicDetailView.as_view(), name="topic-detail"),
    path("phases/", views.PhaseListView.as_view(), name="phase-list"),
    path("statistics/", views.StatisticsView.as_view(), name="statistics"),
    path("search/", views.SearchView.as_view(), name="search"),
]
