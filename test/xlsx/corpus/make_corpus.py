"""Builds the .xlsx corpus for test/xlsx/corpus.test.ts (run with /usr/bin/python3, needs openpyxl + PIL).

usage: make_corpus.py EXAMPLE.xlsx OUTDIR
Runs with openpyxl 3.0 (Debian's) and 3.1 (pip's): only calls both versions share, or both spellings.
Writes, from the example workbook re-saved by openpyxl (absolute part targets):
  openpyxl.xlsx      with a comment, a chart, a picture, a drop-down list, conditional formatting,
                     a defined name, print titles 4:4, frozen panes, a protected sheet and an Excel table
  openpyxl-1904.xlsx the same in the 1904 date system
  macro.xlsm         the same as a macro workbook with a vbaProject.bin part
  big-empty.xlsx     the example plus a sheet of 1,048,576 formatted empty rows (streamed, never in memory)
"""
import io
import sys
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from PIL import Image as PILImage

example, outdir = sys.argv[1], sys.argv[2]


def add_defined_name(wb, name):
    """A workbook-level name, with either openpyxl: 3.1 keeps names in a dict (no .append), 3.0 in a list."""
    if isinstance(wb.defined_names, dict):
        wb.defined_names[name.name] = name
    else:
        wb.defined_names.append(name)


def featured(epoch_1904=False):
    wb = openpyxl.load_workbook(example)
    if epoch_1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    log = wb["Sổ giao ban"]
    log["A1"].comment = Comment("Ghi chú của cán bộ: không xóa dòng tiêu đề", "Cán bộ")
    log.freeze_panes = "A5"
    log.print_title_rows = "4:4"
    dv = DataValidation(type="list", formula1='"Đã xong,Đang làm,Chưa làm"', allow_blank=True)
    dv.add("Z5:Z200")
    log.add_data_validation(dv)
    log.conditional_formatting.add("Y5:Y200", CellIsRule(operator="greaterThan", formula=["30"], fill=PatternFill("solid", fgColor="FFC7CE")))
    guide = wb["Hướng dẫn"]
    guide.protection.sheet = True
    guide.protection.password = "123"
    png = io.BytesIO()
    PILImage.new("RGB", (40, 20), (200, 30, 30)).save(png, format="PNG")
    png.seek(0)
    guide.add_image(Image(png), "H2")
    extra = wb.create_sheet("Bảng phụ")
    extra.append(["Mã", "Ghi chú", "Số lượng"])
    for i in range(1, 7):
        extra.append([f"M{i:02d}", f"Dòng {i}", i * 3])
    table = Table(displayName="BangPhu", ref="A1:C7")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    extra.add_table(table)
    chart = BarChart()
    chart.title = "Số lượng"
    chart.add_data(Reference(extra, min_col=3, min_row=1, max_row=7), titles_from_data=True)
    chart.set_categories(Reference(extra, min_col=1, min_row=2, max_row=7))
    extra.add_chart(chart, "E2")
    add_defined_name(wb, DefinedName("DanhSachXa", attr_text="'Địa bàn'!$A$1:$A$20"))
    return wb


featured().save(f"{outdir}/openpyxl.xlsx")
featured(epoch_1904=True).save(f"{outdir}/openpyxl-1904.xlsx")

# A macro workbook: the same package with a VBA project part and the macro-enabled main content type.
VBA = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 16
with zipfile.ZipFile(f"{outdir}/openpyxl.xlsx") as src, zipfile.ZipFile(f"{outdir}/macro.xlsm", "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "[Content_Types].xml":
            text = data.decode()
            text = text.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            text = text.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
            data = text.encode()
        elif item.filename == "xl/_rels/workbook.xml.rels":
            data = data.decode().replace("</Relationships>", '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="/xl/vbaProject.bin"/></Relationships>').encode()
        dst.writestr(item, data)
    dst.writestr("xl/vbaProject.bin", VBA)

# The example plus a sheet of 1,048,576 formatted empty rows, streamed into the zip.
with zipfile.ZipFile(example) as src, zipfile.ZipFile(f"{outdir}/big-empty.xlsx", "w", zipfile.ZIP_DEFLATED) as dst:
    names = src.namelist()
    for name in names:
        data = src.read(name)
        if name == "[Content_Types].xml":
            data = data.decode().replace("</Types>", '<Override PartName="/xl/worksheets/sheetBig.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>').encode()
        elif name == "xl/_rels/workbook.xml.rels":
            data = data.decode().replace("</Relationships>", '<Relationship Id="rIdBig1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetBig.xml"/></Relationships>').encode()
        elif name == "xl/workbook.xml":
            text = data.decode()
            ids = [int(x) for x in __import__("re").findall(r'sheetId="(\d+)"', text)]
            text = text.replace("</sheets>", f'<sheet name="Định dạng sẵn" sheetId="{max(ids) + 1}" r:id="rIdBig1"/></sheets>')
            data = text.encode()
        dst.writestr(name, data)
    with dst.open("xl/worksheets/sheetBig.xml", "w", force_zip64=False) as out:
        out.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:H1048576"/><sheetData>')
        out.write('<row r="1"><c r="A1" t="inlineStr"><is><t>Trang định dạng sẵn (trống)</t></is></c></row>'.encode())
        chunk = []
        for r in range(2, 1048577):
            chunk.append(f'<row r="{r}" spans="1:8" s="1" customFormat="1" ht="15" customHeight="1"><c r="A{r}" s="1"/><c r="B{r}" s="1"/></row>')
            if len(chunk) == 20000:
                out.write("".join(chunk).encode())
                chunk = []
        out.write("".join(chunk).encode())
        out.write(b"</sheetData></worksheet>")
print("ok")
