"""The one gate every workbook passes before any parser sees it: is it an .xlsx at all, and is it safe to open?

The file is read once, into memory; these checks look at those bytes and the reader parses the same bytes, so
nothing can change between the check and the parse. Every part of the zip is decompressed here (at most the
declared size, then its checksum is verified) and looked at:
- the zip itself: damaged, encrypted, zip bombs (a part's ratio, the total size, the number of parts), two parts
  under one name (each program would read a different one), a local header that contradicts the directory;
- every part's text: a DOCTYPE or ENTITY declaration (XML bombs, external entities such as
  SYSTEM "file:///etc/passwd") is refused in whatever encoding the part declares, and a part in an encoding
  spreadsheet programs never write (UTF-7, EBCDIC) is refused, so the answer never depends on which XML parser
  (lxml, expat, defusedxml, calamine's quick-xml) happens to be installed.
"""
from __future__ import annotations

import codecs
import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE = 200 * 1024 * 1024          # the .xlsx itself; a 100,000-line plan is ~40 MB
MAX_UNCOMPRESSED = 400 * 1024 * 1024  # 100,000 plan lines take ~60 MB of XML
MAX_RATIO = 150                       # real sheets compress ~5–30×; bombs 1,000× and more
RATIO_CHECKED_ABOVE = 5 * 1024 * 1024  # tiny parts may compress very well; only large ones matter
MAX_PARTS = 10_000                    # a workbook has tens of parts; a million tiny ones is an attack on memory
KEEP_DECOMPRESSED = 64 * 1024 * 1024  # parts kept in memory for the reader after the check (the rest re-read)
KEEP_PART = 32 * 1024 * 1024          # larger parts (big sheets the reader may not need) are decompressed again
_CHUNK = 4 * 1024 * 1024

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_TEXT_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_ASCII_SAFE = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "iso8859-1",
               "windows-1252", "cp1252"}
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/"


class UnsafeFile(ValueError):
    pass


@dataclass
class Package:
    """A workbook that passed the gate: its bytes, its parts, what the check found."""

    data: bytes
    names: list[str]
    warnings: list[str] = field(default_factory=list)
    strict: bool = False  # Strict Open XML (ISO 29500 strict namespaces)
    _parts: dict[str, bytes | list[bytes]] = field(default_factory=dict, repr=False)

    def read(self, name: str) -> bytes | None:
        """A part's decompressed bytes (checked), or None when there is no such part."""
        if name in self._parts:
            part = self._parts[name]
            if isinstance(part, list):  # kept as the chunks it was checked in: joined when first asked for
                part = self._parts[name] = b"".join(part)
            return part
        if name not in self.names:
            return None
        with zipfile.ZipFile(io.BytesIO(self.data)) as archive:
            return archive.read(name)


def _refuse_non_workbooks(path: Path, head: bytes, data: bytes):
    if head == _OLE:
        if "EncryptedPackage".encode("utf-16-le") in data[: 4 * 1024 * 1024]:
            raise UnsafeFile("the workbook is password-protected. Open it in Excel, remove the "
                             "password (File › Info › Protect Workbook) and save it again.")
        raise UnsafeFile("is an old Excel 97–2003 (.xls) file. Open it in Excel or LibreOffice "
                         "and save it as an Excel Workbook (.xlsx).")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        suffix = path.suffix.lower()
        if suffix in (".csv", ".txt", ".tsv"):
            raise UnsafeFile(f"is a text ({suffix}) file, not a workbook. Open it in Excel or LibreOffice "
                             "and save it as an Excel Workbook (.xlsx).")
        raise UnsafeFile("is not an Excel workbook (.xlsx), or the file is damaged.")


def _check_directory(data: bytes, infos: list[zipfile.ZipInfo]):
    """The zip's directory: no two parts under one name, no encrypted part, local headers that agree with it,
    sizes within bounds."""
    if len(infos) > MAX_PARTS:
        raise UnsafeFile(f"refused: the file holds {len(infos):,} parts; a workbook has tens.")
    seen: dict[str, str] = {}
    for info in infos:
        key = info.filename.lower()  # part names are case-insensitive (Open Packaging Conventions)
        if key in seen:
            raise UnsafeFile(f"the file holds two parts named {info.filename}: programs would read different ones, "
                             "so it is refused as damaged or altered.")
        seen[key] = info.filename
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnsafeFile(f"part {info.filename} is encrypted; the workbook cannot be read.")
        total += info.file_size
        if info.file_size > RATIO_CHECKED_ABOVE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeFile(f"refused as a possible zip bomb: {info.filename} would expand "
                             f"{info.file_size / max(info.compress_size, 1):,.0f} times.")
        header = data[info.header_offset: info.header_offset + 30]
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            raise UnsafeFile(f"the file is damaged (part {info.filename} is not where the zip directory says).")
        flags, method = struct.unpack("<HH", header[6:10])
        compressed, size = struct.unpack("<II", header[18:26])
        if method != info.compress_type or (
                not flags & 0x8 and (compressed, size) != (info.compress_size, info.file_size)
                and 0xFFFFFFFF not in (compressed, size)):
            raise UnsafeFile(f"the file is damaged or altered (part {info.filename} has two different sizes).")
    if total > MAX_UNCOMPRESSED:
        raise UnsafeFile(f"refused: it would expand to {total / 2**20:,.0f} MB, more than the "
                         f"{MAX_UNCOMPRESSED / 2**20:,.0f} MB a plan can need.")


