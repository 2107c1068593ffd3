"""Second reader for test/xlsx: every non-empty cell's value and number format, per sheet, as JSON.

usage: dump_cells.py FILE... (prints one JSON object per file, one per line)
Sheets over 100,000 rows are listed with their size only (openpyxl would take minutes).
"""
import datetime
import json
import os
import sys

import openpyxl


def cell_value(v):
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return "date:" + v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


for path in sys.argv[1:]:
    out = {"file": path, "sheets": {}, "names": []}
    try:
        # Large files (a million formatted rows) in read-only mode: sizes come from the dimension, cells stream.
        wb = openpyxl.load_workbook(path, read_only=os.path.getsize(path) > 2_000_000, keep_vba=path.endswith(".xlsm"))
        out["names"] = wb.sheetnames
        out["epoch1904"] = wb.epoch == openpyxl.utils.datetime.CALENDAR_MAC_1904
        for ws in wb.worksheets:
            if ws.max_row > 100000:
                out["sheets"][ws.title] = {"large": ws.max_row}
                continue
            cells = []
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        cells.append([c.coordinate, cell_value(c.value), c.number_format])
            out["sheets"][ws.title] = cells
    except Exception as e:  # the test reports it: openpyxl must load every output
        out["error"] = f"{type(e).__name__}: {e}"
    print(json.dumps(out, ensure_ascii=False, default=str))
