"""Spreadsheets in and out (django-import-export): ``columns`` (cell formats and widgets), ``base`` and
``resources`` (one resource per model), ``files`` (reading a file faithfully or refusing it),
``archive`` (the whole archive as a folder of files with a manifest)."""
