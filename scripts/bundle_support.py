"""What build.spec needs beyond PyInstaller, for Linux, Windows and macOS: the app's icons (.ico, .icns) drawn
from resources/icons/app.svg, the Windows version resource and the macOS Info.plist written from the version,
and the rules that leave out the Qt and system files the app never uses.

    python scripts/bundle_support.py icons OUT_FOLDER     render app.svg and write app.ico and app.icns there

build.spec runs the icon step in a subprocess (Qt renders the SVG; the spec's own process stays free of a Qt
application). ICO and ICNS are written here, not through Qt's image plugins: both are a small header in front
of PNG images, and Qt's ICNS writer is missing from some builds.
"""
from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_SVG = ROOT / "resources" / "icons" / "app.svg"
NAME = "Market Entry Planner"
BUNDLE_ID = "app.market-entry-planner"
EXECUTABLE = "market-entry-planner"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types reuse the larger renderings)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


# -- icons
def render_pngs(svg: Path, sizes) -> dict[int, bytes]:
    """The SVG drawn at each size, as PNG bytes (needs Qt; run in its own process: see make_icons)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["bundle-icons"])  # noqa: F841 - kept alive while drawing
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG Qt can draw")
    pngs = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
        image.fill(Qt.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        image.save(buffer, "PNG")
        pngs[size] = bytes(data)
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico of PNG images (Windows Vista and later read PNG entries): a 6-byte header, a 16-byte
    directory entry per image (256 is written as 0), then the images."""
    sizes = sorted(pngs)
    offset = 6 + 16 * len(sizes)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG elements: 'icns' and the file's length, then per element its type, length (with its
    8-byte header) and PNG data."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(folder: Path, svg: Path = APP_SVG) -> dict[str, Path]:
    """app.ico and app.icns in folder, drawn from svg by a Python process of its own (offscreen Qt)."""
    folder = Path(folder)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, __file__, "icons", str(folder), str(svg)], capture_output=True,
                          text=True, env=environment, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"could not draw the icons from {svg}:\n{done.stdout}{done.stderr}")
    return {"ico": folder / "app.ico", "icns": folder / "app.icns"}


