"""Workbooks written by other producers for the corpus test: openpyxl and XlsxWriter, each with the
features a package layer must carry (comments, charts, tables, protection, defined names, data
validation, conditional formats, the 1904 date system, rich text, inline strings, shared formulas).
Usage: make_producers.py OUT_DIR. Writes what the installed modules allow; prints the files written."""
import datetime
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
written = []

ROWS = [
    ("STT", "Ngày", "Xã", "Nội dung", "Tình trạng"),
    (1, datetime.date(2025, 1, 15), "Nà Khoa", "Tình trạng trộm cắp gia súc tại thôn Huổi Lếch", "Đang giải quyết"),
    (2, datetime.date(2025, 2, 17), "Nà Hỳ", "Đề nghị hướng dẫn thủ tục cấp căn cước công dân", "Đã giải đáp tại chỗ"),
    (3, datetime.date(2025, 3, 14), "Chà Cang", "Tranh chấp đất đai giữa hai hộ gia đình", "Chuyển cơ quan chức năng"),
]

try:
    import openpyxl
    from openpyxl.chart import BarChart, Reference
    from openpyxl.comments import Comment
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.table import Table

    for epoch in (False, True):
        wb = openpyxl.Workbook()
        if epoch:
            wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
        ws = wb.active
        ws.title = "Sổ ý kiến"
        for r in ROWS:
            ws.append(r)
        for c in range(2, 5):
            ws.cell(c, 2).number_format = "dd/mm/yyyy"
        ws["A1"].font = Font(bold=True, name="Times New Roman")
        ws["D2"].comment = Comment("Ghi chú của cán bộ", "Cán bộ")
        ws.add_table(Table(displayName="BangYKien", ref="A1:E4"))
        dv = DataValidation(type="list", formula1='"Đang giải quyết,Đã giải quyết"', allow_blank=True)
        ws.add_data_validation(dv)
        dv.add("E2:E200")
        ws.conditional_formatting.add("A2:A4", CellIsRule(operator="greaterThan", formula=["1"], fill=PatternFill("solid", start_color="FFC7CE")))
        ws["G1"] = "Tổng"
        ws["G2"] = "=SUM(A2:A4)"
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"
        ws.protection.sheet = True
        chart = BarChart()
        chart.add_data(Reference(ws, min_col=1, min_row=1, max_row=4), titles_from_data=True)
        ws.add_chart(chart, "I2")
        wb.defined_names.append(DefinedName("DanhSachXa", attr_text="'Sổ ý kiến'!$C$2:$C$4"))
        second = wb.create_sheet("Ẩn")
        second["A1"] = "trang ẩn"
        second.sheet_state = "hidden"
        name = os.path.join(out, "openpyxl-1904.xlsx" if epoch else "openpyxl.xlsx")
        wb.save(name)
        written.append(name)
except ImportError:
    pass

try:
    import xlsxwriter

    for mode in ("shared", "constant_memory"):
        name = os.path.join(out, f"xlsxwriter-{mode}.xlsx")
        wb = xlsxwriter.Workbook(name, {"constant_memory": mode == "constant_memory", "date_1904": mode == "constant_memory"})
        ws = wb.add_worksheet("Sổ ý kiến")
        bold = wb.add_format({"bold": True, "font_name": "Times New Roman"})
        date = wb.add_format({"num_format": "dd/mm/yyyy"})
        italic = wb.add_format({"italic": True})
        for r, row in enumerate(ROWS):
            for c, v in enumerate(row):
                if isinstance(v, datetime.date):
                    ws.write_datetime(r, c, datetime.datetime(v.year, v.month, v.day), date)
                else:
                    ws.write(r, c, v, bold if r == 0 else None)
        ws.write_rich_string(5, 3, "Nội dung ", italic, "in nghiêng", " và thường")
        ws.write_formula(1, 6, "=A2*2", None, 2)
        ws.write_formula(2, 6, "=A3*2", None, 4)
        if mode == "shared":
            ws.write_comment("D2", "Ghi chú của cán bộ")
            ws.add_table(8, 0, 10, 2, {"name": "BangPhu", "columns": [{"header": "Xã"}, {"header": "Số"}, {"header": "Ghi chú"}]})
            ws.data_validation("E2:E200", {"validate": "list", "source": ["Đang giải quyết", "Đã giải quyết"]})
            ws.conditional_format("A2:A4", {"type": "cell", "criteria": ">", "value": 1, "format": bold})
            chart = wb.add_chart({"type": "line"})
            chart.add_series({"values": "='Sổ ý kiến'!$A$2:$A$4", "name": "Số"})
            ws.insert_chart("I2", chart)
            ws.protect()
            ws.merge_range("H12:J12", "Ô gộp", bold)
        wb.define_name("DanhSachXa", "='Sổ ý kiến'!$C$2:$C$4")
        ws.repeat_rows(0)
        hidden = wb.add_worksheet("Ẩn")
        hidden.write(0, 0, "trang ẩn")
        hidden.hide()
        wb.close()
        written.append(name)
except ImportError:
    pass

print("\n".join(written))
