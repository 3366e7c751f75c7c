#!/usr/bin/env python3
"""Writes the genre-blind fixtures (graph/extract/testdata/genre-blind) and
their want files. Invented places and people, conventions of real 分工方案
(docs/extraction-conventions-survey.md). Run from the repository root:

    python3 graph/extract/testdata/genre-src/genre-blind/gen.py

The .xlsx go through xlsxgen (excelize), the .pdf through Chromium."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, text_fixtures, table_fixtures, page_fixtures

os.makedirs(common.OUT, exist_ok=True)
text_fixtures.main()
table_fixtures.main()
page_fixtures.main()
