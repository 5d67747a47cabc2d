"""The whole site in one file and back: the archive, its history (revisions and versions, deletions,
pending changes, import records, the admin log), users and groups with their permissions.

A backup is a ZIP file (mode 0600: it holds password hashes) of two members:

- ``data.json``: Django's JSON serialisation of every row, primary keys kept (the history refers
  to its records by them); foreign keys by primary key too, except to content types and
  permissions, which ``migrate`` creates with numbers of its own in each database and are
  therefore written and matched by natural key;
- ``manifest.json``: the format, the rows per model, the sha256 of ``data.json`` and the
  migrations applied to the database it came from.

Sessions and login attempts are not kept. A restore goes into a migrated database that holds none of
those rows (the groups ``migrate`` creates are replaced by the backup's), or into any with
``replace``; every row is checked against the target before anything is written (model, lengths,
characters the database cannot store), and it is all or nothing. A backup made at an earlier
migration state is loaded at that state (historical models) between a migration back and one forward.
"""

from archive.backup.base import DATA, FORMAT_VERSION, MANIFEST, BackupProblem, backed_up_models, migration_state
from archive.backup.restoring import read_backup, restore_backup, tables_of
from archive.backup.writing import write_backup

__all__ = [
    "DATA",
    "FORMAT_VERSION",
    "MANIFEST",
    "BackupProblem",
    "backed_up_models",
    "migration_state",
    "read_backup",
    "restore_backup",
    "tables_of",
    "write_backup",
]