def _write_icons(folder: Path, svg: Path):
    pngs = render_pngs(svg, {*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "app.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (folder / "app.icns").write_bytes(icns_bytes(pngs))


# -- what the operating system is told about the app
def version_numbers(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" → (0, 1, 0, 0): the four 16-bit numbers of a Windows file version."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])


def windows_version_text(version: str) -> str:
    """The Windows version resource (Properties › Details of the .exe) as PyInstaller's version file: the
    Python expression of a VSVersionInfo, which EXE(version=FILE) reads on Windows (PyInstaller's classes for it
    import only there)."""
    numbers = version_numbers(version)
    strings = [("CompanyName", NAME), ("FileDescription", NAME), ("FileVersion", version),
               ("InternalName", EXECUTABLE), ("LegalCopyright", f"© {NAME}"),
               ("OriginalFilename", f"{EXECUTABLE}.exe"), ("ProductName", NAME), ("ProductVersion", version)]
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings)
    return f"""# UTF-8
# Written by scripts/bundle_support.py for build.spec, from core/__init__.py's version
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def info_plist(version: str) -> dict:
    """Extra Info.plist keys for the macOS .app: its name and version, and the Excel workbooks it opens."""
    return {
        "CFBundleName": NAME,
        "CFBundleDisplayName": NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundlePackageType": "APPL",
        "LSApplicationCategoryType": "public.app-category.business",
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": f"© {NAME}",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Excel workbook",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Alternate",  # Excel stays the default; "Open With" offers us
            "LSItemContentTypes": ["org.openxmlformats.spreadsheetml.sheet"],
            "CFBundleTypeExtensions": ["xlsx"],
        }],
    }


# -- what goes into the bundle
# Qt modules the app never loads, in each platform's spelling: libQt6Qml.so.6 (Linux), Qt6Qml.dll (Windows),
# QtQml.framework/... (macOS); "VirtualKeyboard" also takes the virtual keyboard's input plugin, which needs Qt Quick
# (the compose-key and IBus input plugins stay: Chinese input methods on Linux go through them)
_QT_MODULES = ("Qml", "Quick", "Network", "Pdf", "VirtualKeyboard", "Designer", "Sql", "Test", "Wayland", "WlShell",
               "EglFS", "EglFs", "Concurrent", "Xml", "Multimedia", "WebEngine", "WebChannel", "WebSockets",
               "Positioning", "Location", "Sensors", "SerialPort", "Bluetooth", "Nfc", "Help", "UiTools",
               "ShaderTools", "3D", "Charts", "DataVisualization", "Graphs", "Scxml", "StateMachine", "TextToSpeech",
               "RemoteObjects", "SpatialAudio", "HttpServer", "Labs")
_PLUGIN_FOLDERS = ("sqldrivers", "networkinformation", "tls", "qmllint", "qmltooling", "designer",
                   "egldeviceintegrations", "generic", "wayland-decoration-client",
                   "wayland-graphics-integration-client", "wayland-graphics-integration-server",
                   "wayland-shell-integration", "multimedia", "position", "sensors", "webview", "virtualkeyboard")
# the platform plugins kept: xcb, wayland's absence aside (XWayland runs xcb), windows, cocoa, and offscreen for
# the self-test; image formats kept: svg, ico, jpeg (and png, built into Qt)
_PLATFORMS_DROPPED = ("linuxfb", "eglfs", "vnc", "vkkhrdisplay", "minimalegl", "minimal", "direct2d", "wayland",
                      "wayland-egl", "wayland-brcm")
_IMAGE_FORMATS_DROPPED = ("webp", "tiff", "wbmp", "tga", "icns", "gif", "pdf", "jp2", "macjp2")
_LIBRARY_END = r"(?:\.so[.\d]*|\.dll|\.dylib|\.framework/|$)"

DROPPED = re.compile(
    r"(?:^|/)(?:lib)?Qt6?(?:" + "|".join(_QT_MODULES) + r")\w*" + _LIBRARY_END
    + r"|/plugins/(?:" + "|".join(re.escape(f) for f in _PLUGIN_FOLDERS) + r")/"
    + r"|/plugins/platforms/(?:lib)?q(?:" + "|".join(_PLATFORMS_DROPPED) + r")\.(?:so|dll|dylib)$"
    + r"|/plugins/imageformats/(?:lib)?q(?:" + "|".join(_IMAGE_FORMATS_DROPPED) + r")\.(?:so|dll|dylib)$"
    # Linux: Qt's GTK theme pulls in the whole GTK3 stack, and the app draws its own palette (gui/theme.py)
    + r"|/plugins/platformthemes/libqgtk3\.so$"
    # Windows: the software OpenGL fallback (20 MB); the app paints with QPainter, not OpenGL
    + r"|(?:^|/)opengl32sw\.dll$"
    # Qt's own translations but for the app's three languages
    + r"|/translations/(?:qt|qtbase|qtdeclarative|qtmultimedia|qtserialport|qtwebsockets|qtwebengine|"
      r"qtconnectivity|qtlocation|qtquickcontrols2?|qthelp|assistant|designer|linguist)_(?!(?:it|zh_CN|en)\.qm)",
    re.IGNORECASE)


# Linux: the desktop's own libraries, which every Linux desktop has and which must match it: the X server's
# client libraries, the font configuration (a bundled fontconfig misreads a newer system's fonts.conf), D-Bus and
# GLib, and the C++ runtime (GPU drivers loaded into the app need the system's, not an older bundled one). What only
# they load goes with them (unreachable_libraries). The xcb utility libraries Qt 6 needs stay in: desktops often
# lack libxcb-cursor0. Printing goes through the desktop's CUPS (libcups and the TLS and Kerberos stack it loads):
# every Linux desktop that prints has it, and without it Qt's print dialog simply lists no printer.
LINUX_DESKTOP = re.compile(r"^lib(X11|X11-xcb|xcb|Xau|Xdmcp|xkbcommon|xkbcommon-x11|fontconfig|freetype|expat|"
                           r"dbus-1|glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|stdc\+\+|gcc_s|cups)\.so[.\d]*$")


def keep(destination: str, platform: str = sys.platform) -> bool:
    """Whether a file of the Analysis (its path inside the bundle) goes into the bundle built on `platform`."""
    path = destination.replace("\\", "/")
    if platform.startswith("linux") and "/" not in path and LINUX_DESKTOP.match(path):
        return False
    return not DROPPED.search(path) and "__pycache__" not in path and not path.endswith(".pyc")


def elf_needed(path) -> set[str] | None:
    """The libraries an ELF file names as DT_NEEDED (readelf), or None where readelf cannot tell."""
    try:
        done = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, timeout=60)
    except OSError:
        return None
    if done.returncode != 0:
        return None
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", done.stdout))


def unreachable_libraries(binaries, needed_by) -> set[str]:
    """The libraries at the bundle's top (where PyInstaller puts what it found as dependencies) that nothing else
    in the bundle needs any more, once the files `keep` refuses are gone: what only Qt's GTK theme pulled in, say.

    binaries: (destination, source, kind) as in Analysis.binaries; needed_by(source) -> the names of the
    libraries a file loads directly (its DT_NEEDED). Python's own library is always kept (the bootloader loads it
    by name)."""
    files = [(d.replace("\\", "/"), s) for d, s, kind in binaries if kind != "SYMLINK"]  # links cost nothing
    top = {d: s for d, s in files if "/" not in d}
    roots = [s for d, s in files if "/" in d or d.startswith("libpython")]
    reached, queue = set(), list(roots)
    while queue:
        for name in needed_by(queue.pop()):
            if name in top and name not in reached:
                reached.add(name)
                queue.append(top[name])
    return {name for name in top if name not in reached and not name.startswith("libpython")}


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "icons":
        _write_icons(Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else APP_SVG)
    else:
        sys.exit(__doc__)