def _encoding_of(head: bytes) -> str:
    """The text encoding of a part from its first bytes: a byte order mark, UTF-16 without one, or the XML
    declaration. Empty for bytes that are not text in an ASCII-compatible encoding nor UTF-16/32."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return name
    if head[:4] == b"<\x00\x00\x00":
        return "utf-32-le"
    if head[:4] == b"\x00\x00\x00<":
        return "utf-32-be"
    if head[:2] == b"<\x00":
        return "utf-16-le"
    if head[:2] == b"\x00<":
        return "utf-16-be"
    declared = _ENCODING.match(head)
    return declared.group(1).decode("ascii").lower() if declared else "utf-8"


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> list[bytes] | None:
    """Decompress one part (verifying its checksum) and refuse it if it declares a DTD or entities. Returns its
    chunks when they are small enough to keep for the reader."""
    kept: list[bytes] = []
    keep = info.file_size <= KEEP_PART
    with archive.open(info) as handle:
        head = handle.read(_CHUNK)
        encoding = _encoding_of(head)
        stripped = head[:256].lstrip(b"\xef\xbb\xbf \t\r\n")
        if encoding not in _ASCII_SAFE and not encoding.startswith(("utf-16", "utf-32")):
            if stripped.startswith(b"<"):
                raise UnsafeFile(f"refused: part {info.filename} is written in the text encoding {encoding}, "
                                 "which spreadsheet programs never use (it could hide XML from the checks).")
            encoding = "utf-8"  # not XML: scanned as bytes
        decoder = codecs.getincrementaldecoder(encoding)("replace") if encoding.startswith("utf-") and \
            encoding not in ("utf-8",) else None
        tail_bytes, tail_text, chunk = b"", "", head
        while chunk:
            if keep:
                kept.append(chunk)
            if decoder is None:  # "<!" is rare (comments, CDATA): most parts are passed by one byte search
                found = _DECLARATION.search(chunk) if b"<!" in chunk else None
                if found is None and tail_bytes:
                    found = _DECLARATION.search(tail_bytes + chunk[:32])  # across the chunks' border
                tail_bytes = chunk[-32:]
            else:
                text = tail_text + decoder.decode(chunk)
                found = _TEXT_DECLARATION.search(text)
                tail_text = text[-16:]
            if found:
                name = found.group(1)
                name = (name.decode() if isinstance(name, bytes) else name).upper()
                raise UnsafeFile(f"refused: part {info.filename} declares a DTD or XML entities (<!{name} …>), which "
                                 "spreadsheet programs never write (a possible XML bomb, or an attempt to read other "
                                 "files).")
            chunk = handle.read(_CHUNK)
    return kept if keep else None


def check_xlsx(path: str | Path) -> Package:
    """Raise UnsafeFile with a plain reason if this is not a readable, safe .xlsx; return it checked otherwise."""
    path = Path(path)
    if not path.exists():
        raise UnsafeFile("the file does not exist.")
    if path.is_dir():
        raise UnsafeFile("is a folder, not a workbook.")
    size = path.stat().st_size
    if size == 0:
        raise UnsafeFile("the file is empty (0 bytes).")
    if size > MAX_FILE:
        raise UnsafeFile(f"refused: the file is {size / 2**20:,.0f} MB, more than the {MAX_FILE / 2**20:,.0f} MB a "
                         "plan can need.")
    data = path.read_bytes()
    _refuse_non_workbooks(path, data[:8], data)
    package = Package(data=data, names=[])
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            package.names = names
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                kind = "an OpenDocument spreadsheet (.ods)" if "content.xml" in names else "a zip archive"
                raise UnsafeFile(f"is {kind}, not an Excel workbook (.xlsx).")
            if any(n.lower().endswith(".bin") and n.lower().startswith("xl/workbook") for n in names):
                raise UnsafeFile("is an Excel Binary Workbook (.xlsb). Open it in Excel and save it as an Excel "
                                 "Workbook (.xlsx).")
            _check_directory(data, infos)
            kept = 0
            for info in infos:
                part = _scan_part(archive, info)
                if part is not None and kept + info.file_size <= KEEP_DECOMPRESSED:
                    package._parts[info.filename] = part
                    kept += info.file_size
                    if part and STRICT_NAMESPACE in part[0][:4096]:
                        package.strict = True
            if any(n.lower().endswith("vbaproject.bin") for n in names):
                package.warnings.append("the workbook contains macros; they were not run and will not be saved.")
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as error:
        # a corrupt deflate stream fails in zlib, a bad checksum in BadZipFile, an unsupported compression method
        # is NotImplementedError
        raise UnsafeFile(f"the file is damaged ({error}).") from None
    return package
