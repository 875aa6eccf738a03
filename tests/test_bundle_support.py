"""What build.spec takes from scripts/bundle_support.py, checked without building a bundle: the icons (read back
by Qt's own ICO and ICNS readers), the Windows version resource (read back by PyInstaller's parser), the macOS
Info.plist, and the rules that leave files out, on each platform's file names."""
from __future__ import annotations

import plistlib
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import bundle_support as support  # noqa: E402


@pytest.fixture(scope="module")
def icons(tmp_path_factory):
    return support.make_icons(tmp_path_factory.mktemp("icons"))


def _frames(path: Path, format_name: bytes):
    """(width, height, (the colour at a corner, the colour inside the tile)) of every image Qt's reader finds."""
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path), format_name)
    frames = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), (path.name, index, reader.errorString())
        frames.append((image.width(), image.height(),
                       (image.pixelColor(0, 0), image.pixelColor(9 * image.width() // 10, image.height() // 2))))
    return frames


def test_the_windows_icon_holds_every_size_drawn_from_the_svg(qapp, icons):
    data = icons["ico"].read_bytes()
    assert struct.unpack("<HHH", data[:6]) == (0, 1, len(support.ICO_SIZES))
    frames = _frames(icons["ico"], b"ico")
    assert sorted(w for w, h, _ in frames) == sorted(support.ICO_SIZES) and all(w == h for w, h, _ in frames)
    _, _, (corner, inside) = max(frames, key=lambda f: f[0])
    assert corner.alpha() == 0  # the tile's rounded corner: transparent
    assert inside.alpha() == 255 and inside.name() == "#1f3a5f"  # the SVG's dark blue tile


def test_the_macos_icon_is_an_icns_of_png_elements(qapp, icons):
    data = icons["icns"].read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        assert data[offset + 8:offset + 16] == b"\x89PNG\r\n\x1a\n", kind
        kinds.append(kind)
        offset += length
    assert offset == len(data) and kinds == [kind for kind, _ in support.ICNS_TYPES]
    from PySide6.QtGui import QImageReader

    if b"icns" not in QImageReader.supportedImageFormats():
        pytest.skip("this Qt has no ICNS reader")
    sizes = {w for w, _, _ in _frames(icons["icns"], b"icns")}
    assert {16, 32, 128, 256, 512, 1024} <= sizes


def test_the_windows_version_resource_says_the_version():
    """The version file is the Python expression PyInstaller evaluates on Windows (with its own classes, which
    import only there): evaluated here with stand-ins that record what they are given."""
    import ast

    text = support.windows_version_text("1.2.3")
    ast.parse(text, mode="eval")  # one expression, as PyInstaller's reader wants

    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    info = eval(text, {"__builtins__": {}}, {name: record(name) for name in names})
    kind, _, fields = info
    assert kind == "VSVersionInfo"
    assert fields["ffi"][2]["filevers"] == (1, 2, 3, 0) and fields["ffi"][2]["prodvers"] == (1, 2, 3, 0)
    strings = dict(struct[1] for struct in fields["kids"][0][1][0][0][1][1])
    assert strings["ProductVersion"] == "1.2.3" and strings["FileVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "market-entry-planner.exe" and strings["ProductName"] == support.NAME
    assert support.version_numbers("2.0") == (2, 0, 0, 0) and support.version_numbers("0.1.0rc2") == (0, 1, 0, 2)


def test_the_info_plist_names_the_app_and_opens_xlsx():
    plist = plistlib.loads(plistlib.dumps(support.info_plist("0.1.0")))
    assert plist["CFBundleIdentifier"] == "app.market-entry-planner"
    assert plist["CFBundleShortVersionString"] == "0.1.0" and plist["CFBundleName"] == "Market Entry Planner"
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == ["org.openxmlformats.spreadsheetml.sheet"]
    assert document["CFBundleTypeRole"] == "Editor" and "xlsx" in document["CFBundleTypeExtensions"]


@pytest.mark.parametrize("platform, path, kept", [
    # Linux: .so files under PySide6/Qt
    ("linux", "PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("linux", "PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("linux", "PySide6/Qt/lib/libQt6QuickWidgets.so.6", False),
    ("linux", "PySide6/Qt/lib/libQt6Network.so.6", False),
    ("linux", "PySide6/Qt/lib/libQt6DBus.so.6", True),
    ("linux", "PySide6/Qt/lib/libQt6OpenGL.so.6", True),
    ("linux", "PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
    ("linux", "PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("linux", "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("linux", "PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("linux", "PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("linux", "PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("linux", "PySide6/Qt/plugins/platforms/libqminimal.so", False),
    ("linux", "PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("linux", "PySide6/Qt/plugins/imageformats/libqwebp.so", False),
    ("linux", "PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("linux", "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("linux", "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
    ("linux", "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("linux", "libX11.so.6", False),            # the desktop's own
    ("linux", "libstdc++.so.6", False),
    ("linux", "libxcb-cursor.so.0", True),      # often missing from desktops: bundled
    ("linux", "libzstd.so.1", True),
    ("linux", "PySide6/Qt/translations/qtbase_it.qm", True),
    ("linux", "PySide6/Qt/translations/qtbase_de.qm", False),
    # Windows: Qt's DLLs sit in PySide6/, its plugins in PySide6/plugins
    ("win32", "PySide6\\Qt6Widgets.dll", True),
    ("win32", "PySide6\\Qt6Qml.dll", False),
    ("win32", "PySide6\\Qt6Quick.dll", False),
    ("win32", "PySide6\\Qt6Pdf.dll", False),
    ("win32", "PySide6\\opengl32sw.dll", False),
    ("win32", "PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("win32", "PySide6\\plugins\\platforms\\qoffscreen.dll", True),
    ("win32", "PySide6\\plugins\\platforms\\qminimal.dll", False),
    ("win32", "PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("win32", "PySide6\\plugins\\imageformats\\qico.dll", True),
    ("win32", "PySide6\\plugins\\imageformats\\qgif.dll", False),
    ("win32", "PySide6\\plugins\\tls\\qschannelbackend.dll", False),
    ("win32", "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("win32", "PySide6\\translations\\qtbase_zh_CN.qm", True),
    ("win32", "libX11.so.6", True),              # the Linux rule is Linux's
    # macOS: frameworks and .dylib plugins
    ("darwin", "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
    ("darwin", "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
    ("darwin", "PySide6/Qt/lib/QtQml.framework/Resources/Info.plist", False),
    ("darwin", "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", False),
    ("darwin", "PySide6/Qt/lib/QtOpenGL.framework/Versions/A/QtOpenGL", True),
    ("darwin", "PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("darwin", "PySide6/Qt/plugins/platforms/libqminimal.dylib", False),
    ("darwin", "PySide6/Qt/plugins/imageformats/libqwebp.dylib", False),
    ("darwin", "PySide6/Qt/plugins/imageformats/libqjpeg.dylib", True),
    ("darwin", "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.dylib", False),
])
def test_what_goes_into_the_bundle_on_each_platform(platform, path, kept):
    assert support.keep(path, platform) is kept


def test_libraries_only_left_out_files_needed_go_too():
    # the GTK theme is gone; gtk needs cairo, cairo needs pixman; Qt's xcb plugin needs xcb-cursor; Python needs z
    binaries = [("PySide6/Qt/plugins/platforms/libqxcb.so", "qxcb", "BINARY"),
                ("lib-dynload/zlib.so", "zlib-module", "EXTENSION"),
                ("libgtk-3.so.0", "gtk", "BINARY"), ("libcairo.so.2", "cairo", "BINARY"),
                ("libpixman-1.so.0", "pixman", "BINARY"), ("libxcb-cursor.so.0", "xcb-cursor", "BINARY"),
                ("libz.so.1", "z", "BINARY"), ("libpython3.11.so.1.0", "python", "BINARY"),
                ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")]
    needs = {"qxcb": {"libxcb-cursor.so.0"}, "zlib-module": {"libz.so.1"}, "gtk": {"libcairo.so.2"},
             "cairo": {"libpixman-1.so.0", "libz.so.1"}, "xcb-cursor": set(), "z": set(), "pixman": set(),
             "python": set()}
    assert support.unreachable_libraries(binaries, lambda source: needs[source]) == {
        "libgtk-3.so.0", "libcairo.so.2", "libpixman-1.so.0"}


def test_readelf_gives_a_librarys_direct_links():
    import shutil

    if shutil.which("readelf") is None or not sys.platform.startswith("linux"):
        pytest.skip("readelf reads Linux libraries")
    import PySide6

    core = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Core.so.6"))
    needed = support.elf_needed(core)
    assert "libc.so.6" in needed and not any("Widgets" in name for name in needed)
