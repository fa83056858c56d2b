"""Reports for the head (issue 14, item 6): the month per inspector and the chain of custody
of one recording, as data (``month``, ``history``), tables (``tables``), CSV/XLSX
(``export``) and a bilingual PDF (``pdf``). No Qt: the window and the command line call the
same functions. Reads only through the model's services (SQL stays in ``app.model``).
"""
