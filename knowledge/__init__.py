"""Health questions answered from the clinic's own documents.

Import (``importers``, ``chunking``), store (``storage.knowledge``), search (``text``,
``retrieval``), compose answers (``answer``), and tell questions from symptom reports
(``routing``). ``base.KnowledgeBase`` ties them to a database.

Layers: ``agent`` uses this package; it uses ``storage``, ``clinical`` (language
detection, the scope guard) and ``core``, never ``agent`` or anything above it.
"""
