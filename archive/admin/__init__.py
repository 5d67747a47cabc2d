"""The editors' admin: every archive model, with inlines so a summit is entered on one page.

- ``base``: what every archive admin shares (editorial rules, publish actions, name and date fieldsets).
- ``spreadsheets``: import and export on every changelist, with the file checks and the preview check.
- ``locking``: a save over a newer version is refused (no lost edits).
- ``history_views``: every admin write a revision; history, revert, deleted records and restore pages.
- ``registrations``: one ``ModelAdmin`` per model.
"""

from archive.admin import registrations  # noqa: F401  (Django's autodiscovery imports archive.admin)
