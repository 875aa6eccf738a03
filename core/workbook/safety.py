"""Checks made before a file is handed to openpyxl: is it an .xlsx at all, and is it safe to open?

openpyxl neither limits decompression nor says why a non-xlsx file fails, so we look at the bytes
first and refuse with a message a marketer understands. XML entity bombs are refused by defusedxml,
which openpyxl uses automatically when it is installed (a dependency of ours).
"""
from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

MAX_UNCOMPRESSED = 400 * 1024 * 1024   # 100,000 plan lines take ~60 MB of XML
MAX_RATIO = 150                        # real sheets compress ~5–30×; bombs 1,000× and more
RATIO_CHECKED_ABOVE = 5 * 1024 * 1024  # tiny parts may compress very well; only large ones matter

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class UnsafeFile(ValueError):
    pass


def check_xlsx(path: str | Path) -> list[str]:
    """Raise UnsafeFile with a plain reason if this is not a readable .xlsx; return warnings otherwise."""
    path = Path(path)
    if not path.exists():
        raise UnsafeFile("the file does not exist.")
    if path.is_dir():
        raise UnsafeFile("is a folder, not a workbook.")
    size = path.stat().st_size
    if size == 0:
        raise UnsafeFile("the file is empty (0 bytes).")
    with open(path, "rb") as handle:
        head = handle.read(8)
        if head == _OLE:
            handle.seek(0)
            body = handle.read(min(size, 4 * 1024 * 1024))
            if "EncryptedPackage".encode("utf-16-le") in body:
                raise UnsafeFile("the workbook is password-protected. Open it in Excel, remove the "
                                 "password (File › Info › Protect Workbook) and save it again.")
            raise UnsafeFile("is an old Excel 97–2003 (.xls) file. Open it in Excel or LibreOffice "
                             "and save it as an Excel Workbook (.xlsx).")
    if not zipfile.is_zipfile(path):
        suffix = path.suffix.lower()
        if suffix in (".csv", ".txt", ".tsv"):
            raise UnsafeFile(f"is a text ({suffix}) file, not a workbook. Open it in Excel or LibreOffice "
                             "and save it as an Excel Workbook (.xlsx).")
        raise UnsafeFile("is not an Excel workbook (.xlsx), or the file is damaged.")
    warnings: list[str] = []
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                kind = "an OpenDocument spreadsheet (.ods)" if "content.xml" in names else "a zip archive"
                raise UnsafeFile(f"is {kind}, not an Excel workbook (.xlsx).")
            total = 0
            for info in infos:
                if info.flag_bits & 0x1:
                    raise UnsafeFile(f"part {info.filename} is encrypted; the workbook cannot be read.")
                total += info.file_size
                if (info.file_size > RATIO_CHECKED_ABOVE
                        and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                    raise UnsafeFile(f"refused as a possible zip bomb: {info.filename} would expand "
                                     f"{info.file_size / max(info.compress_size, 1):,.0f} times.")
            if total > MAX_UNCOMPRESSED:
                raise UnsafeFile(f"refused: it would expand to {total / 2**20:,.0f} MB, more than the "
                                 f"{MAX_UNCOMPRESSED / 2**20:,.0f} MB a plan can need.")
            if any(n.lower().endswith("vbaproject.bin") for n in names):
                warnings.append("the workbook contains macros; they were not run and will not be saved.")
            bad = archive.testzip() if size < 50 * 1024 * 1024 else None
            if bad is not None:
                raise UnsafeFile(f"the file is damaged (part {bad} fails its checksum).")
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        # a corrupt deflate stream fails in zlib, an unsupported compression method is NotImplementedError
        raise UnsafeFile(f"the file is damaged ({error}).") from None
    return warnings
