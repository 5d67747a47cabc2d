from django.urls import path

from archive import views

app_name = "archive"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("chronology/", views.ChronologyView.as_view(), name="chronology"),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
    path("instruments/<slug:slug>/", views.InstrumentDetailView.as_view(), name="instrument-detail"),
    path("organs/<slug:slug>/", views.OrganDetailView.as_view(), name="organ-detail"),
    path("states/<slug:slug>/", views.StateDetailView.as_view(), name="state-detail"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("places/<slug:slug>/", views.PlaceDetailView.as_view(), name="place-detail"),
    path("sources/<slug:slug>/", views.SourceDetailView.as_view(), name="source-detail"),
    path("topics/<slug:slug>/", views.TopicDetailView.as_view(), name="topic-detail"),
]
