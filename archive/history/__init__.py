"""Every change kept as a revision (django-reversion): who, when, a comment, and each record's state.

django-reversion rather than django-simple-history: one revision groups everything an action wrote
(a summit with its inline participations and citations, a bulk publish with its cascade, a whole
spreadsheet import) under one user and comment, in two tables, where simple-history adds a shadow
table per model and records rows one at a time.

- ``serializer``: the ``archive-json`` format the versions and deletions are stored in.
- ``recording``: revisions around an action, baselines for rows loaded raw, rows written in bulk.
- ``diff``: a record's versions and what each changed, as an editor reads them.
- ``revert``: a record back to one of its versions.
- ``deletions``: deleted records kept, and restored with what was deleted with them.
"""

from django.db.models.signals import m2m_changed, post_save
from reversion.signals import pre_revision_commit

from archive.history.deletions import connect_deletions
from archive.history.recording import note_m2m_changed, note_saved, refresh_versions, register_versions


def register_models():
    """Called once the models are ready: every archive model's saves and deletions are kept."""
    pre_revision_commit.connect(refresh_versions, dispatch_uid="archive-refresh-versions")
    post_save.connect(note_saved, dispatch_uid="archive-bulk-note-saved")
    m2m_changed.connect(note_m2m_changed, dispatch_uid="archive-bulk-note-m2m")
    register_versions()
    connect_deletions()
